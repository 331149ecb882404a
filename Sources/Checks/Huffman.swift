import Exact

/// Optimal prefix codes (Huffman), exactly.
public enum Huffman {
  /// The expected codeword length of an optimal `radix`-ary prefix code for `probabilities`.
  ///
  /// Each merge of the `radix` smallest weights adds one symbol to every word below it, so
  /// the expected length is the sum of the merged weights. For radix `D > 2`, zero-weight dummy
  /// symbols are added until `(n − 1)` is a multiple of `D − 1`, as in the textbook algorithm.
  public static func expectedLength(_ probabilities: [Rational], radix: Int = 2) throws -> Rational {
    precondition(radix >= 2)
    guard probabilities.count > 1 else { return .zero }
    var heap = probabilities
    while (heap.count - 1) % (radix - 1) != 0 { heap.append(.zero) }
    heap.sort(by: >)          // smallest at the end: pop from the back
    var total = Rational.zero
    while heap.count > 1 {
      var merged = Rational.zero
      for _ in 0..<radix { merged += heap.removeLast() }
      total += merged
      // Insert keeping descending order (binary search), so each step is O(n) at worst.
      var lo = 0, hi = heap.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if heap[mid] > merged { lo = mid + 1 } else { hi = mid }
      }
      heap.insert(merged, at: lo)
    }
    return total
  }
}
