/// Rewrites the notation learners type or paste into the answer grammar's own spelling, before
/// the lexer reads it: `√` is `sqrt`, `Σ` is `sum`, superscript digits are powers (`x²` is `x^2`,
/// `x⁻¹` is `x^(-1)`), vulgar fractions are quotients (`½` is `(1/2)`), and a LaTeX subset reads
/// as written (`\frac{a}{b}`, `\sqrt{x}`, `\log`, `\ln`, `\exp`, `\max`, `\min`, `\sum`, `\lambda`,
/// `\cdot`, `\times`, `\left(`, `\right)`, `x^{n}`, `\log_2`, `\geq`, `\leq`, `\neq`), and `|x|` is `abs(x)`.
///
/// Every character of the result remembers the offset of the character it came from, so errors
/// still point into what the learner wrote.
struct LearnerNotation {
  private(set) var chars: [Character] = []
  /// For each character of ``chars``, the offset of its source character.
  private(set) var origin: [Int] = []

  static let superscripts: [Character: Character] = [
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    "⁻": "-", "⁺": "+",
  ]
  static let fractions: [Character: String] = [
    "½": "(1/2)", "⅓": "(1/3)", "⅔": "(2/3)", "¼": "(1/4)", "¾": "(3/4)", "⅕": "(1/5)", "⅙": "(1/6)", "⅛": "(1/8)",
  ]
  static let symbols: [Character: String] = ["√": "sqrt", "Σ": "sum", "∑": "sum"]
  /// LaTeX commands read as a word of the grammar (an empty word drops the command).
  static let commands: [String: String] = [
    "sqrt": "sqrt", "log": "log", "ln": "ln", "exp": "exp", "max": "max", "min": "min", "sum": "sum",
    "lambda": "lambda", "cdot": "*", "times": "*", "left": "", "right": "", "mathrm": "", "operatorname": "",
    "geq": ">=", "ge": ">=", "leq": "<=", "le": "<=", "neq": "!=", "ne": "!=",
  ]

  /// A LaTeX brace group: plain grouping, or the numerator or denominator of `\frac`.
  private enum Brace { case plain, numerator, denominator }

  init(_ source: [Character]) {
    var braces: [Brace] = []
    var fracExpects: Brace?
    var insideBars = false
    var i = 0
    while i < source.count {
      let c = source[i]
      if c == "\\", i + 1 < source.count, source[i + 1].isLetter {
        i = command(source, from: i, fracExpects: &fracExpects)
        continue
      }
      if c == "\\", i + 1 < source.count, ",;! ".contains(source[i + 1]) {
        emit(" ", i)   // LaTeX spacing: `\,` `\;` `\!` `\ `
        i += 2
        continue
      }
      switch c {
      case "|":
        // `|a - b|`: bars open and close an absolute value, in turn.
        emit(insideBars ? ")" : "abs(", i)
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
          emit(word + " ", i)   // `√2` is `sqrt 2`, not the name `sqrt2`
        } else {
          emit(String(c), i)
        }
      }
      i += 1
    }
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
    guard let word = LearnerNotation.commands[name] else {
      emit(String(source[start..<j]), start)
      return j
    }
    emit(word, start)
    // `\sum_{i=1}^{n}`: the summation's limits are implied by the vector; drop them.
    if name == "sum" { return LearnerNotation.skipLimits(source, from: j) }
    // `\log_2 x`, `\log_{2}`, `\log_{10}`: the base-2 and base-10 logs.
    if name == "log", j < source.count, source[j] == "_" {
      let rest = String(source[(j + 1)..<min(source.count, j + 5)])
      for (written, base) in [("{10}", "10"), ("10", "10"), ("{2}", "2"), ("2", "2")] where rest.hasPrefix(written) {
        emit(base, j)
        return j + 1 + written.count
      }
    }
    // A space after a word-command keeps `\log x` and `\log\sum` as two words.
    if word.last?.isLetter == true { emit(" ", start) }
    return j
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
          if source[j] == "}" { depth -= 1; if depth == 0 { j += 1; break } }
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
