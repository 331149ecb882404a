import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `condition`: a relation (`p = q`) with the same truth value as `reference` on every sample.
package struct ConditionKind: CheckKind {
  package static let name = "condition"
  package static let fields = ExerciseKeys.sampling + ["reference", "misconceptions"]
  package var check: ConditionCheck

  package init(reading part: KindFields) throws(CatalogueError) {
    let misconceptions = try part.misconceptions()
    let sampling = try part.sampling()
    check = ConditionCheck(
      variables: sampling.variables, reference: try part.relation("reference", variables: sampling.variables),
      samples: sampling.samples, dimensions: sampling.dimensions, misconceptions: misconceptions)
  }

  package var answerForm: LocalizedText { LocalizedText(en: "a condition such as 'p = q'", ko: "'p = q'와 같은 조건") }
  package var isSampled: Bool { true }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
