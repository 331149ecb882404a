import Exact

/// Arithmetic modulo one prime `p` between 2^61 and 2^62 (plus a prime gap): residues are
/// `UInt64`s below `p`, sums cannot overflow, products are reduced through 128 bits.
package struct PrimeField: Sendable {
  package let p: UInt64

  /// A prime that is not a factor of the coefficients' denominators is needed to reduce them.
  package struct DividesDenominator: Error {}

  /// The next prime at or after a random odd number in [2^61, 2^62). Prime gaps below 2^64 are
  /// under 1,600 (the largest is 1,550), so each prime is drawn with probability below
  /// 800/2^60 < 2^-50 (see ``IdentityTest/pointsNeeded(degree:bits:)``).
  init<G: RandomNumberGenerator>(random: inout G) throws(GiveUp) {
    var n = (1 << 61) | (random.next() & ((1 << 61) - 1)) | 1
    for _ in 0..<2_048 {
      if Self.isPrime(n) {
        p = n
        return
      }
      n += 2
    }
    throw GiveUp("no prime found")  // impossible below 2^64, and bounded all the same
  }

  package init(prime: UInt64) { p = prime }

  func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let s = a &+ b
    return s >= p ? s &- p : s
  }

  func subtract(_ a: UInt64, _ b: UInt64) -> UInt64 { a >= b ? a &- b : a &+ (p &- b) }

  package func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (high, low) = a.multipliedFullWidth(by: b)
    return p.dividingFullWidth((high, low)).remainder
  }

  /// `a^e` for `e ≥ 0`.
  func power(_ a: UInt64, _ e: Int) -> UInt64 {
    var result: UInt64 = 1
    var base = a
    var e = e
    while e > 0 {
      if e & 1 == 1 { result = multiply(result, base) }
      e >>= 1
      if e > 0 { base = multiply(base, base) }
    }
    return result
  }

  /// The inverse of a nonzero residue, by the extended Euclidean algorithm.
  func inverse(_ a: UInt64) -> UInt64 {
    var (t, nextT) = (0, 1)
    var (r, nextR) = (Int(p), Int(a))
    while nextR != 0 {
      let q = r / nextR
      (t, nextT) = (nextT, t - q * nextT)
      (r, nextR) = (nextR, r - q * nextR)
    }
    return t < 0 ? UInt64(t + Int(p)) : UInt64(t)
  }

  /// The residue of `q`; throws when `p` divides its denominator.
  package func residue(_ q: Rational) throws(DividesDenominator) -> UInt64 {
    let (n, d) = q.remainders(modulo: p)
    if d == 1 { return n }
    guard d != 0 else { throw DividesDenominator() }
    return multiply(n, inverse(d))
  }
}

extension PrimeField {
  /// Bases that make Miller–Rabin exact for every n < 2^64 (Jim Sinclair's set).
  private static let witnesses: [UInt64] = [2, 325, 9375, 28178, 450775, 9_780_504, 1_795_265_022]
  private static let smallPrimes: [UInt64] = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]

  /// Whether an odd `n` > 2^32 is prime: trial division by small primes, then Miller–Rabin with
  /// a set of bases that has no strong pseudoprime below 2^64.
  package static func isPrime(_ n: UInt64) -> Bool {
    guard n & 1 == 1, n > 1 << 32 else { return false }
    for q in smallPrimes where n % q == 0 { return false }
    let field = PrimeField(prime: n)
    var d = n - 1
    let s = d.trailingZeroBitCount
    d >>= UInt64(s)
    witnesses: for w in witnesses {
      let a = w % n
      if a == 0 { continue }
      var x = field.power(a, Int(d))
      if x == 1 || x == n - 1 { continue }
      for _ in 1..<max(s, 1) {
        x = field.multiply(x, x)
        if x == n - 1 { continue witnesses }
      }
      return false
    }
    return true
  }
}
