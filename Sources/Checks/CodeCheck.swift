import AnswerDocument
import Exact
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
  }

  package var alphabet: Alphabet
  /// The source probabilities, one per symbol, in symbol order.
  package var probabilities: [Rational]
  /// Names of the symbols for feedback (`A`, `B`, `C` or `11`, `12`, …).
  package var symbolNames: [String]
  /// Credit for a prefix-free code that is not optimal.
  package var suboptimalCredit: Double
  package var misconceptions: [Misconception]

  package init(
    alphabet: Alphabet, probabilities: [Rational], symbolNames: [String]? = nil,
    suboptimalCredit: Double = 0.5, misconceptions: [Misconception] = []
  ) {
    self.alphabet = alphabet
    self.probabilities = probabilities
    self.symbolNames = symbolNames ?? probabilities.indices.map { "symbol \($0 + 1)" }
    self.suboptimalCredit = suboptimalCredit
    self.misconceptions = misconceptions
  }

  /// The name of symbol `i` in both languages (CodeCheck+Messages).
  private func symbolName(_ i: Int) -> LocalizedText { Self.symbolName(symbolNames[i], index: i) }

  /// Reads the codewords; an unreadable answer is an ``CheckOutcome/invalid(_:at:)`` outcome.
  package func readCodewords(_ answer: AnswerNode) -> Result<[[Int]], CheckOutcomeError> {
    // `code: 0, 10, 11` (no brackets) is one scalar: read as the list it spells out.
    if case .scalar(let s) = answer, let spelled = Self.spelledList(s, count: probabilities.count) {
      return readCodewords(spelled)
    }
    // `code: {A: "0", B: "10", C: "11"}`: the codewords by symbol, in any order.
    if case .mapping(let pairs, let at) = answer {
      switch bySymbol(pairs, at: at) {
      case .success(let list): return readCodewords(list)
      case .failure(let e): return .failure(e)
      }
    }
    guard case .sequence(let items, let at) = answer else {
      let n = probabilities.count
      let found = answer.shapeText
      return .failure(CheckOutcomeError(Reason.expectedList(count: n, found: found).message, at: answer.location))
    }
    guard items.count == probabilities.count else {
      return .failure(CheckOutcomeError(Reason.wrongCount(expected: probabilities.count, found: items.count).message, at: at))
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

  /// A mapping from the symbols' names (as the part names them, or in another case) to their
  /// codewords, as the list in symbol order; every symbol must be named once.
  private func bySymbol(
    _ pairs: [(key: AnswerNode.ScalarText, value: AnswerNode)], at: SourceLocation
  ) -> Result<
    AnswerNode, CheckOutcomeError
  > {
    var words = [AnswerNode?](repeating: nil, count: symbolNames.count)
    for (key, value) in pairs {
      let name = key.text.trimmed
      guard let i = symbolNames.firstIndex(of: name) ?? symbolNames.firstIndex(where: { $0.lowercased() == name.lowercased() }),
        words[i] == nil
      else {
        return .failure(
          CheckOutcomeError(Reason.notASymbol(key: name, symbols: symbolNames).message, at: key.location(ofOffset: 0)))
      }
      words[i] = value
    }
    guard let missing = words.firstIndex(where: { $0 == nil }) else {
      return .success(.sequence(words.compactMap { $0 }, at: at))
    }
    return .failure(CheckOutcomeError(Reason.symbolMissing(symbolNames[missing]).message, at: at))
  }

  /// A one-line scalar of exactly `count` words (``spelledWords(_:)``) as a list; nil for
  /// anything else.
  static func spelledList(_ s: AnswerNode.ScalarText, count: Int) -> AnswerNode? {
    guard count > 1, !s.text.contains("\n") else { return nil }
    let items = spelledWords(s)
    return items.count == count ? .sequence(items, at: s.location(ofOffset: 0)) : nil
  }

  /// The words of a line of codewords (`0, 10, 11`, `0 10 11`, `"0" "10"`), apart by commas,
  /// semicolons or blanks, quotes dropped, each a scalar that keeps its place in the file. Shared
  /// with the drill's typed answers.
  package static func spelledWords(_ s: AnswerNode.ScalarText) -> [AnswerNode] {
    var items: [AnswerNode] = []
    var word = ""
    var start = 0
    func close() {
      guard !word.isEmpty else { return }
      // Quoted as written or not, a word of one line is a codeword: no advice to quote it.
      items.append(.scalar(AnswerNode.ScalarText(text: word, lineStarts: [s.location(ofOffset: start)], quoted: true)))
      word = ""
    }
    for (k, ch) in s.text.enumerated() {
      if ch == "," || ch == ";" || ch.isWhitespace {
        close()
      } else if ch != "\"" && ch != "'" {
        if word.isEmpty { start = k }
        word.append(ch)
      }
    }
    close()
    return items
  }

  private func readWord(_ node: AnswerNode) -> Result<[Int], CheckOutcomeError> {
    switch (alphabet, node) {
    case (.binary, .scalar(let s)):
      let text = s.text.trimmed
      let lead = s.text.prefix(while: { $0.isWhitespace }).count
      guard !text.isEmpty else {
        return .failure(CheckOutcomeError(Reason.emptyCodeword.message, at: node.location))
      }
      guard text.count <= 4096 else {
        return .failure(CheckOutcomeError(Reason.codewordLength(.binary).message, at: node.location))
      }
      var digits: [Int] = []
      for (k, ch) in text.enumerated() {
        guard ch == "0" || ch == "1" else {
          // The advice to quote is for bare scalars only: a quoted word is already a string.
          return .failure(
            CheckOutcomeError(Reason.notBinary(word: text, quoted: s.quoted).message, at: s.location(ofOffset: lead + k)))
        }
        digits.append(ch == "0" ? 0 : 1)
      }
      return .success(digits)
    case (.ternary, .scalar(let s)):
      let text = s.text.trimmed
      let lead = s.text.prefix(while: { $0.isWhitespace }).count
      guard !text.isEmpty, text.count <= 4096 else {
        return .failure(CheckOutcomeError(Reason.codewordLength(.ternary).message, at: node.location))
      }
      var digits: [Int] = []
      for (k, ch) in text.enumerated() {
        switch ch {
        case "-", "−": digits.append(0)
        case "0": digits.append(1)
        case "+": digits.append(2)
        default:
          return .failure(CheckOutcomeError(Reason.notTernary(word: text).message, at: s.location(ofOffset: lead + k)))
        }
      }
      return .success(digits)
    case (.ternary, .sequence(let items, _)):
      guard !items.isEmpty, items.count <= 4096 else {
        return .failure(CheckOutcomeError(Reason.codewordLength(.ternary).message, at: node.location))
      }
      var digits: [Int] = []
      for item in items {
        guard case .scalar(let s) = item, let d = ["-1": 0, "0": 1, "1": 2, "+1": 2][s.text.trimmed] else {
          return .failure(CheckOutcomeError(Reason.notATrit.message, at: item.location))
        }
        digits.append(d)
      }
      return .success(digits)
    default:
      return .failure(CheckOutcomeError(Reason.expectedString.message, at: node.location))
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
      return .invalid(Reason.analysisFailed("\(error)").message, at: answer.location)
    }
    let matched = matchMisconception(analysis)
    let unit = alphabet.unit
    if let (i, j) = analysis.prefixViolation {
      return notPrefixFree(words, i, j, analysis: analysis, matched: matched)
    }
    let yours = "[" + words.map(show).joined(separator: ", ") + "]"
    let summary = Summary(code: yours, kraftSum: analysis.kraftSum, expectedLength: analysis.expectedLength, unit: unit)
    if analysis.isOptimal {
      let meetsEntropy = alphabet == .binary && (try? entropyBits()) == analysis.expectedLength
      return CheckOutcome(
        verdict: .correct, feedback: [Reason.optimal(summary, meetsEntropy: meetsEntropy).message], method: .exact)
    }
    var feedback = [Reason.notOptimal(summary).message]
    var counterexample: [String: String]?
    if let (i, j) = analysis.misassignedPair {
      let gain = (probabilities[i] - probabilities[j]) * Rational(words[i].count - words[j].count)
      feedback.append(
        Reason.lengthsMisassigned(
          longer: symbolName(i), p: probabilities[i], shorter: symbolName(j), q: probabilities[j],
          gain: gain, unit: unit
        ).message)
      counterexample = ["swap": "\(symbolNames[i]), \(symbolNames[j])"]
    } else if analysis.kraftSum < .one {
      let which = shortenable(words).map { (k, shorter) in (symbol: symbolName(k), word: show(words[k]), shorter: show(shorter)) }
      feedback.append(Reason.kraftBelowOne(analysis.kraftSum, shortenable: which).message)
    }
    if let m = matched { feedback.append(m.message) }
    return CheckOutcome(
      verdict: .partial, feedback: feedback, misconception: matched?.id,
      counterexample: counterexample, method: .exact, credit: suboptimalCredit)
  }

  /// A code that is not prefix-free: the two codewords named, a message read two ways when
  /// there is one, the Kraft sum above 1 and, if so, a length below the entropy.
  private func notPrefixFree(
    _ words: [[Int]], _ i: Int, _ j: Int, analysis: CodeAnalysis, matched: Misconception?
  ) -> CheckOutcome {
    let same = words[i] == words[j]
    let (a, b, wa, wb) = (symbolName(i), symbolName(j), show(words[i]), show(words[j]))
    var feedback = [
      same
        ? Reason.duplicateCodeword(a, b, word: wa).message
        : Reason.notPrefixFree(symbol: a, word: wa, other: b, longer: wb).message
    ]
    var counterexample: [String: String]?
    if let found = AmbiguousMessage.find(words) {
      let first = LocalizedText.joined(found.first.map(symbolName), separator: ", ")
      let second = LocalizedText.joined(found.second.map(symbolName), separator: ", ")
      feedback.append(Reason.ambiguousMessage(show(found.message), first: first, second: second).message)
      counterexample = ["message": show(found.message)]
    } else {
      feedback.append(Reason.decodableWithLookahead.message)
    }
    if analysis.kraftSum > .one {
      feedback.append(Reason.kraftAboveOne(analysis.kraftSum).message)
      if let impossible = belowEntropy(analysis.expectedLength) { feedback.append(impossible) }
    }
    if let m = matched { feedback.append(m.message) }
    return CheckOutcome(
      verdict: .incorrect, feedback: feedback, misconception: matched?.id,
      counterexample: counterexample, method: .exact)
  }

  private func matchMisconception(_ a: CodeAnalysis) -> Misconception? {
    let lengths = a.codewords.map(\.count)
    // A specific wrong code first, then general properties.
    for m in misconceptions {
      if case .codeLengths(let l) = m.match, l == lengths, a.isPrefixFree || m.id.contains("prefix") { return m }
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
    return Reason.belowEntropy(length: length, approximation: approx, unit: alphabet.unit).message
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
