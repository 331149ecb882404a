import Exact

/// Codeword lengths of a binary Huffman code, for the `huffman_lengths` function.
///
/// Ties are broken by symbol order (the earlier symbol merges first), so the lengths are
/// deterministic; every Huffman code for a source has the same expected length.
enum HuffmanLengths {
  static func lengths(_ p: [Rational]) -> [Int] {
    guard p.count > 1 else { return Array(repeating: 0, count: p.count) }
    // Each node: weight, the symbols below it, and an order key for deterministic ties.
    var nodes: [(weight: Rational, symbols: [Int], order: Int)] = p.enumerated().map { ($0.element, [$0.offset], $0.offset) }
    var depth = Array(repeating: 0, count: p.count)
    var next = p.count
    while nodes.count > 1 {
      nodes.sort { $0.weight != $1.weight ? $0.weight < $1.weight : $0.order < $1.order }
      let a = nodes.removeFirst()
      let b = nodes.removeFirst()
      for s in a.symbols + b.symbols { depth[s] += 1 }
      nodes.append((a.weight + b.weight, a.symbols + b.symbols, next))
      next += 1
    }
    return depth
  }
}
