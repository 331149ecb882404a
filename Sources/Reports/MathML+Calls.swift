import Language

extension MathML {
  /// Greek letters written out in the grammar, shown as letters.
  static let greek: [String: String] = [
    "lambda": "λ", "mu": "μ", "sigma": "σ", "pi": "π", "theta": "θ", "alpha": "α", "beta": "β",
    "tau": "τ", "eta": "η", "epsilon": "ε", "delta": "δ", "gamma": "γ", "rho": "ρ", "phi": "φ",
  ]

  /// A name as an identifier: `mu1` as μ₁, `p_i` as p subscript i, `lambda` as λ.
  static func identifier(_ name: String) -> String {
    if let underscore = name.firstIndex(of: "_"), underscore != name.startIndex, name.index(after: underscore) != name.endIndex {
      let base = String(name[..<underscore])
      let sub = String(name[name.index(after: underscore)...])
      return "<msub>\(identifier(base))\(identifier(sub))</msub>"
    }
    let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }.count
    if digits > 0, digits < name.count {
      let base = String(name.dropLast(digits))
      let sub = String(name.suffix(digits))
      return "<msub>\(identifier(base))<mn>\(sub)</mn></msub>"
    }
    return "<mi>\(escape(greek[name] ?? name))</mi>"
  }

  static func arguments(_ args: [Expression]) -> String {
    fenced(args.map(expression).joined(separator: "<mo separator=\"true\">,</mo>"))
  }

  /// A named function applied to its arguments: `log(x)`, `softmax(o)`.
  static func applied(_ name: String, _ args: [Expression]) -> String {
    "<mrow><mi>\(escape(name))</mi><mo>&#x2061;</mo>\(arguments(args))</mrow>"
  }

  static func call(_ f: String, _ args: [Expression]) -> String {
    guard let x = args.first else { return applied(f, args) }
    switch (f, args.count) {
    case ("exp", 1): return "<msup><mi>e</mi>\(expression(x))</msup>"
    case ("sqrt", 1): return "<msqrt>\(expression(x))</msqrt>"
    case ("abs", 1): return fenced(expression(x), "|", "|")
    case ("floor", 1): return fenced(expression(x), "⌊", "⌋")
    case ("ceil", 1): return fenced(expression(x), "⌈", "⌉")
    case ("factorial", 1): return "<mrow>\(operand(x, 9))<mo>!</mo></mrow>"
    case ("transpose", 1): return "<msup>\(operand(x, 9))<mi>T</mi></msup>"
    case ("sum", 1): return "<mrow><mo>∑</mo>\(operand(x, 9))</mrow>"
    case ("sigmoid", 1): return "<mrow><mi>σ</mi>\(arguments(args))</mrow>"
    case ("log2", 1), ("log10", 1):
      return "<mrow><msub><mi>log</mi><mn>\(f.dropFirst(3))</mn></msub><mo>&#x2061;</mo>\(arguments(args))</mrow>"
    case ("kl", 2):
      return "<mrow><mi>D</mi>\(fenced(expression(x) + "<mo>‖</mo>" + expression(args[1])))</mrow>"
    case ("entropy", 1), ("cross_entropy", 2): return "<mrow><mi>H</mi>\(arguments(args))</mrow>"
    case ("dot", 2): return fenced(expression(x) + "<mo separator=\"true\">,</mo>" + expression(args[1]), "⟨", "⟩")
    case ("outer", 2): return "<mrow>\(operand(x, 9))<msup>\(operand(args[1], 9))<mi>T</mi></msup></mrow>"
    case ("huffman_lengths", 1): return "<mrow><msub><mi>ℓ</mi><mtext>Huffman</mtext></msub>\(arguments(args))</mrow>"
    default: return applied(f == "ln" ? "ln" : f, args)
    }
  }

  /// A bracketed list: a matrix when every item is a list, else a row vector.
  static func list(_ items: [Expression]) -> String {
    let rows: [[Expression]] = items.compactMap { if case .list(let r, _) = $0 { return r } else { return nil } }
    if !items.isEmpty, rows.count == items.count {
      let table = rows.map { "<mtr>" + $0.map { "<mtd>\(expression($0))</mtd>" }.joined() + "</mtr>" }.joined()
      return fenced("<mtable>\(table)</mtable>", "[", "]")
    }
    return fenced(items.map(expression).joined(separator: "<mo separator=\"true\">,</mo>"), "[", "]")
  }

  /// Text for MathML and hand-written HTML: `& < > " '` escaped, characters XML forbids dropped.
  static func escape(_ s: String) -> String { SafeText.xml(s) }
}
