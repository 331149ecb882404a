/// The verdict on one part of an answer file.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
  /// Right.
  case correct
  /// Partly right (e.g. a prefix-free but not optimal code, a decimal with too few digits).
  case partial
  /// Wrong.
  case incorrect
  /// The part was not answered.
  case unanswered
  /// The answer could not be read as the kind of value the part expects.
  case invalid
}
