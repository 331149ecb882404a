import Localization

/// An answer written as a labelled equation, `H = log2(3)` or `softmin(a, b) = -log(...)`: the
/// label names what is given, and the right-hand side is the answer.
struct LabelledAnswer {
  /// The label as written (`H`, `softmin(a, b)`).
  var label: String
  /// The answer after the `=`.
  var body: String
  /// Where the body starts in the whole text, in characters (for error locations).
  var offset: Int

  /// Reads `label = body` when the text has exactly one `=` that is no part of `==`, `<=`, `>=`,
  /// `!=`, and the label is a short name or call (`H`, `H(X)`, `D_KL`, `∇²g(o)`, `g(x + b)`), not an
  /// expression in its own right (`a + b = c` is left alone).
  init?(_ text: String) {
    let chars = Array(text)
    var at: Int?
    for (k, c) in chars.enumerated() where c == "=" {
      let before = k > 0 ? chars[k - 1] : " "
      let after = k + 1 < chars.count ? chars[k + 1] : " "
      guard !"=<>!".contains(before), after != "=" else { return nil }
      guard at == nil else { return nil }
      at = k
    }
    guard let k = at else { return nil }
    let label = String(chars[..<k]).trimmed
    let allowed = { (c: Character) in c.isLetter || c.isNumber || "_()[], '‖|∇²ᵀ^.".contains(c) }
    guard !label.isEmpty, label.count <= 24, label.first?.isLetter == true || label.first == "∇",
      label.allSatisfy(allowed) || Self.isCall(label), !String(chars[(k + 1)...]).trimmed.isEmpty
    else { return nil }
    self.label = label
    body = String(chars[(k + 1)...])
    offset = k + 1
  }

  /// A name applied to arguments, the whole label: `g(x + b)`, `P(y = 1 | x)` aside (no `=`).
  private static func isCall(_ label: String) -> Bool {
    guard let open = label.firstIndex(of: "("), label.last == ")",
      label[..<open].trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    else { return false }
    var depth = 0
    for i in label[open...].indices {
      if label[i] == "(" { depth += 1 }
      if label[i] == ")" { depth -= 1 }
      // The parentheses opened first close only at the end: `g(x) + h(y)` is an expression.
      if depth == 0 { return label.index(after: i) == label.endIndex }
    }
    return false
  }

  /// Says which side was judged.
  static func note(_ label: String) -> Message {
    CheckOutcome.Reason.labelRead(label: label).message
  }
}
