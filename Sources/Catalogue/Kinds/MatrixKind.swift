import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `matrix`: a list of rows, decided entrywise as a `vector` is.
package struct MatrixKind: CheckKind {
  package static let name = "matrix"
  package static let fields = VectorKind.fields
  package static let isNumericDrill = true
  package var check: ArrayCheck

  package init(check: ArrayCheck) { self.check = check }

  package init(reading part: KindFields) throws(CatalogueError) {
    check = try VectorKind.arrayCheck(reading: part)
  }

  package var answerForm: LocalizedText {
    LocalizedText(en: "a list of rows, e.g. [[1/4, -1/4], [-1/4, 1/4]]", ko: "행의 목록 (예: [[1/4, -1/4], [-1/4, 1/4]])")
  }
  package var minimumSignificantDigits: Int? { check.minimumSignificantDigits }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
