import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `formula`: an expression in the part's variables, proved equal to `reference` by the exact
/// identity test or equivalent to it on sampled points, with a shrunk counterexample when it is
/// not.
package struct FormulaKind: CheckKind {
  package static let name = "formula"
  /// Also the first fields of a `stable` part.
  package static let fields =
    ExerciseKeys.sampling
    + ["reference", "forbidden", "wlog", "wlog-credit", "aliases", "accepted", "misconceptions"]
  package var check: FormulaCheck

  package init(check: FormulaCheck) { self.check = check }

  package init(reading part: KindFields) throws(CatalogueError) {
    check = try Self.formulaCheck(reading: part)
  }

  /// The check of a `formula` part, which a `stable` part runs first.
  static func formulaCheck(reading part: KindFields) throws(CatalogueError) -> FormulaCheck {
    let misconceptions = try part.misconceptions()
    let sampling = try part.sampling()
    let reference = try part.expression("reference", variables: sampling.variables)
    var formula = FormulaCheck(
      variables: sampling.variables, reference: reference.expression, referenceText: reference.text,
      samples: sampling.samples, dimensions: sampling.dimensions,
      misconceptions: misconceptions, forbidden: try part.forbidden())
    formula.normalisations = try part.wlog(of: reference.expression, sampling: sampling)
    formula.aliases = try part.aliases(variables: sampling.variables)
    formula.normalisedCredit = try part.number("wlog-credit") ?? 0.5
    formula.accepted = try part.accepted()
    return formula
  }

  /// The answer a part in `variables` expects (`a formula in p, q`).
  static func form(_ variables: [Variable]) -> LocalizedText {
    let names = variables.map(\.name).joined(separator: ", ")
    return LocalizedText(en: "a formula in \(names)", ko: "\(names)에 대한 식")
  }

  package var answerForm: LocalizedText { Self.form(check.variables) }
  package var isSampled: Bool { true }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
