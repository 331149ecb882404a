import Language

extension Expression {
  /// The expression's structure as text, without offsets: two expressions have the same key
  /// exactly when they are the same tree with the same names, operators and numbers (value and
  /// written text), so they evaluate alike and print alike. Every atom is length-prefixed and
  /// every node bracketed, so no two trees share a key (``writtenText`` is for people: it
  /// adds parentheses the tree does not have, so two spellings of one tree may differ).
  package var structuralKey: String {
    var key = ""
    appendKey(to: &key)
    return key
  }

  private func appendKey(to key: inout String) {
    func atom(_ s: String) { key += "\(s.utf8.count):\(s)" }
    switch self {
    case .number(let q, let text, _):
      key += "n"
      atom(q.description)
      atom(text)
    case .name(let n, _):
      key += "v"
      atom(n)
    case .negate(let x, _):
      key += "-("
      x.appendKey(to: &key)
      key += ")"
    case .binary(let op, let a, let b, _):
      key += "b"
      atom(op)
      key += "("
      a.appendKey(to: &key)
      b.appendKey(to: &key)
      key += ")"
    case .call(let f, let args, _):
      key += "c"
      atom(f)
      key += "\(args.count)("
      for a in args { a.appendKey(to: &key) }
      key += ")"
    case .list(let items, _):
      key += "l\(items.count)("
      for i in items { i.appendKey(to: &key) }
      key += ")"
    }
  }
}
