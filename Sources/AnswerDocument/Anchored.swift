/// A node that carries an anchor (`&name`), as an alias (`*name`) repeats it.
struct Anchored {
  /// The node itself (aliases share it: a value type, so repeating it copies nothing).
  var node: AnswerNode
  /// Its mark, and the number of collections that enclosed it.
  var at: SourceLocation
  var depth: Int
  /// Its tag as YAML resolves it (for telling keys apart).
  var tag: String
  /// Its descendants' entries in ``NodeBudget/entries``.
  var descendants: Range<Int>

  var isScalar: Bool {
    if case .scalar = node { return true }
    return false
  }
}
