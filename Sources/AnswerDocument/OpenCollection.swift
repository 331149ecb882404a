/// A sequence or mapping whose start event has been read and whose end has not: one level of the
/// builder's explicit stack.
struct OpenCollection {
  enum Kind { case sequence, mapping }

  let kind: Kind
  let at: SourceLocation
  /// Collections enclosing this one.
  let depth: Int
  let anchor: String?
  let tag: String
  /// A key or inside one: nothing in it is counted (a key is refused unless it is a scalar).
  let inKey: Bool
  /// Its own entry in ``NodeBudget/entries`` (its descendants follow).
  let firstEntry: Int

  var items: [AnswerNode] = []
  var pairs: [(key: AnswerNode.ScalarText, value: AnswerNode)] = []
  var keys: [MappingKey] = []
  /// A mapping's key read, its value not yet.
  var pendingKey: AnswerNode.ScalarText?

  /// Whether the next node read into this collection is a mapping key.
  var expectsKey: Bool { kind == .mapping && pendingKey == nil }

  /// The finished node.
  var node: AnswerNode {
    kind == .sequence ? .sequence(items, at: at) : .mapping(pairs, at: at)
  }

  /// Adds a finished child: an item, a key, or the value of the pending key.
  mutating func add(_ child: AnswerNode, tag: String, at childAt: SourceLocation) {
    switch kind {
    case .sequence:
      items.append(child)
    case .mapping:
      if let key = pendingKey {
        pairs.append((key, child))
        pendingKey = nil
      } else {
        keys.append(MappingKey(child, tag: tag, at: childAt, index: keys.count))
        // A collection key is refused before the tree is returned; its place holds nothing.
        if case .scalar(let s) = child { pendingKey = s } else { pendingKey = .init(text: "", lineStarts: []) }
      }
    }
  }
}
