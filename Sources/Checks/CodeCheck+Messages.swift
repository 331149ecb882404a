// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Exact
import Localization

extension CodeCheck {
  /// A code as the feedback sums it up: the codewords as written back, the Kraft sum, the
  /// expected length and its unit.
  struct Summary {
    var code: String
    var kraftSum: Rational
    var expectedLength: Rational
    var unit: LocalizedText
  }

  /// What a code check found, one case per sentence: the check says which reason, ``message``
  /// says it in both languages under its stable id.
  enum Reason {
    case expectedList(count: Int, found: LocalizedText)
    case wrongCount(expected: Int, found: Int)
    /// A key of a mapping of codewords that names no symbol, or one named twice.
    case notASymbol(key: String, symbols: [String])
    /// A mapping of codewords that leaves a symbol out.
    case symbolMissing(String)
    case emptyCodeword
    /// A codeword with no digit or more than 4096.
    case codewordLength(Alphabet)
    /// A binary codeword with another character; a bare (unquoted) one is told to quote.
    case notBinary(word: String, quoted: Bool)
    case notTernary(word: String)
    case notATrit
    case expectedString
    case analysisFailed(String)
    /// Prefix-free and optimal; `meetsEntropy` when the expected length is the entropy.
    case optimal(Summary, meetsEntropy: Bool)
    case notOptimal(Summary)
    /// Symbol `longer` (probability `p`) has a longer codeword than `shorter` (probability `q`).
    case lengthsMisassigned(longer: LocalizedText, p: Rational, shorter: LocalizedText, q: Rational, gain: Rational, unit: LocalizedText)
    /// The Kraft sum is below 1; `symbol`'s codeword `word` can become `shorter`, when one can.
    case kraftBelowOne(Rational, shortenable: (symbol: LocalizedText, word: String, shorter: String)?)
    case duplicateCodeword(LocalizedText, LocalizedText, word: String)
    /// The codeword `word` of `symbol` is a prefix of `longer` of `other`.
    case notPrefixFree(symbol: LocalizedText, word: String, other: LocalizedText, longer: String)
    case ambiguousMessage(String, first: LocalizedText, second: LocalizedText)
    case decodableWithLookahead
    case kraftAboveOne(Rational)
    case belowEntropy(length: Rational, approximation: String, unit: LocalizedText)
  }
}

extension CodeCheck.Alphabet {
  /// The unit of a code length: `bits` / `비트`, `trits` / `트릿`.
  var unit: LocalizedText {
    self == .binary ? LocalizedText(en: "bits", ko: "비트") : LocalizedText(en: "trits", ko: "트릿")
  }
}

extension CodeCheck {
  /// Symbol `index` by `name`: the exercise's own names (`A`, `11`) read the same in both
  /// languages; the default `symbol 1` is `기호 1` in Korean.
  static func symbolName(_ name: String, index: Int) -> LocalizedText {
    name == "symbol \(index + 1)" ? LocalizedText(en: name, ko: "기호 \(index + 1)") : LocalizedText(en: name, ko: name)
  }
}

extension CodeCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .expectedList(let n, let found):
      Message("code.expected-list",
              en: "expected a list of \(n) codewords, one per symbol, quoted, like [\"1\", \"01\", \"001\"]; found \(found.en)",
              ko: "기호마다 하나씩, 따옴표로 감싼 부호어 \(n)개의 목록이 필요합니다 (예: [\"1\", \"01\", \"001\"]). 지금 답은 \(found.ko)입니다")
    case .wrongCount(let expected, let found):
      Message("code.wrong-count", en: "expected \(expected) codewords (one per symbol, in order), found \(found)",
              ko: "부호어가 \(expected)개(기호마다 하나씩, 순서대로) 필요한데 \(found)개가 있습니다")
    case .notASymbol(let key, let symbols):
      Message("code.not-a-symbol",
              en: "'\(key)' is not a symbol of this source, or is named twice: write the codeword of each of \(symbols.joined(separator: ", ")) once",
              ko: "\(KoreanParticle.topic.after("'\(key)'")) 이 정보원의 기호가 아니거나 두 번 쓰였습니다: \(symbols.joined(separator: ", ")) 각각의 부호어를 한 번씩 쓰세요")
    case .symbolMissing(let symbol):
      Message("code.symbol-missing", en: "the codeword of \(symbol) is missing: give one for every symbol",
              ko: "\(symbol)의 부호어가 없습니다: 모든 기호에 부호어를 주세요")
    case .emptyCodeword:
      Message("code.empty-codeword", en: "a codeword is empty: every symbol needs at least one digit",
              ko: "빈 부호어가 있습니다: 모든 기호에는 적어도 한 자리가 필요합니다")
    case .codewordLength(let alphabet):
      Message("code.codeword-length", en: "a codeword must have 1 to 4096 \(alphabet == .binary ? "digits" : "trits")",
              ko: "부호어는 \(alphabet == .binary ? "1자리에서 4096자리" : "트릿 1개에서 4096개")로 이루어져야 합니다")
    case .notBinary(let word, let quoted):
      Message("code.not-binary", en: "'\(word)' is not a binary codeword: use only 0 and 1\(quoted ? "" : " (quote codewords, as \"01\")")",
              ko: "'\(word)': 이진 부호어가 아닙니다. 0과 1만 쓰세요\(quoted ? "" : " (부호어는 \"01\"처럼 따옴표로 감싸세요)")")
    case .notTernary(let word):
      Message("code.not-ternary", en: "'\(word)' is not a ternary codeword: write it over '-', '0', '+' or as a list of -1, 0, 1",
              ko: "'\(word)': 삼진 부호어가 아닙니다. '-', '0', '+'로 쓰거나 -1, 0, 1의 목록으로 쓰세요")
    case .notATrit:
      Message("code.not-a-trit", en: "a trit is -1, 0 or 1", ko: "트릿은 -1, 0, 1 중 하나입니다")
    case .expectedString:
      Message("code.expected-string", en: "a codeword is a string of digits, like \"10\"", ko: "부호어는 \"10\"처럼 숫자로 된 문자열입니다")
    case .analysisFailed(let why):
      Message("code.analysis-failed", en: "the code could not be analysed: \(why)", ko: "부호를 분석할 수 없습니다: \(why)")
    case .optimal(let s, let meetsEntropy):
      Message("code.optimal", en: Self.summary(s).en + (meetsEntropy ? " = entropy, optimal" : ", optimal (equal to a Huffman code)"),
              ko: Self.summary(s).ko + (meetsEntropy ? " = 엔트로피, 최적" : ", 최적 (허프만 부호와 같음)"))
    case .notOptimal(let s):
      Message("code.not-optimal", en: Self.summary(s).en + ", but a code with a shorter expected length exists.",
              ko: Self.summary(s).ko + ". 하지만 기대 부호 길이가 더 짧은 부호가 있습니다.")
    case .lengthsMisassigned(let a, let pa, let b, let pb, let gain, let unit):
      Message("code.lengths-misassigned",
              en: "\(a.en) (p = \(pa)) has a longer codeword than \(b.en) (p = \(pb)): swapping their codewords shortens the expected length by \(gain) \(unit.en).",
              ko: "\(a.ko) (p = \(pa))의 부호어가 \(b.ko) (p = \(pb))의 부호어보다 깁니다: 두 부호어를 맞바꾸면 기대 부호 길이가 \(gain)\(unit.ko) 줄어듭니다.")
    case .kraftBelowOne(let sum, let shortenable):
      Message("code.kraft-below-one",
              en: "Kraft sum \(sum) < 1: some codeword can be shortened without breaking the prefix property.\(Self.shortening(shortenable).en)",
              ko: "크래프트 합 \(sum) < 1: 접두어 조건을 깨지 않고 줄일 수 있는 부호어가 있습니다.\(Self.shortening(shortenable).ko)")
    case .duplicateCodeword(let a, let b, let word):
      Message("code.duplicate-codeword", en: "\(a.en) and \(b.en) have the same codeword \(word), so they cannot be told apart",
              ko: "\(a.ko), \(b.ko) 두 기호의 부호어가 똑같이 \(word)입니다. 그래서 둘을 구별할 수 없습니다")
    case .notPrefixFree(let a, let wa, let b, let wb):
      Message("code.not-prefix-free",
              en: "not prefix-free: the codeword \(wa) of \(a.en) is a prefix of \(wb) of \(b.en), so a decoder that has read \(wa) cannot tell whether the symbol has ended",
              ko: "접두어 부호가 아닙니다: \(a.ko)의 부호어 \(wa) 자체가 \(b.ko)의 부호어 \(wb)의 접두어입니다. 그래서 \(wa)까지 읽은 복호기는 기호가 끝났는지 알 수 없습니다")
    case .ambiguousMessage(let text, let first, let second):
      Message("code.ambiguous-message", en: "the message \(text) reads as \(first.en) or as \(second.en)",
              ko: "\(text) 메시지는 두 가지로 읽힙니다: \(first.ko) 또는 \(second.ko)")
    case .decodableWithLookahead:
      Message("code.decodable-with-lookahead",
              en: "(this code happens to be uniquely decodable, but only with look-ahead: a prefix code decodes each symbol as soon as its last digit arrives)",
              ko: "(이 부호는 우연히 유일하게 복호할 수 있지만, 뒤를 미리 읽어야만 합니다: 접두어 부호는 각 기호의 마지막 자리가 도착하는 즉시 그 기호를 복호합니다)")
    case .kraftAboveOne(let sum):
      Message("code.kraft-above-one", en: "Kraft sum \(sum) > 1: no uniquely decodable code has these lengths",
              ko: "크래프트 합 \(sum) > 1: 이 길이들로는 유일하게 복호할 수 있는 부호를 만들 수 없습니다")
    case .belowEntropy(let length, let approx, let unit):
      Message("code.below-entropy",
              en: "its expected length \(length) \(unit.en) is below the entropy\(approx) \(unit.en): that is impossible for any decodable code, which is why this one cannot be decoded",
              ko: "기대 부호 길이 \(length)\(KoreanParticle.topic.after(unit.ko)) 엔트로피\(approx) \(unit.ko)보다 짧습니다: 복호할 수 있는 부호로는 불가능하며, 그래서 이 부호는 복호할 수 없습니다")
    }
  }

  private static func summary(_ s: CodeCheck.Summary) -> LocalizedText {
    LocalizedText(
      en: "your code \(s.code): prefix-free; Kraft sum \(s.kraftSum); expected length \(s.expectedLength) \(s.unit.en)",
      ko: "제시한 부호 \(s.code): 접두어 부호; 크래프트 합 \(s.kraftSum); 기대 부호 길이 \(s.expectedLength)\(s.unit.ko)")
  }

  private static func shortening(_ s: (symbol: LocalizedText, word: String, shorter: String)?) -> LocalizedText {
    guard let s else { return LocalizedText(en: "", ko: "") }
    return LocalizedText(
      en: " The codeword \(s.word) of \(s.symbol.en) can become \(s.shorter).",
      ko: " 예를 들어 \(s.symbol.ko)의 부호어 \(KoreanParticle.object.after(s.word)) \(KoreanParticle.means.after(s.shorter)) 줄일 수 있습니다.")
  }
}
