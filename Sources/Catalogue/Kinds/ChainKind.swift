import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `chain`: a proof written as a chain of relations, every step holding on every sample and the
/// chain adding up to `claim`.
package struct ChainKind: CheckKind {
  package static let name = "chain"
  package static let fields =
    ExerciseKeys.sampling
    + ["claim", "forbidden", "min-steps", "partial-credit", "restatement-credit", "wlog", "aliases"]
  package static let defaultPoints: Double = 3
  package var check: ChainCheck

  /// Reads the claim, limits and credits, and the `wlog` normalisations the hint allows, each
  /// checked to leave the claim unchanged (so a proof under it loses no generality).
  package init(reading part: KindFields) throws(CatalogueError) {
    let sampling = try part.sampling()
    let claim = try part.relation("claim", variables: sampling.variables)
    let normalisations = try part.wlog(of: .binary("-", claim.lhs, claim.rhs, offset: 0), sampling: sampling)
    check = ChainCheck(
      variables: sampling.variables, claim: claim, samples: sampling.samples, dimensions: sampling.dimensions,
      forbidden: try part.forbidden(), minimumSteps: try part.integer("min-steps") ?? 2,
      weakerCredit: try part.number("partial-credit") ?? 0.5,
      restatementCredit: try part.number("restatement-credit") ?? 1.0 / 3, normalisations: normalisations)
    check.aliases = try part.aliases(variables: sampling.variables)
  }

  package var answerForm: LocalizedText {
    LocalizedText(
      en: "a chain, one step a line: 'LHS rel RHS', then 'rel RHS' (use `|` for a block)",
      ko: "한 줄에 한 단계씩 쓰는 체인: 'LHS rel RHS', 이어서 'rel RHS' (블록은 `|`를 쓰세요)")
  }
  package var isSampled: Bool { true }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer, context: context) }
}
