/// A set of pairwise coprime integers `> 1`, each with a vector of rational coefficients: the
/// logarithm terms of one or more ``LogLinear`` values expressed over one common basis.
///
/// Inserting `c·log(m)` splits any basis element `b` that shares a factor `g = gcd(m, b)`:
/// `c·log m + d·log b = (c+d)·log g + c·log(m/g) + d·log(b/g)`. The product of all elements
/// strictly decreases with each split, so insertion terminates after at most as many splits as
/// the inputs have bits. Small primes are split off first so that printed forms read `log2(3)`.
struct CoprimeBasis {
  let dimension: Int
  private(set) var elements: [BigInteger] = []
  private(set) var coefficients: [[Rational]] = []

  init(dimension: Int = 1) { self.dimension = dimension }

  private static let smallPrimes: [BigInteger] = {
    var sieve = [Bool](repeating: true, count: 1000)
    var primes: [BigInteger] = []
    for n in 2..<1000 where sieve[n] {
      primes.append(BigInteger(n))
      var k = n * n
      while k < 1000 { sieve[k] = false; k += n }
    }
    return primes
  }()

  /// Adds `c[i]·log(n)` to coordinate `i` of the vector, for every `i`.
  mutating func insert(_ n: BigInteger, coefficients c: [Rational]) throws {
    precondition(c.count == dimension)
    var rest = n
    for p in CoprimeBasis.smallPrimes {
      if rest.bitWidth <= 1 { break }
      var k = 0
      while rest.isDivisible(by: p) {
        rest = rest.dividedExactly(by: p)
        k += 1
      }
      if k > 0 { try insertCoprime(p, coefficients: c.map { $0 * Rational(k) }) }
    }
    if rest.bitWidth > 1 { try insertCoprime(rest, coefficients: c) }
  }

  private mutating func insertCoprime(_ n: BigInteger, coefficients c: [Rational]) throws {
    var pending: [(BigInteger, [Rational])] = [(n, c)]
    var steps = 0
    while let (m, c) = pending.popLast() {
      steps += 1
      // Each split shrinks the product of the basis, so this bound is never reached in
      // practice; it keeps a logic error from becoming an endless loop.
      guard steps < 1_000_000 else { throw ArithmeticError.limitExceeded("coprime basis refinement") }
      if m.bitWidth <= 1 { continue }   // log 1 = 0
      guard let j = elements.firstIndex(where: { BigInteger.gcd($0, m).bitWidth > 1 }) else {
        elements.append(m)
        coefficients.append(c)
        continue
      }
      let b = elements.remove(at: j), d = coefficients.remove(at: j)
      let sum = zip(c, d).map { $0 + $1 }
      if b == m {
        pending.append((b, sum))
        continue
      }
      let g = BigInteger.gcd(b, m)
      pending.append((g, sum))
      pending.append((m.dividedExactly(by: g), c))
      pending.append((b.dividedExactly(by: g), d))
    }
  }

  /// The terms of coordinate `i`, sorted by base, zero coefficients dropped.
  func sortedTerms(coordinate i: Int = 0) -> [(base: BigInteger, coefficient: Rational)] {
    zip(elements, coefficients)
      .filter { !$0.1[i].isZero }
      .sorted { $0.0 < $1.0 }
      .map { (base: $0.0, coefficient: $0.1[i]) }
  }
}
