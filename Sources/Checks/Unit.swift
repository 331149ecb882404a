import Localization

/// The unit a value part expects.
package enum Unit: String, Sendable, Hashable {
  case bits, nats
  /// The other unit, for the `nats-vs-bits` misconception.
  package var other: Unit { self == .bits ? .nats : .bits }
  /// The unit's name in a sentence: `bits` / `비트`, `nats` / `내트`.
  package var name: LocalizedText {
    switch self {
    case .bits: return LocalizedText(en: "bits", ko: "비트")
    case .nats: return LocalizedText(en: "nats", ko: "내트")
    }
  }
}
