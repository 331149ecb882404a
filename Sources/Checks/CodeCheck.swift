import Exact
import Language

/// Checks a `code` part: codewords over an alphabet, judged for a given source exactly.
///
/// Correct: prefix-free and as short on average as a Huffman code. Partial: prefix-free but
/// longer (the feedback names a pair of symbols to swap, or says the Kraft sum is below 1).
/// Incorrect: not prefix-free (the feedback names the word that is a prefix of another).
public struct CodeCheck: Sendable {
  /// The code alphabet.
  public enum Alphabet: String, Sendable {
    /// Digits `0`, `1`.
    case binary
    /// Digits `-1`, `0`, `1`, written as lists of integers or strings over `-`, `0`, `+`.
    case ternary

    public var radix: Int { self == .binary ? 2 : 3 }
    var unit: String { self == .binary ? "bits" : "trits" }
  }

  public var alphabet: Alphabet
  /// The source probabilities, one per symbol, in symbol order.
  public var probabilities: [Rational]
  /// Names of the symbols for feedback (`A`, `B`, `C` or `11`, `12`, …).
  public var symbolNames: [String]
  /// Credit for a prefix-free code that is not optimal.
  public var suboptimalCredit: Double
  public var misconceptions: [Misconception]

  public init(alphabet: Alphabet, probabilities: [Rational], symbolNames: [String]? = nil,
              suboptimalCredit: Double = 0.5, misconceptions: [Misconception] = []) {
    self.alphabet = alphabet
    self.probabilities = probabilities
    self.symbolNames = symbolNames ?? probabilities.indices.map { "symbol \($0 + 1)" }
    self.suboptimalCredit = suboptimalCredit
    self.misconceptions = misconceptions
  }

  /// Reads the codewords; an unreadable answer is an ``CheckOutcome/invalid(_:at:)`` outcome.
  public func readCodewords(_ answer: AnswerNode) -> Result<[[Int]], CheckOutcomeError> {
    guard case .sequence(let items, let at) = answer else {
      return .failure(CheckOutcomeError("expected a list of \(probabilities.count) codewords, one per symbol, quoted, like [\"1\", \"01\", \"001\"]; found \(answer.shapeDescription)", at: answer.location))
    }
    guard items.count == probabilities.count else {
      return .failure(CheckOutcomeError("expected \(probabilities.count) codewords (one per symbol, in order), found \(items.count)", at: at))
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

  private func readWord(_ node: AnswerNode) -> Result<[Int], CheckOutcomeError> {
    switch (alphabet, node) {
    case (.binary, .scalar(let s)):
      let text = s.text.trimmed
      let lead = s.text.prefix(while: { $0.isWhitespace }).count
      guard !text.isEmpty else { return .failure(CheckOutcomeError("a codeword is empty: every symbol needs at least one digit", at: node.location)) }
      guard text.count <= 4096 else { return .failure(CheckOutcomeError("a codeword longer than 4096 digits", at: node.location)) }
      var digits: [Int] = []
      for (k, ch) in text.enumerated() {
        guard ch == "0" || ch == "1" else {
          return .failure(CheckOutcomeError("'\(text)' is not a binary codeword: use only 0 and 1 (quote it, as \"\(text)\")", at: s.location(ofOffset: lead + k)))
        }
        digits.append(ch == "0" ? 0 : 1)
      }
      return .success(digits)
    case (.ternary, .scalar(let s)):
      let text = s.text.trimmed
      let lead = s.text.prefix(while: { $0.isWhitespace }).count
      guard !text.isEmpty, text.count <= 4096 else { return .failure(CheckOutcomeError("a codeword must have 1 to 4096 trits", at: node.location)) }
      var digits: [Int] = []
      for (k, ch) in text.enumerated() {
        switch ch {
        case "-", "−": digits.append(0)
        case "0": digits.append(1)
        case "+": digits.append(2)
        default: return .failure(CheckOutcomeError("'\(text)' is not a ternary codeword: write it over '-', '0', '+' or as a list of -1, 0, 1", at: s.location(ofOffset: lead + k)))
        }
      }
      return .success(digits)
    case (.ternary, .sequence(let items, _)):
      guard !items.isEmpty, items.count <= 4096 else { return .failure(CheckOutcomeError("a codeword must have 1 to 4096 trits", at: node.location)) }
      var digits: [Int] = []
      for item in items {
        guard case .scalar(let s) = item, let d = ["-1": 0, "0": 1, "1": 2, "+1": 2][s.text.trimmed] else {
          return .failure(CheckOutcomeError("a trit is -1, 0 or 1", at: item.location))
        }
        digits.append(d)
      }
      return .success(digits)
    default:
      return .failure(CheckOutcomeError("a codeword is a string of digits, like \"10\"", at: node.location))
    }
  }

  private func show(_ word: [Int]) -> String {
    switch alphabet {
    case .binary: return "\"" + word.map(String.init).joined() + "\""
    case .ternary: return "\"" + word.map { ["-", "0", "+"][$0] }.joined() + "\""
    }
  }

  /// Judges an answer.
  public func check(_ answer: AnswerNode) -> CheckOutcome {
    let words: [[Int]]
    switch readCodewords(answer) {
    case .success(let w): words = w
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    let analysis: CodeAnalysis
    do {
      analysis = try CodeAnalysis(codewords: words, radix: alphabet.radix, probabilities: probabilities)
    } catch {
      return .invalid("the code could not be analysed: \(error)", at: answer.location)
    }
    let matched = matchMisconception(analysis)
    let unit = alphabet.unit
    if let (i, j) = analysis.prefixViolation {
      let same = words[i] == words[j]
      var feedback = [same
        ? "\(symbolNames[i]) and \(symbolNames[j]) have the same codeword \(show(words[i])), so they cannot be told apart"
        : "not prefix-free: the codeword \(show(words[i])) of \(symbolNames[i]) is a prefix of \(show(words[j])) of \(symbolNames[j]), so a decoder that has read \(show(words[i])) cannot tell whether the symbol has ended"]
      var counterexample: [String: String]?
      if let found = AmbiguousMessage.find(words) {
        let a = found.first.map { symbolNames[$0] }.joined(separator: ", ")
        let b = found.second.map { symbolNames[$0] }.joined(separator: ", ")
        feedback.append("the message \(show(found.message)) reads as \(a) or as \(b)")
        counterexample = ["message": show(found.message)]
      } else {
        feedback.append("(this code happens to be uniquely decodable, but only with look-ahead: a prefix code decodes each symbol as soon as its last digit arrives)")
      }
      if analysis.kraftSum > .one {
        feedback.append("Kraft sum \(analysis.kraftSum) > 1: no uniquely decodable code has these lengths")
      }
      if let m = matched { feedback.append(m.feedback) }
      return CheckOutcome(verdict: .incorrect, feedback: feedback, misconception: matched?.id,
                          counterexample: counterexample, method: "decided exactly")
    }
    let summary = "prefix-free; Kraft sum \(analysis.kraftSum); expected length \(analysis.expectedLength) \(unit)"
    if analysis.isOptimal {
      var text = summary
      if alphabet == .binary, let entropy = try? entropyBits(), entropy == analysis.expectedLength {
        text += " = entropy, optimal"
      } else {
        text += ", optimal (equal to a Huffman code)"
      }
      return CheckOutcome(verdict: .correct, feedback: [text], method: "decided exactly")
    }
    var feedback = [summary + ", but a code with a shorter expected length exists."]
    var counterexample: [String: String]?
    if let (i, j) = analysis.misassignedPair {
      let gain = (probabilities[i] - probabilities[j]) * Rational(words[i].count - words[j].count)
      feedback.append("\(symbolNames[i]) (p = \(probabilities[i])) has a longer codeword than \(symbolNames[j]) (p = \(probabilities[j])): swapping their codewords shortens the expected length by \(gain) \(unit).")
      counterexample = ["swap": "\(symbolNames[i]), \(symbolNames[j])"]
    } else if analysis.kraftSum < .one {
      feedback.append("Kraft sum \(analysis.kraftSum) < 1: some codeword can be shortened without breaking the prefix property.")
    }
    if let m = matched { feedback.append(m.feedback) }
    return CheckOutcome(verdict: .partial, feedback: feedback, misconception: matched?.id,
                        counterexample: counterexample, method: "decided exactly", credit: suboptimalCredit)
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
public struct CheckOutcomeError: Error, Sendable {
  public var message: String
  public var location: SourceLocation?
  public init(_ message: String, at location: SourceLocation?) {
    self.message = message
    self.location = location
  }
}
