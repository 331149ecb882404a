import AnswerDocument
import Checks
import Exact
import Language
import Localization
import Sampling

/// `block-code`: a fixed-length block code `{symbols: n, bits: b}` for `source-size` equally
/// likely symbols, which must exist and beat the rate `beat`.
package struct BlockCodeKind: CheckKind {
  package static let name = "block-code"
  package static let fields = ["source-size", "beat"]
  package var check: BlockCodeCheck

  package init(reading part: KindFields) throws(CatalogueError) {
    let size = try part.integer("source-size") ?? 0
    guard size >= 2 else {
      throw part.fail(
        en: "a block-code part names its 'source-size', the number of equally likely symbols (2 or more)",
        ko: "block-code 문항에는 같은 확률로 나오는 기호의 개수 'source-size'(2 이상)가 있어야 합니다")
    }
    check = BlockCodeCheck(sourceSize: size, rateToBeat: try part.rational("beat") ?? Rational(2))
  }

  package var answerForm: LocalizedText {
    LocalizedText(
      en: "{symbols: n, bits: b}: n symbols coded together in b bits", ko: "{symbols: n, bits: b}: 기호 n개를 함께 b비트로 부호화")
  }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer) }
}
