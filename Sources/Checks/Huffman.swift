import Exact

/// Optimal prefix codes (Huffman), exactly.
package enum Huffman {
  /// The expected codeword length of an optimal `radix`-ary prefix code for `probabilities`.
  ///
  /// Each merge of the `radix` smallest weights adds one symbol to every word below it, so
  /// the expected length is the sum of the merged weights. For radix `D > 2`, zero-weight dummy
  /// symbols are added until `(n − 1)` is a multiple of `D − 1`, as in the textbook algorithm.
  package static func expectedLength(_ probabilities: [Rational], radix: Int = 2) throws -> Rational {
    precondition(radix >= 2)
    guard probabilities.count > 1 else { return .zero }
    var heap = probabilities
    while (heap.count - 1) % (radix - 1) != 0 { heap.append(.zero) }
    heap.sort(by: >)  // smallest at the end: pop from the back
    var total = Rational.zero
    while heap.count > 1 {
      var merged = Rational.zero
      for _ in 0..<radix { merged += heap.removeLast() }
      total += merged
      // Insert keeping descending order (binary search), so each step is O(n) at worst.
      var lo = 0
      var hi = heap.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if heap[mid] > merged { lo = mid + 1 } else { hi = mid }
      }
      heap.insert(merged, at: lo)
    }
    return total
  }
}

extension Huffman {
  /// The expected length of an optimal binary code for blocks of `block` symbols of a uniform
  /// source with `symbols` symbols, in bits per block: with `M = symbols^block` equiprobable
  /// outcomes and `k = ⌊log2 M⌋`, Huffman gives `2^(k+1) − M` words of length `k` and
  /// `2(M − 2^k)` of length `k + 1`, so `L = k + 2(M − 2^k)/M`.
  package static func uniformBlockLength(symbols: Int, block: Int) throws -> Rational {
    let m = try BigInteger(symbols).power(block)
    let k = m.bitWidth - 1
    let twoK = try BigInteger(1).shiftedLeft(by: k)
    return Rational(k) + (try Rational(numerator: BigInteger(2) * (m - twoK), denominator: m))
  }
}
