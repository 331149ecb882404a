import Localization

/// Splits answer text into tokens, normalising the Unicode students paste (`−`, `·`, `×`, `λ`,
/// `≤`, `≥`, `≠`), full-width forms and numpy prefixes (`np.log`).
struct Lexer {
  private let chars: [Character]
  /// The text's bytes when each is one of ``chars`` (plain ASCII without `\r\n`, one Character
  /// of two bytes): names and numbers are then made from bytes, not through a Character slice.
  private let ascii: [UInt8]?
  /// For each character of ``chars`` (learners' notation rewritten), its offset in the text.
  private let origin: [Int]
  private let sourceCount: Int
  private var i = 0

  init(_ text: String) {
    // Most text (every expression of the exercise files, most answers) is plain ASCII with no
    // notation to rewrite: taken as it is, without a look at each character.
    if Lexer.isPlain(text) {
      chars = Array(text)
      let bytes = Array(text.utf8)
      ascii = bytes.count == chars.count ? bytes : nil
      origin = Array(chars.indices)
      sourceCount = chars.count
      return
    }
    let source = text.map(Lexer.halfWidth)
    let notation = LearnerNotation(source)
    chars = notation.chars
    ascii = nil
    origin = notation.origin
    sourceCount = source.count
  }

  /// The characters at `range` as a String.
  private func text(_ range: Range<Int>) -> String {
    if let ascii { return String(decoding: ascii[range], as: UTF8.self) }
    return String(chars[range])
  }

  /// The ASCII bytes that always start learners' notation (``LearnerNotation/mayRewrite(_:at:)``):
  /// `\ ! | { }`.
  private static let notationBytes: [Bool] = (0..<128).map { "\\!|{}".utf8.contains(UInt8($0)) }

  /// Whether `text` is ASCII with nothing for ``LearnerNotation`` to rewrite: none of
  /// ``notationBytes``, no `log_` (a written base), and no `^` that may start a transpose mark
  /// (`^T`, `^{T}`, `^\top`; `x^2` is plain).
  static func isPlain(_ text: String) -> Bool {
    var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
    var caret = false
    for b in text.utf8 {
      guard b < 0x80, !notationBytes[Int(b)] else { return false }
      if caret, b == UInt8(ascii: "T") { return false }
      if b == UInt8(ascii: "_"), previous == (UInt8(ascii: "l"), UInt8(ascii: "o"), UInt8(ascii: "g")) { return false }
      caret = b == UInt8(ascii: "^")
      previous = (previous.1, previous.2, b)
    }
    return true
  }

  /// The offset in the learner's text of offset `k` of the rewritten text.
  private func original(_ k: Int) -> Int { k < origin.count ? origin[k] : sourceCount }

  /// A Korean (or Chinese, Japanese) input method left in full-width mode types `２`, `（`, `，`
  /// and the ideographic space: read them as the ASCII characters they stand for. One character
  /// for one, so offsets into the text are unchanged.
  static func halfWidth(_ c: Character) -> Character {
    guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return c }
    if v == 0x3000 { return " " }
    guard (0xFF01...0xFF5E).contains(v), let ascii = Unicode.Scalar(v - 0xFEE0) else { return c }
    return Character(ascii)
  }

  static func tokenize(_ text: String) throws(ExpressionError) -> [Token] {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      var t: Token
      do { t = try lexer.next() } catch {
        var located = error
        located.offset = lexer.original(error.offset)
        throw located
      }
      let start = lexer.original(t.offset)
      let end = t.length > 0 ? lexer.original(t.offset + t.length - 1) + 1 : start
      t.offset = start
      t.length = max(0, end - start)
      tokens.append(t)
      if t.kind == .end { return tokens }
    }
  }

  private func peek(_ k: Int = 0) -> Character? { i + k < chars.count ? chars[i + k] : nil }

  // ASCII decides by its byte; only other characters ask Unicode's properties (the lexer reads
  // every expression of the exercise files at start-up, nearly all of it ASCII).
  private static func isIdentifierStart(_ c: Character) -> Bool {
    guard let a = c.asciiValue else { return c.isLetter }
    return isASCIILetter(a) || a == UInt8(ascii: "_")
  }
  private static func isIdentifierPart(_ c: Character) -> Bool {
    guard let a = c.asciiValue else { return c.isLetter || c.isNumber }
    return isASCIILetter(a) || isASCIIDigit(a) || a == UInt8(ascii: "_")
  }
  private static func isDigit(_ c: Character?) -> Bool { c?.asciiValue.map(isASCIIDigit) ?? false }
  private static func isWhitespace(_ c: Character) -> Bool {
    guard let a = c.asciiValue else { return c.isWhitespace }
    return a == UInt8(ascii: " ") || (9...13).contains(a)
  }
  private static func isASCIILetter(_ a: UInt8) -> Bool { (65...90).contains(a) || (97...122).contains(a) }
  private static func isASCIIDigit(_ a: UInt8) -> Bool { (48...57).contains(a) }

  /// The byte at `k` when the text is plain ASCII (``ascii``), else the character's ASCII value
  /// (nil past the end or for a character outside ASCII).
  private func asciiAt(_ k: Int) -> UInt8? {
    guard k < chars.count else { return nil }
    if let ascii { return ascii[k] }
    return chars[k].asciiValue
  }

  /// Whether the character at `k` is a digit, an identifier's character or whitespace: by its
  /// byte in ASCII text, by Unicode's properties otherwise.
  private func isDigit(at k: Int) -> Bool { asciiAt(k).map(Lexer.isASCIIDigit) ?? false }
  private func isIdentifierPart(at k: Int) -> Bool {
    guard k < chars.count else { return false }
    if let a = asciiAt(k) { return Lexer.isASCIILetter(a) || Lexer.isASCIIDigit(a) || a == UInt8(ascii: "_") }
    return Lexer.isIdentifierPart(chars[k])
  }
  private func isWhitespace(at k: Int) -> Bool {
    guard k < chars.count else { return false }
    if let a = asciiAt(k) { return a == UInt8(ascii: " ") || (9...13).contains(a) }
    return Lexer.isWhitespace(chars[k])
  }

  mutating func next() throws(ExpressionError) -> Token {
    while isWhitespace(at: i) { i += 1 }
    guard let c = peek() else { return Token(kind: .end, offset: i, length: 0) }
    let start = i
    func token(_ kind: Token.Kind, _ length: Int) -> Token {
      i += length
      return Token(kind: kind, offset: start, length: length)
    }
    if let t = punctuation(c, at: start) { return t }
    if isDigit(at: start) || (c == "." && isDigit(at: start + 1)) {
      return try number(start)
    }
    // numpy's `x.T`, `x.sum()`: the parser reads what follows the dot.
    if c == "." { return token(.dot, 1) }
    if c == "\\" { throw Lexer.unknownCommand(chars, from: start) }
    // `λ` is a name of its own, as on paper: `e^(−λa)` is e^(−λ·a), not the name `λa`.
    if c == "λ" { return token(.identifier("lambda"), 1) }
    if Lexer.isIdentifierStart(c) {
      while isIdentifierPart(at: i), ascii != nil || chars[i] != "λ" { i += 1 }
      var name = text(start..<i)
      // `np.log(x)` and `numpy.log(x)` read as `log(x)`, so code from the seeds reads as written.
      // `ln2` is ln 2, as learners write it (`log2` stays the function).
      if name.count > 2, name.hasPrefix("ln"), name.dropFirst(2).allSatisfy(Lexer.isDigit) {
        i = start + 2
        return Token(kind: .identifier("ln"), offset: start, length: 2)
      }
      if name == "np" || name == "numpy" || name == "math" || name == "torch", peek() == ".",
        let d = peek(1), Lexer.isIdentifierStart(d)
      {
        i += 1
        let nameStart = i
        while isIdentifierPart(at: i) { i += 1 }
        name = text(nameStart..<i)
      }
      return Token(kind: .identifier(name), offset: start, length: i - start)
    }
    if c == "∇" || c == "∂" {
      // `vᵀ∇²g(o)v`, `∂L/∂o` as the book prints them: say what to write instead.
      throw ExpressionError(
        .syntax,
        en: "'\(c)' is not computed here: write the derivative out as a formula (a gradient or Hessian by what it equals)",
        ko: "'\(c)'는 여기서 계산하지 않습니다: 미분을 식으로 풀어 쓰세요 (그래디언트나 헤시안은 그것과 같은 식으로)", at: start)
    }
    throw ExpressionError(.syntax, en: "unexpected character '\(c)'", ko: "여기에 올 수 없는 문자입니다: '\(c)'", at: start)
  }

  /// The one- or two-character tokens (brackets, operators, relations) and a comment, or nil.
  /// ASCII is told by its byte, not by comparing Characters as strings.
  private mutating func punctuation(_ c: Character, at start: Int) -> Token? {
    func token(_ kind: Token.Kind, _ length: Int) -> Token {
      i += length
      return Token(kind: kind, offset: start, length: length)
    }
    let nextByte = asciiAt(start + 1)
    guard let a = asciiAt(start) else {
      switch c {
      case "−", "–": return token(.op("-"), 1)
      case "·", "×", "⋅": return token(.op("*"), 1)
      case "÷": return token(.op("/"), 1)
      case "≤": return token(.relation(.lessOrEqual), 1)
      case "≥": return token(.relation(.greaterOrEqual), 1)
      case "≠": return token(.relation(.notEqual), 1)
      default: return nil
      }
    }
    let equals = nextByte == UInt8(ascii: "=")
    switch a {
    case UInt8(ascii: "#"):
      // A comment runs to the end of the text (a chain step's justification).
      i = chars.count
      return Token(kind: .end, offset: start, length: 0)
    case UInt8(ascii: "("): return token(.leftParen, 1)
    case UInt8(ascii: ")"): return token(.rightParen, 1)
    case UInt8(ascii: "["): return token(.leftBracket, 1)
    case UInt8(ascii: "]"): return token(.rightBracket, 1)
    case UInt8(ascii: ","): return token(.comma, 1)
    case UInt8(ascii: "+"): return token(.op("+"), 1)
    case UInt8(ascii: "-"): return token(.op("-"), 1)
    case UInt8(ascii: "*"): return nextByte == UInt8(ascii: "*") ? token(.op("^"), 2) : token(.op("*"), 1)
    case UInt8(ascii: "/"): return token(.op("/"), 1)
    case UInt8(ascii: "^"): return token(.op("^"), 1)
    case UInt8(ascii: "@"): return token(.op("@"), 1)
    case UInt8(ascii: "="): return token(.relation(.equal), equals ? 2 : 1)
    case UInt8(ascii: "<"): return equals ? token(.relation(.lessOrEqual), 2) : token(.relation(.less), 1)
    case UInt8(ascii: ">"): return equals ? token(.relation(.greaterOrEqual), 2) : token(.relation(.greater), 1)
    case UInt8(ascii: "!") where equals: return token(.relation(.notEqual), 2)
    default: return nil
    }
  }

  /// A number: digits, optional fraction, optional exponent. Fractions like `3/2` are parsed
  /// as division, which is exact anyway.
  private mutating func number(_ start: Int) throws(ExpressionError) -> Token {
    while isDigit(at: i) { i += 1 }
    if asciiAt(i) == UInt8(ascii: "."), !(peek(1).map(Lexer.isIdentifierStart) ?? false) {
      i += 1
      while isDigit(at: i) { i += 1 }
    }
    if let e = peek(), e == "e" || e == "E" {
      // Only an exponent if digits follow (`2e` alone is `2` then the constant `e`: an error later).
      var k = 1
      if let s = peek(1), s == "+" || s == "-" { k = 2 }
      if isDigit(at: i + k) {
        i += k
        while isDigit(at: i) { i += 1 }
      }
    }
    let written = text(start..<i)
    if let d = peek(), Lexer.isIdentifierStart(d) {
      var end = i
      while isIdentifierPart(at: end) { end += 1 }
      let word = text(i..<end)
      if ExpressionError.unitWords.contains(word.lowercased()) { throw ExpressionError.unitAfterNumber(word, at: i) }
      // Otherwise `2x`, `2log(2)`: the parser reads the juxtaposition as multiplication.
    }
    return Token(kind: .number(written), offset: start, length: i - start)
  }

  /// A backslash command the LaTeX subset does not read, named with the ones it does.
  private static func unknownCommand(_ chars: [Character], from start: Int) -> ExpressionError {
    var end = start + 1
    while end < chars.count, chars[end].isLetter { end += 1 }
    let name = String(chars[start..<end])
    let known =
      "\\frac{1}{2}, \\sqrt{x}, \\log, \\ln, \\exp, \\max, \\min, \\sum, \\lambda, \\cdot, \\times, \\left( \\right), \\geq, \\leq, \\neq, x^{n}"
    return ExpressionError(
      .syntax,
      en: "softcheck does not read the LaTeX command '\(name)': it reads \(known); or write the answer grammar, e.g. log(2)",
      ko: "LaTeX 명령 \(KoreanParticle.object.after("'\(name)'")) 읽을 수 없습니다: 읽을 수 있는 것은 \(known)입니다. 또는 log(2)처럼 답안 문법으로 쓰세요",
      at: start)
  }
}
