import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `stable`: a `formula` that must also evaluate accurately in binary64 at `extreme-points`
/// (within `relative-error`), as numerically stable code does.
package struct StableKind: CheckKind {
  package static let name = "stable"
  package static let fields = FormulaKind.fields + ["extreme-points", "relative-error"]
  package var check: StableCheck

  package init(reading part: KindFields) throws(CatalogueError) {
    let formula = try FormulaKind.formulaCheck(reading: part)
    let pointsNode = try part.required("extreme-points")
    guard case .sequence(let items, _) = pointsNode, !items.isEmpty else {
      throw part.fail(
        en: "'extreme-points' is a list of mappings from variable to value",
        ko: "'extreme-points' 항목은 변수에서 값으로 가는 매핑의 목록이어야 합니다", at: pointsNode.location)
    }
    var points: [[String: String]] = []
    for item in items {
      let f = try part.reader.mapping(item, en: "a point", ko: "extreme-points의 각 점은")
      // A point names the part's variables: any other key is a slip.
      try part.reader.checkKeys(item, known: formula.variables.map(\.name), in: .field("extreme-points"))
      var point: [String: String] = [:]
      for (k, v) in f { point[k] = v.flattenedText ?? "" }
      points.append(point)
    }
    let tolerance = try part.number("relative-error") ?? 1e-12
    check = StableCheck(formula: formula, points: points, relativeError: tolerance)
  }

  package var answerForm: LocalizedText { FormulaKind.form(check.formula.variables) }
  package var isSampled: Bool { true }
  package var misconceptions: [Misconception] { check.formula.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
