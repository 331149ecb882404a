/// A small, fully deterministic random number generator (SplitMix64).
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded, and the standard library promises no
/// stable algorithm across versions, so sampled checks use this one: the same seed gives the same
/// inputs on every machine and every build, which is what "same seed, same verdict" needs.
package struct RandomSource: RandomNumberGenerator, Sendable {
  private var state: UInt64

  package init(seed: UInt64) { state = seed }

  /// A generator for one case of one part: independent of how many cases were drawn before,
  /// so a single case can be replayed from its index alone.
  package init(seed: UInt64, key: String, index: Int) {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a over the key, then mixed with seed and index
    for b in key.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    state = h ^ (seed &* 0x9e37_79b9_7f4a_7c15) ^ (UInt64(truncatingIfNeeded: index) &* 0xbf58_476d_1ce4_e5b9)
    _ = next()
  }

  package mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A uniform integer in `range` (by rejection, so unbiased and platform-independent).
  package mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) + 1
    let limit = UInt64.max - UInt64.max % span
    var x = next()
    while x >= limit { x = next() }
    return range.lowerBound + Int(x % span)
  }

  /// True with probability `numerator / denominator`.
  package mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
    int(in: 0...(denominator - 1)) < numerator
  }
}
