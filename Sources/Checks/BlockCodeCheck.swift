import Localization
import Exact
import AnswerDocument
import Language

/// Checks a `block-code` part: a fixed-length block code for a source of `M` equally likely
/// symbols, given as `{symbols: n, bits: b}` (every block of `n` symbols gets its own `b`-bit
/// codeword). It exists when `2^b >= M^n`; it answers "can you design a better code?" when its
/// rate `b/n` beats the part's rate. The rate, and its distance to the entropy `log2 M`, are
/// decided exactly.
package struct BlockCodeCheck: Sendable {
  /// The number of equally likely source symbols (3 for the uniform three-class source).
  package var sourceSize: Int
  /// The rate (bits per symbol) a better code must beat.
  package var rateToBeat: Rational
  /// The largest block length read (so `M^n` stays small enough to compute exactly).
  package var maximumSymbols: Int

  package init(sourceSize: Int, rateToBeat: Rational, maximumSymbols: Int = 4096) {
    self.sourceSize = sourceSize
    self.rateToBeat = rateToBeat
    self.maximumSymbols = maximumSymbols
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode) -> CheckOutcome {
    let n: Int, b: Int
    switch read(answer) {
    case .success(let r): (n, b) = r
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    let blocks = try? BigInteger(sourceSize).power(n), codewords = try? BigInteger(1).shiftedLeft(by: b)
    let rate = Rational(b, n)
    let entropy = try? RealValue.log2(.rational(Rational(sourceSize)))
    let rateText = rate.isInteger ? "\(rate)" : "\(rate) ≈ \(ValueText.approximation(.rational(rate), digits: 6) ?? "")"
    let h = "log2(\(sourceSize))" + (entropy.flatMap { ValueText.approximation($0, digits: 6) }.map { " ≈ \($0)" } ?? "")
    guard let blocks, let codewords, codewords >= blocks else {
      var feedback = [Message("block-code.too-few-bits",
        en: "\(n) symbols form \(sourceSize)^\(n) blocks, more than the 2^\(b) codewords of \(b) bits: some blocks would share a codeword",
        ko: "기호 \(n)개로 만든 블록은 \(sourceSize)^\(n)개로, \(b)비트 부호어 2^\(b)개보다 많습니다: 어떤 블록들은 부호어를 함께 써야 합니다")]
      if let entropy, let order = (try? RealValue.compare(.rational(rate), entropy))?.order, order < 0 {
        feedback.append(Message("block-code.below-entropy",
          en: "a rate of \(rateText) bits per symbol is impossible: no code beats the entropy H = \(h) bits per symbol",
          ko: "기호당 \(rateText) 비트는 불가능합니다: 어떤 부호도 엔트로피 H = \(h) 비트보다 짧을 수 없습니다"))
      }
      return CheckOutcome(verdict: .incorrect, feedback: feedback, method: "decided exactly")
    }
    let exists = Message("block-code.exists",
      en: "\(sourceSize)^\(n) <= 2^\(b), so every block of \(n) symbols gets its own \(b)-bit codeword: a rate of \(rateText) bits per symbol",
      ko: "\(sourceSize)^\(n) <= 2^\(b) 이므로 기호 \(n)개짜리 블록마다 \(b)비트 부호어를 따로 줄 수 있습니다: 기호당 \(rateText) 비트입니다")
    guard rate < rateToBeat else {
      return CheckOutcome(verdict: .incorrect, feedback: [exists, Message("block-code.not-better",
        en: "but that does not beat \(rateToBeat) bits per symbol: take longer blocks, so that fewer codewords go unused",
        ko: "하지만 기호당 \(rateToBeat) 비트보다 낫지 않습니다: 블록을 더 길게 잡아 쓰이지 않는 부호어를 줄이세요")],
                          method: "decided exactly")
    }
    return CheckOutcome(verdict: .correct, feedback: [exists] + closeness(rate, n: n, b: b, blocks: blocks, entropy: entropy, h: h),
                        method: "decided exactly")
  }

  /// How far the rate is above the entropy, and the fewest bits that would do for `n` symbols.
  private func closeness(_ rate: Rational, n: Int, b: Int, blocks: BigInteger, entropy: RealValue?, h: String) -> [Message] {
    var out: [Message] = []
    if let entropy, let gap = try? RealValue.difference(.rational(rate), entropy),
       let text = ValueText.approximation(gap, digits: 3) {
      out.append(Message("block-code.gap", en: "that is \(text) bits per symbol above the entropy H = \(h)",
                         ko: "엔트로피 H = \(h)보다 기호당 \(text) 비트 많습니다"))
    }
    let fewest = (blocks - BigInteger(1)).bitWidth
    if fewest < b {
      out.append(Message("block-code.fewer-bits", en: "\(fewest) bits would do for \(n) symbols (\(sourceSize)^\(n) <= 2^\(fewest))",
                         ko: "기호 \(n)개에는 \(fewest)비트로도 충분합니다 (\(sourceSize)^\(n) <= 2^\(fewest))"))
    }
    return out
  }

  /// `{symbols: n, bits: b}` (also `{n: ..., b: ...}`), two whole numbers in range.
  private func read(_ answer: AnswerNode) -> Result<(Int, Int), CheckOutcomeError> {
    let form = Message("block-code.expected-mapping", en: "expected {symbols: n, bits: b}: n source symbols coded together in b bits",
                       ko: "{symbols: n, bits: b} 형태가 필요합니다: 원천 기호 n개를 함께 b비트로 부호화합니다")
    guard case .mapping(let pairs, _) = answer else { return .failure(CheckOutcomeError(form, at: answer.location)) }
    var values: [String: Int] = [:]
    for (k, v) in pairs {
      let key = ["symbols": "symbols", "n": "symbols", "bits": "bits", "b": "bits"][k.text.trimmed.lowercased()]
      let limit = key == "bits" ? 4 * maximumSymbols : maximumSymbols
      guard let key else { return .failure(CheckOutcomeError(form, at: k.location(ofOffset: 0))) }
      guard case .scalar(let s) = v, let x = Int(s.text.trimmed), x >= 1, x <= limit else {
        return .failure(CheckOutcomeError(Message("block-code.not-a-count", en: "'\(key)' is a whole number from 1 to \(limit)",
                                                  ko: "\(KoreanParticle.topic.after("'\(key)'")) 1부터 \(limit)까지의 정수입니다"), at: v.location))
      }
      values[key] = x
    }
    guard let n = values["symbols"], let b = values["bits"] else { return .failure(CheckOutcomeError(form, at: answer.location)) }
    return .success((n, b))
  }
}
