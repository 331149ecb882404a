import Exact

/// Arithmetic modulo one prime `p` between 2^61 and 2^62 (plus a prime gap), in Montgomery
/// form: a residue `x` is held as `x·2^64 mod p`, so a product is two machine multiplications
/// and a shift instead of a 128-bit division. Sums, differences, equality and zero are the
/// same in either form.
package struct PrimeField: Sendable {
  package let p: UInt64
  /// `-p⁻¹ mod 2^64`, `2^64 mod p` (the form of 1) and `2^128 mod p` (for converting into the form).
  private let negativeInverse: UInt64
  package let one: UInt64
  private let rSquared: UInt64

  /// A prime that is not a factor of the coefficients' denominators is needed to reduce them.
  package struct DividesDenominator: Error {}

  /// The next prime at or after a random odd number in [2^61, 2^62). Prime gaps below 2^64 are
  /// under 1,600 (the largest is 1,550), so each prime is drawn with probability below
  /// 800/2^60 < 2^-50 (see ``IdentityTest/pointsNeeded(degree:bits:)``).
  init<G: RandomNumberGenerator>(random: inout G) throws(GiveUp) {
    var n = (1 << 61) | (random.next() & ((1 << 61) - 1)) | 1
    for _ in 0..<2_048 {
      if Self.isPrime(n) {
        self.init(prime: n)
        return
      }
      n += 2
    }
    throw GiveUp("no prime found")  // impossible below 2^64, and bounded all the same
  }

  /// The field of an odd `prime` below 2^63.
  package init(prime: UInt64) {
    p = prime
    var inverse = prime  // Newton's iteration doubles the correct low bits: 3, 6, ..., 96
    for _ in 0..<5 { inverse = inverse &* (2 &- prime &* inverse) }
    negativeInverse = 0 &- inverse
    one = (0 &- prime) % prime
    rSquared = prime.dividingFullWidth(one.multipliedFullWidth(by: one)).remainder
  }

  package func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let s = a &+ b
    return s >= p ? s &- p : s
  }

  package func subtract(_ a: UInt64, _ b: UInt64) -> UInt64 { a >= b ? a &- b : a &+ (p &- b) }

  /// The product of two residues in Montgomery form (Montgomery's reduction of `a·b`).
  package func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (high, low) = a.multipliedFullWidth(by: b)
    let m = low &* negativeInverse
    let mp = m.multipliedFullWidth(by: p)
    // low + mp.low is 0 mod 2^64, with a carry unless low is 0; the sum is below 2p < 2^64.
    let u = high &+ mp.high &+ (low == 0 ? 0 : 1)
    return u >= p ? u &- p : u
  }

  /// `a^e` for `e ≥ 0`.
  package func power(_ a: UInt64, _ e: Int) -> UInt64 {
    var result = one
    var base = a
    var e = e
    while e > 0 {
      if e & 1 == 1 { result = multiply(result, base) }
      e >>= 1
      if e > 0 { base = multiply(base, base) }
    }
    return result
  }

  /// `x` (below `p`) in Montgomery form.
  package func form(_ x: UInt64) -> UInt64 { multiply(x, rSquared) }

  /// The inverse of a nonzero residue: the plain inverse of `a·R` is `a⁻¹·R⁻¹`, brought back
  /// into the form by two conversions.
  package func inverse(_ a: UInt64) -> UInt64 { form(form(Self.plainInverse(a, modulo: p))) }

  /// The residue of `q` in Montgomery form; throws when `p` divides its denominator.
  package func residue(_ q: Rational) throws(DividesDenominator) -> UInt64 {
    let (n, d) = q.remainders(modulo: p)
    if d == 1 { return form(n) }
    guard d != 0 else { throw DividesDenominator() }
    return multiply(form(n), inverse(form(d)))
  }

  /// The inverse of `a` modulo `m`, by the extended Euclidean algorithm.
  private static func plainInverse(_ a: UInt64, modulo m: UInt64) -> UInt64 {
    var (t, nextT) = (0, 1)
    var (r, nextR) = (Int(m), Int(a))
    while nextR != 0 {
      let q = r / nextR
      (t, nextT) = (nextT, t - q * nextT)
      (r, nextR) = (nextR, r - q * nextR)
    }
    return t < 0 ? UInt64(t + Int(m)) : UInt64(t)
  }
}

extension PrimeField {
  /// Bases that make Miller–Rabin exact for every n < 2^64 (Jim Sinclair's set).
  private static let witnesses: [UInt64] = [2, 325, 9375, 28178, 450775, 9_780_504, 1_795_265_022]
  /// Products of the odd primes up to 23 and from 29 to 47, for trial division in two steps.
  private static let smallProducts: [(product: UInt64, primes: [UInt64])] = [
    (3 * 5 * 7 * 11 * 13 * 17 * 19 * 23, [3, 5, 7, 11, 13, 17, 19, 23]),
    (29 * 31 * 37 * 41 * 43 * 47, [29, 31, 37, 41, 43, 47]),
  ]

  /// Whether an odd `n` between 2^32 and 2^63 is prime: trial division by small primes, then
  /// Miller–Rabin with a set of bases that has no strong pseudoprime below 2^64.
  package static func isPrime(_ n: UInt64) -> Bool {
    guard n & 1 == 1, n > 1 << 32, n < 1 << 63 else { return false }
    for (product, primes) in smallProducts {
      let r = n % product
      for q in primes where r % q == 0 { return false }
    }
    let field = PrimeField(prime: n)
    let minusOne = n - field.one
    var d = n - 1
    let s = d.trailingZeroBitCount
    d >>= UInt64(s)
    witnesses: for w in witnesses where w % n != 0 {
      var x = field.power(field.form(w % n), Int(d))
      if x == field.one || x == minusOne { continue }
      for _ in 1..<s {
        x = field.multiply(x, x)
        if x == minusOne { continue witnesses }
      }
      return false
    }
    return true
  }
}
