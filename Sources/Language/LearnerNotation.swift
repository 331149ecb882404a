/// Rewrites the notation learners type or paste into the answer grammar's own spelling, before
/// the lexer reads it: `√` is `sqrt`, `Σ` is `sum`, superscript digits are powers (`x²` is `x^2`,
/// `x⁻¹` is `x^(-1)`), `σ(z)` is `sigmoid(z)`, `⊙` is `*`, `log₂` is `log2`, vulgar fractions are quotients (`½` is `(1/2)`), and a LaTeX subset reads
/// as written (`\frac{a}{b}`, `\sqrt{x}`, `\log`, `\ln`, `\exp`, `\max`, `\min`, `\sum`, `\lambda`,
/// `\cdot`, `\times`, `\left(`, `\right)`, `x^{n}`, `\log_2`, `\geq`, `\leq`, `\neq`), `|x|` is `abs(x)`, and the
/// KL divergence as printed (`D(p‖q)`, `KL(p || q)`, `D_{KL}(p \| q)`) is `kl(p, q)`.
///
/// Every character of the result remembers the offset of the character it came from, so errors
/// still point into what the learner wrote.
struct LearnerNotation {
  private(set) var chars: [Character] = []
  /// For each character of ``chars``, the offset of its source character.
  private(set) var origin: [Int] = []
  /// Where a divergence's `‖` stands (offset: length), read as the comma between its arguments.
  private var divergenceBars: [Int: Int] = [:]

  static let superscripts: [Character: Character] = [
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    "⁻": "-", "⁺": "+",
  ]
  static let fractions: [Character: String] = [
    "½": "(1/2)", "⅓": "(1/3)", "⅔": "(2/3)", "¼": "(1/4)", "¾": "(3/4)", "⅕": "(1/5)", "⅙": "(1/6)", "⅛": "(1/8)",
  ]
  /// `⊙` is the elementwise product.
  static let symbols: [Character: String] = [
    "√": "sqrt", "Σ": LearnerNotation.sigma, "∑": LearnerNotation.sigma, "⊙": "*",
  ]
  /// Subscript digits, as in a printed base: `log₂ 8`, `log₁₀ x`.
  static let subscripts: [Character: Character] = [
    "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
  ]
  /// The summation sign, as the parser sees it: its scope is the product that follows (`Σ p log p`),
  /// unless parentheses follow at once (`Σ(p)`, a call).
  static let sigma = "__sigma"
  /// LaTeX commands read as a word of the grammar (an empty word drops the command).
  static let commands: [String: String] = [
    "sqrt": "sqrt", "log": "log", "ln": "ln", "exp": "exp", "max": "max", "min": "min", "sum": LearnerNotation.sigma,
    "lambda": "lambda", "cdot": "*", "times": "*", "left": "", "right": "", "mathrm": "", "operatorname": "",
    "geq": ">=", "ge": ">=", "leq": "<=", "le": "<=", "neq": "!=", "ne": "!=",
  ]

  /// A LaTeX brace group: plain grouping, or the numerator or denominator of `\frac`.
  private enum Brace { case plain, numerator, denominator }

  init(_ source: [Character]) {
    // Most text (every expression of the exercise files, read at each start) has nothing to
    // rewrite: it is kept as it is instead of being rebuilt character by character.
    if !source.indices.contains(where: { LearnerNotation.mayRewrite(source, at: $0) }) {
      chars = source
      origin = Array(source.indices)
      return
    }
    self = LearnerNotation(rewriting: source)
  }

  /// Whether a rule of ``init(rewriting:)`` may apply at `i` (a superset of where one does).
  static func mayRewrite(_ source: [Character], at i: Int) -> Bool {
    let c = source[i]
    if c.isASCII { return "\\!|{}_".contains(c) || transposeMark(source, at: i) != nil }
    return c == "ᵀ" || c == "σ" || c == "‖" || superscripts[c] != nil || fractions[c] != nil || symbols[c] != nil
      || subscripts[c] != nil
  }

  /// The text with every rule applied, character by character.
  init(rewriting source: [Character]) {
    var braces: [Brace] = []
    var fracExpects: Brace?
    var insideBars = false
    var i = 0
    while i < source.count {
      let c = source[i]
      if let length = divergenceBars[i] {
        emit(",", i)
        i += length
        continue
      }
      if c == "\\", i + 1 < source.count, source[i + 1].isLetter {
        i = command(source, from: i, fracExpects: &fracExpects)
        continue
      }
      if c == "\\", i + 1 < source.count, ",;! ".contains(source[i + 1]) {
        emit(" ", i)  // LaTeX spacing: `\,` `\;` `\!` `\ `
        i += 2
        continue
      }
      // `log_2(8)`, `log_{10} x` typed without a backslash.
      if c == "l", source[i...].starts(with: "log_"),
        i == 0 || !(source[i - 1].isLetter || source[i - 1].isNumber || source[i - 1] == "_"),
        let (base, end) = LearnerNotation.logBase(source, from: i + 3)
      {
        emit("log" + base + " ", i)
        i = end
        continue
      }
      if let next = bookSymbol(source, at: i) ?? divergence(source, at: i) {
        i = next
        continue
      }
      if let skip = LearnerNotation.transposeMark(source, at: i) {
        emit(".T", i)  // `pᵀ`, `p^T`, `p^{T}`, `p^\top`: numpy's `.T`
        i += skip
        continue
      }
      // `52!`: the factorial, read as numpy-style `52.factorial()` (`!=` stays a relation).
      if c == "!", i + 1 >= source.count || source[i + 1] != "=" {
        emit(".factorial()", i)
        i += 1
        continue
      }
      switch c {
      case "|":
        // `|a - b|`: bars open and close an absolute value, in turn.
        emit(insideBars ? ")" : " abs(", i)  // `λ|a-b|` is `λ abs(a-b)`, not the name `λabs`
        insideBars.toggle()
      case "{":
        let kind = fracExpects ?? .plain
        fracExpects = kind == .numerator ? .denominator : nil
        braces.append(kind)
        emit("(", i)
      case "}":
        let kind = braces.popLast() ?? .plain
        emit(kind == .numerator ? ")/" : kind == .denominator ? "))" : ")", i)
      case _ where LearnerNotation.superscripts[c] != nil:
        i = superscript(source, from: i)
        continue
      default:
        if let word = LearnerNotation.fractions[c] {
          emit(word, i)
        } else if let word = LearnerNotation.symbols[c] {
          emit(word + " ", i)  // `√2` is `sqrt 2`, not the name `sqrt2`
          // `Σ_i`, `Σ_{i=1}^n`: the limits are implied by the vector.
          if word == LearnerNotation.sigma { i = LearnerNotation.skipLimits(source, from: i + 1) - 1 }
        } else {
          emit(String(c), i)
        }
      }
      i += 1
    }
  }

  /// The book's own symbols: `log₂ 52` and `log₁₀(x)` (a subscript base, as printed) and `σ(z)`
  /// (the sigmoid, as the prompts write it; `σ1`, a standard deviation, stays a name). The index
  /// after what was read, or nil when nothing here is one.
  private mutating func bookSymbol(_ source: [Character], at i: Int) -> Int? {
    let c = source[i]
    if c == "l", source[i...].starts(with: "log"), i + 3 < source.count, LearnerNotation.subscripts[source[i + 3]] != nil,
      i == 0 || !(source[i - 1].isLetter || source[i - 1].isNumber || source[i - 1] == "_")
    {
      var j = i + 3
      var base = ""
      while j < source.count, let d = LearnerNotation.subscripts[source[j]] {
        base.append(d)
        j += 1
      }
      emit("log" + base + " ", i)
      return j
    }
    if c == "σ", source[(i + 1)...].first(where: { !$0.isWhitespace }) == "(" {
      emit("sigmoid", i)
      return i + 1
    }
    return nil
  }

  /// `D(p‖q)`, `KL(p || q)`, `D_KL(p \| q)`: the KL divergence as printed, read as `kl(p, q)`.
  /// Only a name of the divergence followed by parentheses holding the bars at their own level
  /// is read so (`max(|a|, |b|)` keeps its absolute values). The offset after `(`, or nil.
  private mutating func divergence(_ source: [Character], at i: Int) -> Int? {
    guard source[i] == "D" || source[i] == "K" || source[i] == "k",
      i == 0 || !(source[i - 1].isLetter || source[i - 1].isNumber || source[i - 1] == "_")
    else { return nil }
    var j = i
    while j < source.count, source[j].isLetter || source[j] == "_" || source[j] == "{" || source[j] == "}" { j += 1 }
    let name = String(source[i..<j].filter { $0 != "{" && $0 != "}" })
    guard ["D", "KL", "kl", "DKL", "Dkl", "D_KL", "D_kl", "KLD"].contains(name) else { return nil }
    while j < source.count, source[j] == " " { j += 1 }
    guard j < source.count, source[j] == "(", let bars = LearnerNotation.divergenceBars(source, insideFrom: j + 1) else {
      return nil
    }
    for (offset, length) in bars { divergenceBars[offset] = length }
    emit("kl(", i)
    return j + 1
  }

  /// The bars (`‖`, `||`, `\|`, `\parallel`) at the top level of the parentheses that open before
  /// `start`, as offset and length, or nil when there are none or the parentheses never close.
  private static func divergenceBars(_ source: [Character], insideFrom start: Int) -> [(Int, Int)]? {
    var depth = 0
    var bars: [(Int, Int)] = []
    var j = start
    while j < source.count {
      let c = source[j]
      if c == "(" { depth += 1 }
      if c == ")" {
        if depth == 0 { return bars.isEmpty ? nil : bars }
        depth -= 1
      }
      if depth == 0 {
        let rest = source[j...]
        for bar in ["‖", "||", "\\|", "\\parallel"] where rest.starts(with: bar) {
          bars.append((j, bar.count))
          j += bar.count - 1
          break
        }
      }
      j += 1
    }
    return nil
  }

  private mutating func emit(_ text: String, _ at: Int) {
    for ch in text {
      chars.append(ch)
      origin.append(at)
    }
  }

  /// `\name`: a known command becomes its word; `\frac` opens `((`; `\log_2` is `log2`; an
  /// unknown command is kept for the lexer to name.
  private mutating func command(_ source: [Character], from start: Int, fracExpects: inout Brace?) -> Int {
    var j = start + 1
    while j < source.count, source[j].isLetter { j += 1 }
    let name = String(source[(start + 1)..<j])
    if name == "frac" {
      emit("(", start)
      fracExpects = .numerator
      return j
    }
    // `\mathrm{diag}`, `\operatorname{diag}`: the name inside, as written.
    if name == "mathrm" || name == "operatorname", j < source.count, source[j] == "{",
      let close = source[j...].firstIndex(of: "}")
    {
      emit(String(source[(j + 1)..<close]), j + 1)
      return close + 1
    }
    guard let word = LearnerNotation.commands[name] else {
      emit(String(source[start..<j]), start)
      return j
    }
    emit(word, start)
    // `\sum_{i=1}^{n}`: the summation's limits are implied by the vector; drop them.
    if name == "sum" { return LearnerNotation.skipLimits(source, from: j) }
    // `\log_2 x`, `\log_{2}`, `\log_{10}`: the base-2 and base-10 logs.
    if name == "log", let (base, end) = LearnerNotation.logBase(source, from: j) {
      emit(base + " ", j)
      return end
    }
    // A space after a word-command keeps `\log x` and `\log\sum` as two words.
    if word.last?.isLetter == true { emit(" ", start) }
    return j
  }

  /// `_2`, `_{2}`, `_10`, `_{10}` after `log`: the base's digits and the offset after them.
  static func logBase(_ source: [Character], from j: Int) -> (String, Int)? {
    guard j < source.count, source[j] == "_" else { return nil }
    let rest = String(source[(j + 1)..<min(source.count, j + 5)])
    for (written, base) in [("{10}", "10"), ("10", "10"), ("{2}", "2"), ("2", "2")] where rest.hasPrefix(written) {
      return (base, j + 1 + written.count)
    }
    return nil
  }

  /// The length of a transpose mark at `i` (`ᵀ`, `^T`, `^⊤`, `^{T}`, `^\top`, `^{\top}`), or nil.
  static func transposeMark(_ source: [Character], at i: Int) -> Int? {
    if source[i] == "ᵀ" { return 1 }
    guard source[i] == "^" else { return nil }
    let rest = String(source[(i + 1)..<min(source.count, i + 8)])
    for mark in ["{\\top}", "\\top", "{T}", "{⊤}", "T", "⊤"] where rest.hasPrefix(mark) {
      let after = i + 1 + mark.count
      // `x^T2` or `x^Temp` is not a transpose mark.
      if after < source.count, source[after].isLetter || source[after].isNumber { return nil }
      return 1 + mark.count
    }
    return nil
  }

  /// The offset after `_x`, `_{...}`, `^x` and `^{...}` groups that follow a summation sign.
  private static func skipLimits(_ source: [Character], from start: Int) -> Int {
    var j = start
    while j < source.count, source[j] == "_" || source[j] == "^" {
      j += 1
      if j < source.count, source[j] == "{" {
        var depth = 0
        while j < source.count {
          if source[j] == "{" { depth += 1 }
          if source[j] == "}" {
            depth -= 1
            if depth == 0 {
              j += 1
              break
            }
          }
          j += 1
        }
      } else if j < source.count {
        j += 1
      }
    }
    return j
  }

  /// A run of superscript characters: `²` is `^2`, `⁻¹` is `^(-1)`.
  private mutating func superscript(_ source: [Character], from start: Int) -> Int {
    var j = start
    var digits = ""
    while j < source.count, let d = LearnerNotation.superscripts[source[j]] {
      digits.append(d)
      j += 1
    }
    emit(digits.first == "-" || digits.first == "+" ? "^(\(digits))" : "^\(digits)", start)
    return j
  }
}
