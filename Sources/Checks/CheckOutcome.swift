import AnswerDocument
import Language
import Localization

/// What a check decided about one answer, before points are attached.
package struct CheckOutcome: Sendable {
  /// The verdict.
  package var verdict: Verdict
  /// Sentences for the learner, most important first, in both languages. Never contains a
  /// reference answer unless the caller asks for it.
  package var feedback: [Message]
  /// The id of the recognised misconception, if any.
  package var misconception: String?
  /// A concrete input (or description of one) on which the answer fails, in the answer
  /// grammar: variable name -> value text.
  package var counterexample: [String: String]?
  /// How the decision was made (exactly, by certified intervals, at sampled points).
  package var method: CheckMethod?
  /// Where in the answer file the problem is, when it is in a particular place.
  package var location: SourceLocation?
  /// For a verdict decided on sampled inputs: the token that replays the deciding case
  /// (`softcheck mark --replay TOKEN`).
  package var replay: String?
  /// The reference answer in the answer grammar, shown only when the learner asks (`--reveal`).
  package var reference: String?
  /// The score fraction of the part's points: 1 for correct, 0 for wrong, set by the check for
  /// partial verdicts.
  package var credit: Double
  /// The units of the deterministic work budget the check was charged, set by marking: the
  /// same for the same answer on every machine, in every run and every process.
  package var work: Int?

  package init(
    verdict: Verdict, feedback: [Message] = [], misconception: String? = nil,
    counterexample: [String: String]? = nil, method: CheckMethod? = nil,
    location: SourceLocation? = nil, credit: Double? = nil, replay: String? = nil
  ) {
    self.verdict = verdict
    self.feedback = feedback
    self.misconception = misconception
    self.counterexample = counterexample
    self.method = method
    self.location = location
    self.replay = replay
    self.credit = credit ?? (verdict == .correct ? 1 : verdict == .partial ? 0.5 : 0)
  }

  /// `correct`, proved equal to the reference by the exact identity test: one outcome for every
  /// kind that proves (formulas, values, vectors and matrices).
  static let provedEqual = CheckOutcome(verdict: .correct, feedback: [Reason.provedEqual.message], method: .identity)

  /// `correct`: the reference's own expression, defined everywhere, so equal with nothing to
  /// test (an identity proof with no points).
  static let sameAsReference = CheckOutcome(verdict: .correct, feedback: [Reason.sameAsReference.message], method: .identity)

  /// An `invalid` outcome for an answer that cannot be read, located in the file.
  package static func invalid(_ message: Message, at location: SourceLocation?) -> CheckOutcome {
    CheckOutcome(verdict: .invalid, feedback: [message], location: location)
  }

  /// The part's own reference could not be evaluated: an error in the exercise file, not in the
  /// answer (references are evaluated when a file is loaded validated, as the tests load the
  /// shipped files, so this is a last line of defence).
  package static let referenceNotEvaluable = CheckOutcome(
    verdict: .invalid,
    feedback: [Reason.referenceNotEvaluable(place: nil).message])

  /// An `invalid` outcome for an expression that does not parse or evaluate.
  package static func invalid(_ error: ExpressionError, at location: SourceLocation?) -> CheckOutcome {
    invalid(error.asMessage, at: location)
  }
}
