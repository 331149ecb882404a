import AnswerDocument
import Checks
import Exact
import Language
import Localization
import Sampling

/// `code`: a prefix-free code for a source with `probabilities`, judged against Kraft's
/// inequality and Huffman's expected length, exactly.
package struct CodeKind: CheckKind {
  package static let name = "code"
  package static let fields = ["alphabet", "probabilities", "symbols", "partial-credit", "misconceptions"]
  package static let answersAreVerbatim = true
  package var check: CodeCheck

  package init(check: CodeCheck) { self.check = check }

  /// Reads the alphabet, the probabilities (non-negative, summing to exactly 1) and the symbols' names.
  package init(reading part: KindFields) throws(CatalogueError) {
    let misconceptions = try part.misconceptions(matchers: ["lengths", "property"])
    let alphabetText = try part.optionalString("alphabet") ?? "binary"
    guard let alphabet = CodeCheck.Alphabet(rawValue: alphabetText) else {
      throw part.fail(
        en: "alphabet must be 'binary' or 'ternary'", ko: "alphabet 항목은 'binary' 또는 'ternary' 중 하나여야 합니다",
        at: part["alphabet"]?.location)
    }
    let probabilities = try Self.probabilities(part)
    let symbols = try part.stringList("symbols")
    guard symbols.isEmpty || symbols.count == probabilities.count else {
      throw part.fail(
        en: "symbols must name every symbol (\(probabilities.count))",
        ko: "symbols 항목에는 모든 기호의 이름이 있어야 합니다 (\(probabilities.count)개)", at: part["symbols"]?.location)
    }
    let credit = try part.number("partial-credit") ?? 0.5
    check = CodeCheck(
      alphabet: alphabet, probabilities: probabilities, symbolNames: symbols.isEmpty ? nil : symbols,
      suboptimalCredit: credit, misconceptions: misconceptions)
  }

  private static func probabilities(_ part: KindFields) throws(CatalogueError) -> [Rational] {
    let probsNode = try part.required("probabilities")
    guard case .sequence(let items, _) = probsNode, items.count >= 2 else {
      throw part.fail(
        en: "probabilities must be a list of at least two numbers", ko: "probabilities 항목은 수가 두 개 이상인 목록이어야 합니다",
        at: probsNode.location)
    }
    var probs: [Rational] = []
    for item in items { probs.append(try part.reader.rational(item)) }
    guard probs.allSatisfy({ $0.signum >= 0 }), probs.reduce(Rational.zero, +) == .one else {
      throw part.fail(
        en: "probabilities must be non-negative and sum to exactly 1",
        ko: "probabilities의 값은 음수가 아니어야 하고, 그 합이 정확히 1이어야 합니다", at: probsNode.location)
    }
    return probs
  }

  package var answerForm: LocalizedText {
    check.alphabet == .binary
      ? LocalizedText(
        en: "a list of codewords in symbol order, quoted, like [\"1\", \"01\", \"001\", \"000\"]",
        ko: "기호 순서대로 따옴표로 감싼 부호어 목록 (예: [\"1\", \"01\", \"001\", \"000\"])")
      : LocalizedText(
        en: "a list of ternary codewords: [\"--\", \"-0\"] or [[-1, -1], [-1, 0]]",
        ko: "삼진 부호어 목록: [\"--\", \"-0\"] 또는 [[-1, -1], [-1, 0]]")
  }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer) }
}
