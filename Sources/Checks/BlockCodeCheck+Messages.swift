// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Exact
import Localization

extension BlockCodeCheck {
  /// What a block-code check found, one case per sentence: the check says which reason,
  /// ``message`` says it in both languages under its stable id. `m` is the source size, `n`
  /// the symbols in a block, `b` the bits of a codeword; rates and entropies come as text.
  enum Reason {
    case tooFewBits(m: Int, n: Int, b: Int)
    case belowEntropy(rate: String, entropy: String)
    case exists(m: Int, n: Int, b: Int, rate: String)
    case notBetter(rateToBeat: Rational)
    case gap(String, entropy: String)
    case fewerBits(fewest: Int, m: Int, n: Int)
    case expectedMapping
    case notACount(key: String, limit: Int)
  }
}

extension BlockCodeCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .tooFewBits(let m, let n, let b):
      Message("block-code.too-few-bits",
              en: "\(n) symbols form \(m)^\(n) blocks, more than the 2^\(b) codewords of \(b) bits: some blocks would share a codeword",
              ko: "기호 \(n)개로 만든 블록은 \(m)^\(n)개로, \(b)비트 부호어 2^\(b)개보다 많습니다: 어떤 블록들은 부호어를 함께 써야 합니다")
    case .belowEntropy(let rate, let h):
      Message("block-code.below-entropy",
              en: "a rate of \(rate) bits per symbol is impossible: no code beats the entropy H = \(h) bits per symbol",
              ko: "기호당 \(rate)비트는 불가능합니다: 어떤 부호도 엔트로피 H = \(h)비트보다 짧을 수 없습니다")
    case .exists(let m, let n, let b, let rate):
      Message("block-code.exists",
              en: "\(m)^\(n) <= 2^\(b), so every block of \(n) symbols gets its own \(b)-bit codeword: a rate of \(rate) bits per symbol",
              ko: "\(m)^\(n) <= 2^\(b)이므로 기호 \(n)개짜리 블록마다 \(b)비트 부호어를 따로 줄 수 있습니다: 기호당 \(rate)비트입니다")
    case .notBetter(let rateToBeat):
      Message("block-code.not-better",
              en: "but that does not beat \(rateToBeat) bits per symbol: take longer blocks, so that fewer codewords go unused",
              ko: "하지만 기호당 \(rateToBeat)비트보다 낫지 않습니다: 블록을 더 길게 잡아 쓰이지 않는 부호어를 줄이세요")
    case .gap(let text, let h):
      Message("block-code.gap", en: "that is \(text) bits per symbol above the entropy H = \(h)",
              ko: "엔트로피 H = \(h)보다 기호당 \(text)비트 많습니다")
    case .fewerBits(let fewest, let m, let n):
      Message("block-code.fewer-bits", en: "\(fewest) bits would do for \(n) symbols (\(m)^\(n) <= 2^\(fewest))",
              ko: "기호 \(n)개에는 \(fewest)비트로도 충분합니다 (\(m)^\(n) <= 2^\(fewest))")
    case .expectedMapping:
      Message("block-code.expected-mapping", en: "expected {symbols: n, bits: b}: n source symbols coded together in b bits",
              ko: "{symbols: n, bits: b} 형태가 필요합니다: 원천 기호 n개를 함께 b비트로 부호화합니다")
    case .notACount(let key, let limit):
      Message("block-code.not-a-count", en: "'\(key)' is a whole number from 1 to \(limit)",
              ko: "\(KoreanParticle.topic.after("'\(key)'")) 1부터 \(limit)까지의 정수입니다")
    }
  }
}
