import Language

/// Formulas of the answer grammar as presentation MathML, built from the parsed expression so a
/// browser typesets fractions, roots, powers, sums, subscripts and matrices with no script or
/// network. Everything a learner wrote reaches the markup only through ``escape(_:)``.
enum MathML {
  /// `text` as one inline `<math>` element when it parses as an expression, a relation or a
  /// chain of relations (one row per step); nil when it is not a formula (prose, a codeword).
  static func formula(_ text: String) -> String? {
    // Scalars, not Characters: "\r\n" is one Character and would not split.
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String(String.UnicodeScalarView($0)) }
    if lines.filter({ !$0.trimmed.isEmpty }).count > 1 {
      return (try? Chain.parse(lines: lines)).map { math(chain($0)) }
    }
    // A plain decimal (a third of all answers) is its own MathML: no parse needed.
    let trimmed = text.trimmed
    if !trimmed.isEmpty, trimmed.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }),
      trimmed.utf8.filter({ $0 == 0x2E }).count <= 1, trimmed.utf8.first != 0x2E, trimmed.utf8.last != 0x2E
    {
      return math("<mn>\(trimmed)</mn>")
    }
    // Only a relation holds `= < > ≤ ≥ ≠`: try the one parse that can succeed.
    if text.unicodeScalars.contains(where: { "=<>≤≥≠".unicodeScalars.contains($0) }) {
      return (try? Parser.relation(text)).map { math(relation($0)) }
    }
    return (try? Parser.expression(text)).map { math(expression($0)) }
  }

  /// `name = value` for each variable of a counterexample, values in the answer grammar.
  static func assignments(_ values: [String: String]) -> String {
    math(
      values.keys.sorted().map { key in
        let value = (try? Parser.expression(values[key] ?? "")).map(expression) ?? "<mtext>\(escape(values[key] ?? ""))</mtext>"
        return identifier(key) + "<mo>=</mo>" + value
      }.joined(separator: "<mo separator=\"true\">,</mo><mspace width=\"0.5em\"/>"))
  }

  static func math(_ inner: String) -> String { "<math display=\"inline\"><mrow>\(inner)</mrow></math>" }

  static func relation(_ r: Relation) -> String {
    expression(r.lhs) + op(r.op) + expression(r.rhs)
  }

  static func op(_ o: Relation.Operator) -> String {
    let symbol: String
    switch o {
    case .equal: symbol = "="
    case .notEqual: symbol = "≠"
    case .less: symbol = "&lt;"
    case .lessOrEqual: symbol = "≤"
    case .greater: symbol = "&gt;"
    case .greaterOrEqual: symbol = "≥"
    }
    return "<mo>\(symbol)</mo>"
  }

  /// A chain as an aligned table: the start, then one row per step beginning with its relation;
  /// the learner's justification, if any, as text at the end of its row.
  static func chain(_ c: Chain) -> String {
    var rows: [String] = []
    for (k, step) in c.steps.enumerated() {
      let left = k == 0 ? expression(c.start) : ""
      let note = step.justification.map { "<mtd><mtext>  (\(escape($0)))</mtext></mtd>" } ?? ""
      rows.append("<mtr><mtd>\(left)</mtd><mtd>\(op(step.relation))</mtd><mtd>\(expression(step.to))</mtd>\(note)</mtr>")
    }
    return "<mtable columnalign=\"right center left left\">" + rows.joined() + "</mtable>"
  }

  /// Binding strength, for parentheses: sums 1, products 2, unary minus 3, powers 4, atoms 9.
  static func precedence(_ e: Expression) -> Int {
    switch e {
    case .binary(let o, _, _, _):
      switch o {
      case "+", "-": return 1
      case "*", "@": return 2
      case "/": return 5
      default: return 4
      }
    case .negate: return 3
    default: return 9
    }
  }

  static func fenced(_ inner: String, _ open: String = "(", _ close: String = ")") -> String {
    "<mrow><mo>\(open)</mo>\(inner)<mo>\(close)</mo></mrow>"
  }

  /// `e` rendered, in parentheses when it binds less tightly than `level`.
  static func operand(_ e: Expression, _ level: Int) -> String {
    precedence(e) < level ? fenced(expression(e)) : expression(e)
  }

  static func expression(_ e: Expression) -> String {
    switch e {
    case .number(_, let text, _): return "<mn>\(escape(text))</mn>"
    case .name(let n, _): return identifier(n)
    case .negate(let x, _): return "<mrow><mo>−</mo>\(operand(x, 2))</mrow>"
    case .binary(let o, let a, let b, _): return binary(o, a, b)
    case .call(let f, let args, _): return call(f, args)
    case .list(let items, _): return list(items)
    }
  }

  static func binary(_ o: String, _ a: Expression, _ b: Expression) -> String {
    switch o {
    case "+": return "<mrow>\(operand(a, 1))<mo>+</mo>\(operand(b, 2))</mrow>"
    case "-": return "<mrow>\(operand(a, 1))<mo>−</mo>\(operand(b, 2))</mrow>"
    case "*": return "<mrow>\(operand(a, 2))<mo>·</mo>\(operand(b, 4))</mrow>"
    case "@": return "<mrow>\(operand(a, 2))<mo>&#x2062;</mo>\(operand(b, 4))</mrow>"
    case "/": return "<mfrac>\(expression(a))\(expression(b))</mfrac>"
    case "^":
      if case .name("e", _) = a { return "<msup><mi>e</mi>\(expression(b))</msup>" }
      return "<msup>\(precedence(a) == 9 && !isFraction(a) ? expression(a) : fenced(expression(a)))\(expression(b))</msup>"
    default: return "<mrow>\(operand(a, 2))<mo>\(escape(o))</mo>\(operand(b, 4))</mrow>"
    }
  }

  static func isFraction(_ e: Expression) -> Bool {
    if case .binary("/", _, _, _) = e { return true }
    return false
  }
}
