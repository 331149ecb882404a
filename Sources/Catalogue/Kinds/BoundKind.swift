import AnswerDocument
import Checks
import Exact
import Language
import Localization
import Sampling

/// `bound`: an expression that bounds `quantity` (by `relation`) on every sample and, with
/// `limit`, tends to it.
package struct BoundKind: CheckKind {
  package static let name = "bound"
  package static let fields = ExerciseKeys.sampling + ["quantity", "relation", "limit", "misconceptions"]
  /// The keys of `limit:`.
  package static let limitFields = ["variable", "value"]
  package var check: BoundCheck

  package init(reading part: KindFields) throws(CatalogueError) {
    let misconceptions = try part.misconceptions()
    let sampling = try part.sampling()
    let quantity = try part.expression("quantity", variables: sampling.variables)
    let relText = try part.optionalString("relation") ?? "<="
    guard let rel = Relation.Operator(rawValue: relText), [.lessOrEqual, .greaterOrEqual, .less, .greater].contains(rel) else {
      throw part.fail(
        en: "relation must be <=, <, >= or >", ko: "relation 항목은 <=, <, >=, > 중 하나여야 합니다", at: part["relation"]?.location)
    }
    check = BoundCheck(
      variables: sampling.variables, quantity: quantity.expression, relation: rel,
      limit: try Self.limit(part, variables: sampling.variables),
      samples: sampling.samples, dimensions: sampling.dimensions)
    check.misconceptions = misconceptions
  }

  /// `limit: {variable, value}`: the variable must be the part's; the value defaults to 0.
  private static func limit(
    _ part: KindFields, variables: [Variable]
  ) throws(CatalogueError) -> (variable: String, value: Rational)? {
    guard let l = part["limit"] else { return nil }
    let lf = try part.pairs(l, of: "limit", keys: limitFields)
    let variable = try part.reader.string(lf, "variable", in: l)
    guard variables.contains(where: { $0.name == variable }) else {
      throw part.fail(
        en: "the limit variable '\(variable)' is not a variable of this part",
        ko: "limit의 변수 '\(variable)': 이 문항의 변수가 아닙니다", at: l.location)
    }
    return (variable, try lf["value"].map { (n) throws(CatalogueError) -> Rational in try part.reader.rational(n) } ?? .zero)
  }

  package var answerForm: LocalizedText { FormulaKind.form(check.variables) }
  package var isSampled: Bool { true }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
