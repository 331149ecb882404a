import Sampling
import Checks
import AnswerDocument
import Language
import Localization

/// One exercise of the catalogue, as loaded from its data file in `Exercises/`.
package struct Exercise: Sendable, Identifiable {
  /// The stable id (`dyadic-code`): answer files and reports key on it.
  package var id: String
  package var title: LocalizedText
  /// Where the exercise comes from (book section, seed).
  package var source: LocalizedText?
  /// The statement.
  package var statement: LocalizedText
  package var parts: [Part]
  /// The chapter's own claims behind this exercise, checked by `softcheck props`.
  package var claims: [Claim] = []
  /// The numbers that change from student to student (`parameters:`); empty when they are fixed.
  package var parameters: [ExerciseParameter] = []
  /// Which values this copy of the exercise uses (the book's unless it was drawn for a student).
  package var variant: Variant = .book
  /// The file's text with its placeholders and the file's name, to build other variants.
  var definition: (text: String, file: String)?

  /// The points of all parts.
  package var maxPoints: Double { parts.reduce(0) { $0 + $1.points } }

  /// The part with this id.
  package func part(_ id: String) -> Part? { parts.first { $0.id == id } }
}

/// A claim the chapter makes, as a relation over sampled inputs (`kl(p, q) >= 0`).
package struct Claim: Sendable, Identifiable {
  package var id: String
  /// The claim in words, as the chapter states it.
  package var statement: LocalizedText
  package var check: PropertyCheck
}

/// One part of an exercise: what is asked, how it is checked, and what it is worth.
package struct Part: Sendable, Identifiable {
  package var id: String
  /// The answer kind, as named in the catalogue (`value`, `code`, `text`, …).
  package var kind: String
  /// What the learner is asked, in one or two sentences.
  package var prompt: LocalizedText
  /// Points for a correct answer (`text` parts have none).
  package var points: Double
  /// The unit of a numeric answer, if it has one.
  package var unit: Unit?
  /// Hints, shown on request.
  package var hints: [LocalizedText]
  /// What `template` writes as an example of the expected form (never the answer).
  package var answerForm: LocalizedText
  /// The check that judges answers.
  package var check: PartCheck
  /// A correct answer as a learner would write it (the file's `example:`): shown by `--reveal`
  /// and marked by the tests, so every shipped part is known to accept its own reference.
  package var example: AnswerNode?
}

extension PartCheck {
  /// Runs the check on an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    switch self {
    case .value(let c): return c.check(answer)
    case .code(let c): return c.check(answer)
    case .array(let c): return c.check(answer)
    case .map(let c): return c.check(answer)
    case .formula(let c): return c.check(answer, context: context)
    case .condition(let c): return c.check(answer, context: context)
    case .choice(let c): return c.check(answer)
    case .chain(let c): return c.check(answer, context: context)
    case .bound(let c): return c.check(answer, context: context)
    case .stable(let c): return c.check(answer, context: context)
    case .blockCode(let c): return c.check(answer)
    case .text: return CheckOutcome(verdict: .recorded, feedback: [Message("text.recorded", en: "recorded for your instructor; not machine-graded",
                                                                   ko: "강사에게 전달하려고 기록했습니다. 자동 채점하지 않습니다")], credit: 0)
    }
  }

  /// The fewest significant digits a decimal answer needs, for parts that accept decimals.
  package var minimumSignificantDigits: Int? {
    switch self {
    case .value(let c): return c.minimumSignificantDigits
    case .array(let c): return c.minimumSignificantDigits
    case .map(let c): return c.minimumSignificantDigits
    default: return nil
    }
  }

  /// Whether verdicts of this part depend on sampled inputs (and so carry replay tokens).
  package var isSampled: Bool {
    switch self {
    case .formula, .condition, .chain, .bound, .stable: return true
    default: return false
    }
  }
}

/// The check behind a part.
package enum PartCheck: Sendable {
  case value(ValueCheck)
  case code(CodeCheck)
  case array(ArrayCheck)
  case map(MapCheck)
  case formula(FormulaCheck)
  case condition(ConditionCheck)
  case choice(ChoiceCheck)
  case chain(ChainCheck)
  case bound(BoundCheck)
  case stable(StableCheck)
  /// A fixed-length block code `{symbols: n, bits: b}` that must beat a rate.
  case blockCode(BlockCodeCheck)
  /// Free prose, recorded and never graded.
  case text
}
