/// The unit a value part expects.
public enum Unit: String, Sendable, Hashable {
  case bits, nats
  /// The other unit, for the `nats-vs-bits` misconception.
  public var other: Unit { self == .bits ? .nats : .bits }
}
