/// The keys an exercise file may write, by where they stand. A part's keys are ``part`` and its
/// kind's own (``CheckKind/fields``); any other key is an error with a suggestion, so a slip such
/// as `misconception:` for `misconceptions:` cannot silently drop what it holds.
/// `Docs/exercise-format.md` describes every one (a test holds it to these lists).
package enum ExerciseKeys {
  /// The top level of an exercise file.
  package static let exercise = ["id", "title", "source", "statement", "parts", "claims", "parameters"]
  /// Every part, whatever its kind.
  package static let part = ["id", "kind", "prompt", "points", "hints", "answer-form", "example"]
  /// How a sampled part or claim draws its inputs.
  package static let sampling = ["variables", "dimensions", "samples"]
  /// Each entry of `claims:`.
  package static let claim = ["id", "statement", "relation"] + sampling
  /// Each entry of a part's `misconceptions:` (and of a `value` part's `accepted:`): these, and
  /// the matchers its part's kind understands (``misconceptionMatchers``).
  package static let misconception = ["id", "feedback", "credit"]
  /// How a misconception is recognised: `answer` (most kinds), `choice` (choice parts),
  /// `lengths` or `property` (code parts).
  package static let misconceptionMatchers = ["answer", "choice", "lengths", "property"]
  /// Each parameter of `parameters:`.
  package static let parameter = ["range", "book", "values"]
}
