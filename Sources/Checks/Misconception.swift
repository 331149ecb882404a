import Language
import Localization

/// A known wrong answer, with the sentence that explains it.
package struct Misconception: Sendable {
  /// How an answer is recognised as this misconception.
  package enum Match: Sendable {
    /// The answer is equivalent to this wrong reference expression.
    case expression(Expression, text: String)
    /// The reference in the other unit (`nats-vs-bits`, for value parts with a unit).
    case unitConversion
    /// A wrong condition (for `condition` parts), matched by agreement on samples.
    case relation(Relation, text: String)
    /// A wrong choice (for `choice` parts).
    case choice(String)
    /// A code whose codeword lengths, symbol by symbol, equal these.
    case codeLengths([Int])
    /// A named property of a code answer (``CodeAnalysis/Property``).
    case codeProperty(CodeAnalysis.Property)
  }

  /// The stable id (`nats-vs-bits`, `code-not-prefix-free`).
  package var id: String
  /// One or two sentences a learner can act on, in both languages.
  package var feedback: LocalizedText
  package var match: Match

  package init(id: String, feedback: LocalizedText, match: Match) {
    self.id = id
    self.feedback = feedback
    self.match = match
  }

  /// The share of the part's points a recognised answer still earns (a partial answer such as
  /// the right diagonal without the off-diagonal terms); nil for none.
  package var credit: Double?

  /// The outcome for an answer recognised as this misconception: `partial` with ``credit`` when
  /// the answer is worth something, `incorrect` otherwise.
  func applied(to outcome: CheckOutcome) -> CheckOutcome {
    var o = outcome
    o.misconception = id
    o.feedback.append(message)
    if let credit, credit > 0, o.verdict == .incorrect {
      o.verdict = .partial
      o.credit = credit
    }
    return o
  }

  /// The feedback as a message with the stable id `misconception.ID`.
  package var message: Message { Message("misconception.\(id)", feedback) }
}
