import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `vector`: a list of numbers, each entry decided as a `value`, with credit per entry unless
/// `entry-credit: all`.
package struct VectorKind: CheckKind {
  package static let name = "vector"
  /// Also a `matrix` part's fields.
  package static let fields = ["reference", "significant-digits", "entry-credit", "misconceptions"]
  package static let isNumericDrill = true
  package var check: ArrayCheck

  package init(check: ArrayCheck) { self.check = check }

  package init(reading part: KindFields) throws(CatalogueError) {
    check = try Self.arrayCheck(reading: part)
  }

  /// The check of a `vector` or `matrix` part, which differ only in the answer they show.
  static func arrayCheck(reading part: KindFields) throws(CatalogueError) -> ArrayCheck {
    let misconceptions = try part.misconceptions()
    let reference = try part.expression("reference")
    let digits = try part.integer("significant-digits") ?? 4
    var array = ArrayCheck(
      reference: reference.expression, referenceText: reference.text,
      minimumSignificantDigits: digits, misconceptions: misconceptions)
    array.perEntryCredit = try part.optionalString("entry-credit") != "all"
    return array
  }

  package var answerForm: LocalizedText {
    LocalizedText(en: "a list of numbers, e.g. [0.2, 1/3, log(2)]", ko: "수의 목록 (예: [0.2, 1/3, log(2)])")
  }
  package var minimumSignificantDigits: Int? { check.minimumSignificantDigits }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
