import Exact

/// Everything that decides whether a code is a good code for a source, computed exactly.
///
///     let a = try CodeAnalysis(codewords: [[0], [1, 0], [1, 1]], radix: 2,
///                              probabilities: [1/2, 1/4, 1/4] as rationals)
///     a.isPrefixFree        // true
///     a.kraftSum            // 1
///     a.expectedLength      // 3/2
///     a.optimalLength       // 3/2 (Huffman)
package struct CodeAnalysis: Sendable {
  /// A named property of a code, usable as a misconception trigger in exercise files.
  package enum Property: String, Sendable, CaseIterable {
    /// Some codeword is a prefix of another (or two are equal).
    case notPrefixFree = "not-prefix-free"
    /// Prefix-free, optimal lengths, but a more probable symbol got a longer word.
    case lengthsMisassigned = "lengths-misassigned"
    /// Prefix-free with Kraft sum below 1: some word can be shortened.
    case notComplete = "not-complete"
    /// Prefix-free but longer on average than the Huffman code.
    case notOptimal = "not-optimal"
  }

  package let codewords: [[Int]]
  package let radix: Int
  package let probabilities: [Rational]
  /// The first pair `(i, j)` (symbol indices) where word `i` is a prefix of word `j`.
  package let prefixViolation: (Int, Int)?
  /// `Σ radix^(-ℓᵢ)`.
  package let kraftSum: Rational
  /// `Σ pᵢ·ℓᵢ` in code symbols (bits for radix 2).
  package let expectedLength: Rational
  /// The expected length of an optimal (Huffman) code for the same source.
  package let optimalLength: Rational

  package var isPrefixFree: Bool { prefixViolation == nil }
  package var isOptimal: Bool { isPrefixFree && expectedLength == optimalLength }

  /// The properties this code has, in the order feedback should mention them.
  package var properties: [Property] {
    if !isPrefixFree { return [.notPrefixFree] }
    var out: [Property] = []
    if misassignedPair != nil { out.append(.lengthsMisassigned) }
    if kraftSum < .one { out.append(.notComplete) }
    if expectedLength > optimalLength { out.append(.notOptimal) }
    return out
  }

  /// A pair of symbols `(i, j)` with `pᵢ > pⱼ` but `ℓᵢ > ℓⱼ`: swapping their words shortens the code.
  package var misassignedPair: (Int, Int)? {
    for i in codewords.indices {
      for j in codewords.indices where probabilities[i] > probabilities[j] && codewords[i].count > codewords[j].count {
        return (i, j)
      }
    }
    return nil
  }

  /// Analyses a code. Codewords are digit sequences `0..<radix`, in symbol order.
  ///
  /// - Precondition: as many codewords as probabilities; radix ≥ 2.
  package init(codewords: [[Int]], radix: Int, probabilities: [Rational]) throws {
    precondition(codewords.count == probabilities.count && radix >= 2)
    self.codewords = codewords
    self.radix = radix
    self.probabilities = probabilities
    prefixViolation = CodeAnalysis.findPrefix(codewords)
    var kraft = Rational.zero
    var expected = Rational.zero
    let r = Rational(radix)
    for (word, p) in zip(codewords, probabilities) {
      kraft += try r.power(-word.count)
      expected += p * Rational(word.count)
    }
    kraftSum = kraft
    expectedLength = expected
    optimalLength = try Huffman.expectedLength(probabilities, radix: radix)
  }

  /// Sorting makes a prefix adjacent to some word it prefixes, so one pass finds one: O(n log n).
  static func findPrefix(_ words: [[Int]]) -> (Int, Int)? {
    let order = words.indices.sorted { words[$0].lexicographicallyPrecedes(words[$1]) || (words[$0] == words[$1] && $0 < $1) }
    for k in order.indices.dropLast() {
      let a = order[k]
      let b = order[k + 1]
      if words[b].starts(with: words[a]) { return (a, b) }
    }
    return nil
  }
}
