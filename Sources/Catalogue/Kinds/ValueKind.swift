import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `value`: one number or expression, compared with `reference` exactly, or as a correctly
/// rounded decimal with at least `significant-digits` significant digits.
package struct ValueKind: CheckKind {
  package static let name = "value"
  package static let fields = ["reference", "unit", "significant-digits", "accepted", "entropy-bound", "misconceptions"]
  package static let isNumericDrill = true
  package var check: ValueCheck

  package init(check: ValueCheck) { self.check = check }

  package init(reading part: KindFields) throws(CatalogueError) {
    let unit = try part.unit()
    let misconceptions = try part.misconceptions()
    let reference = try part.expression("reference")
    let digits = try part.integer("significant-digits") ?? 4
    let alternatives = try part.accepted()
    check = ValueCheck(
      reference: reference.expression, referenceText: reference.text, unit: unit,
      minimumSignificantDigits: digits, misconceptions: misconceptions, alternatives: alternatives)
    check.entropyBound = try part.entropyBound()
  }

  package var answerForm: LocalizedText {
    LocalizedText(en: "a number or expression, e.g. 7/4, 0.25 or log2(5)", ko: "수 또는 식 (예: 7/4, 0.25, log2(5))")
  }
  package var unit: Unit? { check.unit }
  package var minimumSignificantDigits: Int? { check.minimumSignificantDigits }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
