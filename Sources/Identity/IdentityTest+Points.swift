import Exact

extension IdentityTest {
  /// Evaluates every difference `a - r` at random points, each modulo its own random prime (the
  /// k-th point modulo the decision's k-th prime, see ``PrimeSequence``); nil
  /// at the first point where one is not zero, else the points used and the degree bound.
  static func compare<G: RandomNumberGenerator>(
    _ pairs: [(RationalFunction, RationalFunction)], atoms: Int,
    primes: inout PrimeSequence, random: inout G
  ) throws(GiveUp) -> (points: Int, degree: Int)? {
    let differences = Differences(pairs)
    let scales = differences.scales(atoms: atoms)
    guard scales.allSatisfy({ $0 <= 64 }) else { throw GiveUp("exponents with large denominators") }
    // N_a·D_r − N_r·D_a, cleared of negative powers, has at most this degree.
    let degree = differences.degree(scales: scales)
    guard degree <= maxDegree else { throw GiveUp("degree \(degree) above \(maxDegree)") }
    let bits = differences.heightBits()
    guard bits.total < 1 << 46 else { throw GiveUp("coefficients too large") }
    let needed = try pointsNeeded(degree: degree, bits: bits.largest)
    var agreed = 0
    var drawn = 0
    while agreed < needed {
      drawn += 1
      guard drawn <= needed + 4 else { throw GiveUp("denominators vanish at random points") }
      try Polynomial.charge(differences.cost)
      let field = try primes.field(drawn - 1, random: &random)
      var point = ModularPoint(field: field, atoms: atoms, scales: scales, random: &random)
      switch try? differences.areZero(at: &point) {
      case .some(true): agreed += 1
      case .some(false): return nil
      case .none: continue  // a denominator vanishes here, or the prime divides a coefficient's: draw again
      }
    }
    return (drawn, degree)
  }

  /// The least k with ε^k < 2^-100, where ε bounds the chance that one point misses a nonzero
  /// difference `H` of degree D (`degree`) whose coefficients, cleared of denominators, are
  /// integers below 2^B (`bits`):
  ///
  /// - the prime: each is drawn with probability below 2^-50 (``PrimeField``), at most twice
  ///   that once primes dividing a coefficient's denominator are drawn again (they are few: the
  ///   denominators have fewer than 2^46 bits in all, checked, so fewer than 2^40 primes above
  ///   2^61 divide them, and a draw is kept with probability above 1/2);
  ///   `H` vanishes modulo the prime only if the prime divides
  ///   every coefficient, and a nonzero integer below 2^B has at most ⌊B/61⌋ prime factors
  ///   above 2^61: at most ⌊B/61⌋·2^-49;
  /// - the values, uniform on the nonzero residues below min(p, 2^62), more than 2^61 of them: a
  ///   nonzero polynomial of degree D modulo p has a root there with probability at most D/2^61
  ///   (Schwartz–Zippel over GF(p), after clearing negative powers by a monomial, which is never
  ///   zero), at most twice that once points where a denominator vanishes are drawn again (the
  ///   denominators have degree at most D ≤ 512 and leading coefficient 1, so they vanish with
  ///   probability far below 1/2): D·2^-60.
  ///
  /// So ε ≤ E/2^60 with E = ⌊B/61⌋·2^11 + D, and ε^k < 2^(k·(bits(E) − 60)). Points, primes
  /// included, are drawn independently after both expressions are fixed. An adversarial
  /// coefficient divisible by a fixed prime (`reference + (2^61 − 1)·a`) therefore cannot pass:
  /// the prime is not known in advance.
  package static func pointsNeeded(degree: Int, bits: Int) throws(GiveUp) -> Int {
    guard bits < 1 << 40 else { throw GiveUp("coefficients too large") }
    let e = ((bits / 61) << 11) + max(degree, 1)
    let margin = 60 - (Int.bitWidth - e.leadingZeroBitCount)
    guard margin > 0 else { throw GiveUp("coefficients too large") }
    return (100 + margin - 1) / margin
  }
}
