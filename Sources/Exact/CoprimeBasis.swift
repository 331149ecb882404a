/// A set of pairwise coprime integers `> 1`, each with a vector of rational coefficients: the
/// logarithm terms of one or more ``LogLinear`` values expressed over one common basis.
///
/// Inserting `c·log(m)` splits any basis element `b` that shares a factor `g = gcd(m, b)`:
/// `c·log m + d·log b = (c+d)·log g + c·log(m/g) + d·log(b/g)`. The product of all elements
/// strictly decreases with each split, so insertion terminates after at most as many splits as
/// the inputs have bits. Small primes are split off first, which keeps printed forms readable
/// (`log2(3)`) and makes the common case cheap: a known prime only needs checking against the
/// few elements that are not known primes.
struct CoprimeBasis {
  private struct Entry {
    var coefficients: [Rational]
    var isPrime: Bool
  }

  let dimension: Int
  private var entries: [BigInteger: Entry] = [:]

  init(dimension: Int = 1) { self.dimension = dimension }

  /// A basis that already holds the terms of one normalised ``LogLinear`` (pairwise coprime
  /// by construction), so adding another value's terms does not refine these again.
  init(normalized terms: [(base: BigInteger, coefficient: Rational)]) {
    dimension = 1
    for t in terms {
      // Every element below 1000² is prime: the small primes were split off before refinement,
      // so any other factor is above 1000.
      entries[t.base] = Entry(coefficients: [t.coefficient], isPrime: CoprimeBasis.isKnownPrime(t.base))
    }
  }

  /// Whether a basis element is certainly prime: every element below 1000² is (the small primes
  /// were split off before refinement), and BPSW is exact below 2^64.
  static func isKnownPrime(_ n: BigInteger) -> Bool {
    guard let small = n.intValue else { return false }
    return small < 1_000_000 || n.isProbablePrime
  }

  /// Adds `c·log(n)` for an `n` that is already a basis-normal element of another value.
  mutating func insertNormalized(_ n: BigInteger, coefficient c: Rational) throws {
    try insertCoprime(n, coefficients: [c], isPrime: CoprimeBasis.isKnownPrime(n))
  }

  static let smallPrimeInts: [Int] = {
    var sieve = [Bool](repeating: true, count: 1000)
    var primes: [Int] = []
    for n in 2..<1000 where sieve[n] {
      primes.append(n)
      var k = n * n
      while k < 1000 {
        sieve[k] = false
        k += n
      }
    }
    return primes
  }()
  private static let smallPrimes: [BigInteger] = smallPrimeInts.map { BigInteger($0) }

  /// The elements and their coefficient vectors (in no particular order).
  var coefficients: [[Rational]] { entries.values.map(\.coefficients) }

  /// `n > 0`'s prime factors below 1000 with their exponents, and what is left: 1, a prime (every
  /// factor below its square root was removed, or it is below 1000²), or a number whose prime
  /// factors all exceed 1000.
  static func trialDivision(_ n: Int) -> (factors: [(prime: Int, exponent: Int)], rest: Int) {
    var rest = n
    var factors: [(prime: Int, exponent: Int)] = []
    for p in smallPrimeInts {
      if rest == 1 || p * p > rest { break }
      var k = 0
      while rest % p == 0 {
        rest /= p
        k += 1
      }
      if k > 0 { factors.append((p, k)) }
    }
    return (factors, rest)
  }

  /// Adds `c[i]·log(n)` to coordinate `i` of the vector, for every `i`.
  mutating func insert(_ n: BigInteger, coefficients c: [Rational]) throws {
    precondition(c.count == dimension)
    if let small = n.intValue, small > 0 {
      // Machine-size integers (almost every probability): trial division in Int arithmetic.
      let (factors, rest) = CoprimeBasis.trialDivision(small)
      for (p, k) in factors {
        try insertCoprime(BigInteger(p), coefficients: k == 1 ? c : c.map { $0 * Rational(k) }, isPrime: true)
      }
      // Left: 1, a prime (all factors below its square root were removed, or it is below 1000²),
      // or a number whose prime factors all exceed 1000.
      if rest > 1 {
        // Below 1000² what is left is prime; above, GMP's BPSW test is exact for numbers below
        // 2^64 (no pseudoprime exists there), so machine-size leftovers are classified exactly.
        let b = BigInteger(rest)
        try insertCoprime(b, coefficients: c, isPrime: rest < 1_000_000 || b.isProbablePrime)
      }
      return
    }
    var rest = n
    for bp in CoprimeBasis.smallPrimes {
      if rest.bitWidth <= 1 { break }
      var k = 0
      while rest.isDivisible(by: bp) {
        rest = rest.dividedExactly(by: bp)
        k += 1
      }
      if k > 0 { try insertCoprime(bp, coefficients: c.map { $0 * Rational(k) }, isPrime: true) }
    }
    if rest.bitWidth > 1 { try insertCoprime(rest, coefficients: c, isPrime: false) }
  }

  private mutating func insertCoprime(_ n: BigInteger, coefficients c: [Rational], isPrime: Bool) throws {
    var pending: [(BigInteger, [Rational], Bool)] = [(n, c, isPrime)]
    var steps = 0
    while let (m, c, prime) = pending.popLast() {
      steps += 1
      // Each split shrinks the product of the basis, so this bound is never reached in
      // practice; it keeps a logic error from becoming an endless loop.
      guard steps < 1_000_000 else {
        throw ArithmeticError.limitExceeded(.coprimeBasis)
      }
      if m.bitWidth <= 1 { continue }  // log 1 = 0
      if var e = entries[m] {
        for i in 0..<dimension { e.coefficients[i] += c[i] }
        entries[m] = e
        continue
      }
      // Find an element sharing a factor with m. Two distinct primes never do; a prime p shares
      // one with b exactly when p divides b.
      var shared: (BigInteger, Entry, BigInteger)?
      for (b, e) in entries {
        if prime && e.isPrime { continue }
        if prime {
          if b.isDivisible(by: m) {
            shared = (b, e, m)
            break
          }
        } else if e.isPrime {
          if m.isDivisible(by: b) {
            shared = (b, e, b)
            break
          }
        } else {
          let g = BigInteger.gcd(b, m)
          if g.bitWidth > 1 {
            shared = (b, e, g)
            break
          }
        }
      }
      guard let (b, e, g) = shared else {
        entries[m] = Entry(coefficients: c, isPrime: prime)
        continue
      }
      entries[b] = nil
      let sum = zip(c, e.coefficients).map { $0 + $1 }
      pending.append((g, sum, (prime && g == m) || (e.isPrime && g == b)))
      pending.append((m.dividedExactly(by: g), c, prime && g != m ? false : false))
      pending.append((b.dividedExactly(by: g), e.coefficients, false))
    }
  }

  /// The terms of coordinate `i`, sorted by base, zero coefficients dropped.
  func sortedTerms(coordinate i: Int = 0) -> [(base: BigInteger, coefficient: Rational)] {
    entries
      .filter { !$0.value.coefficients[i].isZero }
      .sorted { $0.key < $1.key }
      .map { (base: $0.key, coefficient: $0.value.coefficients[i]) }
  }
}
