import Exact
import AnswerDocument
import Language
import Localization

/// Checks a `code` part: codewords over an alphabet, judged for a given source exactly.
///
/// Correct: prefix-free and as short on average as a Huffman code. Partial: prefix-free but
/// longer (the feedback names a pair of symbols to swap, or says the Kraft sum is below 1).
/// Incorrect: not prefix-free (the feedback names the word that is a prefix of another).
package struct CodeCheck: Sendable {
  /// The code alphabet.
  package enum Alphabet: String, Sendable {
    /// Digits `0`, `1`.
    case binary
    /// Digits `-1`, `0`, `1`, written as lists of integers or strings over `-`, `0`, `+`.
    case ternary

    package var radix: Int { self == .binary ? 2 : 3 }
    /// The unit of a code length: `bits` / `비트`, `trits` / `트릿`.
    var unit: LocalizedText {
      self == .binary ? LocalizedText(en: "bits", ko: "비트") : LocalizedText(en: "trits", ko: "트릿")
    }
  }

  package var alphabet: Alphabet
  /// The source probabilities, one per symbol, in symbol order.
  package var probabilities: [Rational]
  /// Names of the symbols for feedback (`A`, `B`, `C` or `11`, `12`, …).
  package var symbolNames: [String]
  /// Credit for a prefix-free code that is not optimal.
  package var suboptimalCredit: Double
  package var misconceptions: [Misconception]

  package init(alphabet: Alphabet, probabilities: [Rational], symbolNames: [String]? = nil,
              suboptimalCredit: Double = 0.5, misconceptions: [Misconception] = []) {
    self.alphabet = alphabet
    self.probabilities = probabilities
    self.symbolNames = symbolNames ?? probabilities.indices.map { "symbol \($0 + 1)" }
    self.suboptimalCredit = suboptimalCredit
    self.misconceptions = misconceptions
  }

  /// The name of symbol `i` in both languages: the exercise's own names (`A`, `11`) read the same
  /// in both; the default `symbol 1` is `기호 1` in Korean.
  private func symbolName(_ i: Int) -> LocalizedText {
    let name = symbolNames[i]
    if name == "symbol \(i + 1)" { return LocalizedText(en: name, ko: "기호 \(i + 1)") }
    return LocalizedText(en: name, ko: name)
  }

  /// Reads the codewords; an unreadable answer is an ``CheckOutcome/invalid(_:at:)`` outcome.
  package func readCodewords(_ answer: AnswerNode) -> Result<[[Int]], CheckOutcomeError> {
    guard case .sequence(let items, let at) = answer else {
      let n = probabilities.count, found = answer.shapeText
      return .failure(CheckOutcomeError(Message("code.expected-list",
        en: "expected a list of \(n) codewords, one per symbol, quoted, like [\"1\", \"01\", \"001\"]; found \(found.en)",
        ko: "기호마다 하나씩, 따옴표로 감싼 부호어 \(n)개의 목록이 필요합니다 (예: [\"1\", \"01\", \"001\"]). 지금 답은 \(found.ko)입니다"),
        at: answer.location))
    }
    guard items.count == probabilities.count else {
      return .failure(CheckOutcomeError(Message("code.wrong-count",
        en: "expected \(probabilities.count) codewords (one per symbol, in order), found \(items.count)",
        ko: "부호어가 \(probabilities.count)개(기호마다 하나씩, 순서대로) 필요한데 \(items.count)개가 있습니다"), at: at))
    }
    var words: [[Int]] = []
    for item in items {
      switch readWord(item) {
      case .success(let w): words.append(w)
      case .failure(let e): return .failure(e)
      }
    }
    return .success(words)
  }

  private var tritCount: Message {
    Message("code.codeword-length", en: "a codeword must have 1 to 4096 trits", ko: "부호어는 트릿 1개에서 4096개로 이루어져야 합니다")
  }

  private func readWord(_ node: AnswerNode) -> Result<[Int], CheckOutcomeError> {
    switch (alphabet, node) {
    case (.binary, .scalar(let s)):
      let text = s.text.trimmed
      let lead = s.text.prefix(while: { $0.isWhitespace }).count
      guard !text.isEmpty else {
        return .failure(CheckOutcomeError(Message("code.empty-codeword", en: "a codeword is empty: every symbol needs at least one digit",
                                                  ko: "빈 부호어가 있습니다: 모든 기호에는 적어도 한 자리가 필요합니다"), at: node.location))
      }
      guard text.count <= 4096 else {
        return .failure(CheckOutcomeError(Message("code.codeword-length", en: "a codeword longer than 4096 digits",
                                                  ko: "4096자리보다 긴 부호어가 있습니다"), at: node.location))
      }
      var digits: [Int] = []
      for (k, ch) in text.enumerated() {
        guard ch == "0" || ch == "1" else {
          // The advice to quote is for bare scalars only: a quoted word is already a string.
          let message = s.quoted
            ? Message("code.not-binary", en: "'\(text)' is not a binary codeword: use only 0 and 1",
                      ko: "'\(text)': 이진 부호어가 아닙니다. 0과 1만 쓰세요")
            : Message("code.not-binary", en: "'\(text)' is not a binary codeword: use only 0 and 1 (quote codewords, as \"01\")",
                      ko: "'\(text)': 이진 부호어가 아닙니다. 0과 1만 쓰고, 부호어는 \"01\" 처럼 따옴표로 감싸세요")
          return .failure(CheckOutcomeError(message, at: s.location(ofOffset: lead + k)))
        }
        digits.append(ch == "0" ? 0 : 1)
      }
      return .success(digits)
    case (.ternary, .scalar(let s)):
      let text = s.text.trimmed
      let lead = s.text.prefix(while: { $0.isWhitespace }).count
      guard !text.isEmpty, text.count <= 4096 else { return .failure(CheckOutcomeError(tritCount, at: node.location)) }
      var digits: [Int] = []
      for (k, ch) in text.enumerated() {
        switch ch {
        case "-", "−": digits.append(0)
        case "0": digits.append(1)
        case "+": digits.append(2)
        default:
          return .failure(CheckOutcomeError(Message("code.not-ternary",
            en: "'\(text)' is not a ternary codeword: write it over '-', '0', '+' or as a list of -1, 0, 1",
            ko: "'\(text)': 삼진 부호어가 아닙니다. '-', '0', '+' 로 쓰거나 -1, 0, 1 의 목록으로 쓰세요"), at: s.location(ofOffset: lead + k)))
        }
      }
      return .success(digits)
    case (.ternary, .sequence(let items, _)):
      guard !items.isEmpty, items.count <= 4096 else { return .failure(CheckOutcomeError(tritCount, at: node.location)) }
      var digits: [Int] = []
      for item in items {
        guard case .scalar(let s) = item, let d = ["-1": 0, "0": 1, "1": 2, "+1": 2][s.text.trimmed] else {
          return .failure(CheckOutcomeError(Message("code.not-a-trit", en: "a trit is -1, 0 or 1", ko: "트릿은 -1, 0, 1 중 하나입니다"),
                                            at: item.location))
        }
        digits.append(d)
      }
      return .success(digits)
    default:
      return .failure(CheckOutcomeError(Message("code.expected-string", en: "a codeword is a string of digits, like \"10\"",
                                                ko: "부호어는 \"10\" 처럼 숫자로 된 문자열입니다"), at: node.location))
    }
  }

  private func show(_ word: [Int]) -> String {
    switch alphabet {
    case .binary: return "\"" + word.map(String.init).joined() + "\""
    case .ternary: return "\"" + word.map { ["-", "0", "+"][$0] }.joined() + "\""
    }
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode) -> CheckOutcome {
    let words: [[Int]]
    switch readCodewords(answer) {
    case .success(let w): words = w
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    let analysis: CodeAnalysis
    do {
      analysis = try CodeAnalysis(codewords: words, radix: alphabet.radix, probabilities: probabilities)
    } catch {
      return .invalid(Message("code.analysis-failed", en: "the code could not be analysed: \(error)",
                              ko: "부호를 분석할 수 없습니다: \(error)"), at: answer.location)
    }
    let matched = matchMisconception(analysis)
    let unit = alphabet.unit
    if let (i, j) = analysis.prefixViolation {
      return notPrefixFree(words, i, j, analysis: analysis, matched: matched)
    }
    let yours = "[" + words.map(show).joined(separator: ", ") + "]"
    let summary = LocalizedText(
      en: "your code \(yours): prefix-free; Kraft sum \(analysis.kraftSum); expected length \(analysis.expectedLength) \(unit.en)",
      ko: "제시한 부호 \(yours): 접두어 부호; 크래프트 합 \(analysis.kraftSum); 기대 부호 길이 \(analysis.expectedLength) \(unit.ko)")
    if analysis.isOptimal {
      let meetsEntropy = alphabet == .binary && (try? entropyBits()) == analysis.expectedLength
      let verdict = meetsEntropy
        ? LocalizedText(en: " = entropy, optimal", ko: " = 엔트로피, 최적")
        : LocalizedText(en: ", optimal (equal to a Huffman code)", ko: ", 최적 (허프만 부호와 같음)")
      return CheckOutcome(verdict: .correct,
                          feedback: [Message("code.optimal", en: summary.en + verdict.en, ko: summary.ko + verdict.ko)],
                          method: "decided exactly")
    }
    var feedback = [Message("code.not-optimal", en: summary.en + ", but a code with a shorter expected length exists.",
                            ko: summary.ko + ". 하지만 기대 부호 길이가 더 짧은 부호가 있습니다.")]
    var counterexample: [String: String]?
    if let (i, j) = analysis.misassignedPair {
      let gain = (probabilities[i] - probabilities[j]) * Rational(words[i].count - words[j].count)
      let (a, b, pa, pb) = (symbolName(i), symbolName(j), probabilities[i], probabilities[j])
      feedback.append(Message("code.lengths-misassigned",
        en: "\(a.en) (p = \(pa)) has a longer codeword than \(b.en) (p = \(pb)): swapping their codewords shortens the expected length by \(gain) \(unit.en).",
        ko: "\(a.ko) (p = \(pa))의 부호어가 \(b.ko) (p = \(pb))의 부호어보다 깁니다: 두 부호어를 맞바꾸면 기대 부호 길이가 \(gain) \(unit.ko) 줄어듭니다."))
      counterexample = ["swap": "\(symbolNames[i]), \(symbolNames[j])"]
    } else if analysis.kraftSum < .one {
      let which = shortenable(words).map { (k, shorter) in
        LocalizedText(en: " The codeword \(show(words[k])) of \(symbolName(k).en) can become \(show(shorter)).",
                      ko: " 예를 들어 \(symbolName(k).ko)의 부호어 \(show(words[k]))를 \(show(shorter))로 줄일 수 있습니다.")
      } ?? LocalizedText(en: "", ko: "")
      feedback.append(Message("code.kraft-below-one",
        en: "Kraft sum \(analysis.kraftSum) < 1: some codeword can be shortened without breaking the prefix property.\(which.en)",
        ko: "크래프트 합 \(analysis.kraftSum) < 1: 접두어 조건을 깨지 않고 줄일 수 있는 부호어가 있습니다.\(which.ko)"))
    }
    if let m = matched { feedback.append(m.message) }
    return CheckOutcome(verdict: .partial, feedback: feedback, misconception: matched?.id,
                        counterexample: counterexample, method: "decided exactly", credit: suboptimalCredit)
  }

  /// A code that is not prefix-free: the two codewords named, a message read two ways when
  /// there is one, the Kraft sum above 1 and, if so, a length below the entropy.
  private func notPrefixFree(_ words: [[Int]], _ i: Int, _ j: Int, analysis: CodeAnalysis, matched: Misconception?) -> CheckOutcome {
    let same = words[i] == words[j]
    let (a, b, wa, wb) = (symbolName(i), symbolName(j), show(words[i]), show(words[j]))
    var feedback = [same
      ? Message("code.duplicate-codeword",
                en: "\(a.en) and \(b.en) have the same codeword \(wa), so they cannot be told apart",
                ko: "\(a.ko), \(b.ko) 두 기호의 부호어가 똑같이 \(wa)입니다. 그래서 둘을 구별할 수 없습니다")
      : Message("code.not-prefix-free",
                en: "not prefix-free: the codeword \(wa) of \(a.en) is a prefix of \(wb) of \(b.en), so a decoder that has read \(wa) cannot tell whether the symbol has ended",
                ko: "접두어 부호가 아닙니다: \(a.ko)의 부호어 \(wa) 자체가 \(b.ko)의 부호어 \(wb)의 접두어입니다. 그래서 \(wa)까지 읽은 복호기는 기호가 끝났는지 알 수 없습니다")]
    var counterexample: [String: String]?
    if let found = AmbiguousMessage.find(words) {
      let first = LocalizedText.joined(found.first.map(symbolName), separator: ", ")
      let second = LocalizedText.joined(found.second.map(symbolName), separator: ", ")
      let message = show(found.message)
      feedback.append(Message("code.ambiguous-message", en: "the message \(message) reads as \(first.en) or as \(second.en)",
                              ko: "\(message) 메시지는 두 가지로 읽힙니다: \(first.ko) 또는 \(second.ko)"))
      counterexample = ["message": show(found.message)]
    } else {
      feedback.append(Message("code.decodable-with-lookahead",
        en: "(this code happens to be uniquely decodable, but only with look-ahead: a prefix code decodes each symbol as soon as its last digit arrives)",
        ko: "(이 부호는 우연히 유일하게 복호할 수 있지만, 뒤를 미리 읽어야만 합니다: 접두어 부호는 각 기호의 마지막 자리가 도착하는 즉시 그 기호를 복호합니다)"))
    }
    if analysis.kraftSum > .one {
      feedback.append(Message("code.kraft-above-one", en: "Kraft sum \(analysis.kraftSum) > 1: no uniquely decodable code has these lengths",
                              ko: "크래프트 합 \(analysis.kraftSum) > 1: 이 길이들로는 유일하게 복호할 수 있는 부호를 만들 수 없습니다"))
      if let impossible = belowEntropy(analysis.expectedLength) { feedback.append(impossible) }
    }
    if let m = matched { feedback.append(m.message) }
    return CheckOutcome(verdict: .incorrect, feedback: feedback, misconception: matched?.id,
                        counterexample: counterexample, method: "decided exactly")
  }

  private func matchMisconception(_ a: CodeAnalysis) -> Misconception? {
    let lengths = a.codewords.map(\.count)
    // A specific wrong code first, then general properties.
    for m in misconceptions {
      if case .codeLengths(let l) = m.match, l == lengths, (a.isPrefixFree || m.id.contains("prefix")) { return m }
    }
    let props = Set(a.properties)
    for m in misconceptions {
      if case .codeProperty(let p) = m.match, props.contains(p) { return m }
    }
    return nil
  }

  /// A codeword whose last digit can go: no other codeword starts with what is left (so the
  /// shorter word is still a leaf of the code tree), with that shorter word.
  private func shortenable(_ words: [[Int]]) -> (Int, [Int])? {
    for (k, w) in words.enumerated() where w.count > 1 {
      let shorter = Array(w.dropLast())
      if !words.enumerated().contains(where: { $0.offset != k && $0.element.starts(with: shorter) }) { return (k, shorter) }
    }
    return nil
  }

  /// "Expected length 4/3 below the entropy log2(3) ≈ 1.585 is impossible": said of a code that
  /// looks shorter than any code can be, because it cannot be decoded.
  private func belowEntropy(_ length: Rational) -> Message? {
    guard let h = try? entropy(), let order = (try? RealValue.compare(.rational(length), h))?.order, order < 0 else { return nil }
    let approx = ValueText.approximation(h, digits: 6).map { " ≈ \($0)" } ?? ""
    let unit = alphabet.unit
    return Message("code.below-entropy",
      en: "its expected length \(length) \(unit.en) is below the entropy\(approx) \(unit.en): that is impossible for any decodable code, which is why this one cannot be decoded",
      ko: "기대 부호 길이 \(length) \(unit.ko)는 엔트로피\(approx) \(unit.ko)보다 짧습니다: 복호할 수 있는 부호로는 불가능하며, 그래서 이 부호는 복호할 수 없습니다")
  }

  /// H(p) in the code's unit (bits, or trits for a ternary code), as an exact value.
  func entropy() throws -> RealValue {
    var h = RealValue.rational(.zero)
    let radix = RealValue.rational(Rational(alphabet.radix))
    for p in probabilities where !p.isZero {
      let term = try RealValue.quotient(try RealValue.log(.rational(p)), try RealValue.log(radix))
      h = try RealValue.difference(h, try RealValue.product(.rational(p), term))
    }
    return h
  }

  /// H(p) in bits, exactly.
  func entropyBits() throws -> Rational? {
    var h = LogLinear(.zero, base: .two)
    for p in probabilities where !p.isZero {
      h = try LogLinear.difference(h, try LogLinear.log(p, base: .two).scaled(by: p))
    }
    return h.rationalValue
  }
}

/// An answer that cannot be read as the part's kind, with its place in the file.
package struct CheckOutcomeError: Error, Sendable {
  package var message: Message
  package var location: SourceLocation?
  package init(_ message: Message, at location: SourceLocation?) {
    self.message = message
    self.location = location
  }
  package init(_ error: ExpressionError, at location: SourceLocation?) {
    self.init(error.asMessage, at: location)
  }
}
