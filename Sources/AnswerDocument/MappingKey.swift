/// A key of a mapping, as the duplicate check compares it: YAML keys are equal when their text
/// and resolved tag are (`a` and `"a"` are the same key; `!x a` is another).
struct MappingKey {
  enum Identity: Hashable {
    case scalar(String, tag: String)
    /// A sequence or mapping used as a key (refused anyway, but two equal ones are first a
    /// duplicate, as YAML sees it): its shape written out, or nil when too large to compare.
    case collection(String?, tag: String, index: Int)
  }

  var identity: Identity
  /// The key's text, for scalar keys.
  var name: String?
  var at: SourceLocation

  /// A key node's identity: scalars by text and tag, collections by a written-out shape.
  init(_ node: AnswerNode, tag: String, at: SourceLocation, index: Int) {
    self.at = at
    if case .scalar(let s) = node {
      identity = .scalar(s.text, tag: tag)
      name = s.text
    } else {
      let shape = MappingKey.shape(of: node)
      identity = .collection(shape, tag: tag, index: shape == nil ? index : 0)
      name = nil
    }
  }

  /// The first duplicated key of a mapping and where it first appears, or nil. Among several,
  /// the one whose text sorts first (as Yams chose it).
  static func firstDuplicate(in keys: [MappingKey]) -> (name: String, at: SourceLocation)? {
    guard keys.count > 1 else { return nil }
    var repeated: Set<Int> = []
    if keys.count <= 16 {
      // A few keys (most mappings) are compared pairwise: cheaper than hashing each.
      for k in 1..<keys.count {
        if let j = keys[..<k].firstIndex(where: { $0.identity == keys[k].identity }) { repeated.insert(j) }
      }
    } else {
      var first: [Identity: Int] = [:]
      for (k, key) in keys.enumerated() {
        if let j = first[key.identity] { repeated.insert(j) } else { first[key.identity] = k }
      }
    }
    guard !repeated.isEmpty else { return nil }
    let candidates = repeated.sorted().map { keys[$0] }
    let named = candidates.filter { $0.name != nil }.min { $0.name! < $1.name! }
    let chosen = named ?? candidates[0]
    return (chosen.name ?? "<uncovertable>", chosen.at)
  }

  /// A collection written out for comparison, iteratively (aliases can make it deep), or nil past
  /// `limit` nodes (such a key is compared by position only).
  static func shape(of node: AnswerNode, limit: Int = 10_000) -> String? {
    var out = ""
    var pending = [node]
    var visited = 0
    while let next = pending.popLast() {
      visited += 1
      if visited > limit { return nil }
      switch next {
      case .scalar(let s): out += "s\(s.text.utf8.count):" + s.text
      case .sequence(let items, _):
        out += "q\(items.count)"
        pending.append(contentsOf: items.reversed())
      case .mapping(let pairs, _):
        out += "m\(pairs.count)"
        for pair in pairs.reversed() {
          pending.append(pair.value)
          pending.append(.scalar(pair.key))
        }
      }
    }
    return out
  }
}
