/// The nodes a tree holds once aliases are expanded, counted as they are built: an alias bomb
/// costs what its expansion would, and fails at the very node where the budget runs out.
///
/// Keys are not counted (a key is a name, not a value). Every counted node's mark and depth is
/// kept in document order, so an alias can be charged node by node for the nodes it repeats
/// (an anchored node's descendants are a contiguous run of that list).
struct NodeBudget {
  /// A counted node: where it is and how many collections enclose it.
  struct Entry {
    var at: SourceLocation
    var depth: Int
  }

  let maxNodes: Int
  let maxDepth: Int
  private(set) var entries: [Entry] = []

  init(maxNodes: Int, maxDepth: Int) {
    self.maxNodes = maxNodes
    self.maxDepth = maxDepth
  }

  /// Counts one node; the failure when it is one too many or (only reachable through aliases)
  /// nested too deep.
  mutating func count(_ entry: Entry) -> YAMLReader.Failure? {
    guard entries.count < maxNodes else { return YAMLReader.tooManyValues(maxNodes, at: entry.at) }
    guard entry.depth <= maxDepth else { return YAMLReader.tooDeep(maxDepth, at: entry.at) }
    entries.append(entry)
    return nil
  }

  /// Counts every node an alias of `anchored` repeats, the alias standing at `depth`.
  mutating func countCopy(of anchored: Anchored, depth: Int) -> YAMLReader.Failure? {
    if let failure = count(Entry(at: anchored.at, depth: depth)) { return failure }
    // Never more than the budget can take, however large the anchored node.
    let repeated = entries[anchored.descendants].prefix(maxNodes - entries.count + 1)
    for entry in repeated {
      if let failure = count(Entry(at: entry.at, depth: depth + entry.depth - anchored.depth)) { return failure }
    }
    return nil
  }
}
