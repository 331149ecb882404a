import Exact

extension IdentityTest {
  /// Evaluates every difference `a - r` at random points; nil at the first point where one is
  /// not zero, else the points used and the degree bound.
  static func compare<G: RandomNumberGenerator>(_ pairs: [(RationalFunction, RationalFunction)], atoms: Int,
                                                random: inout G) throws(GiveUp) -> (points: Int, degree: Int)? {
    var scales = Array(repeating: 1, count: atoms)
    for (a, r) in pairs {
      for p in [a.numerator, r.numerator] + Array(a.factors.keys) + Array(r.factors.keys) { p.collectScales(into: &scales) }
    }
    guard scales.allSatisfy({ $0 <= 64 }) else { throw GiveUp("exponents with large denominators") }
    // N_a·D_r − N_r·D_a, cleared of negative powers, has at most this degree.
    let degree = pairs.map { a, r in a.degree(scales: scales) + r.degree(scales: scales) }.max() ?? 0
    guard degree <= maxDegree else { throw GiveUp("degree \(degree) above \(maxDegree)") }
    let needed = pointsNeeded(degree: degree)
    var agreed = 0, drawn = 0
    while agreed < needed {
      drawn += 1
      guard drawn <= needed + 4 else { throw GiveUp("denominators vanish at random points") }
      var point = RandomPoint(atoms: atoms, scales: scales, random: &random)
      switch try differenceIsZero(pairs, at: &point) {
      case .some(true): agreed += 1
      case .some(false): return nil
      case .none: continue   // a denominator vanishes here: draw again
      }
    }
    return (drawn, degree)
  }

  /// The least k with (2D/2^64)^k < 2^-100.
  package static func pointsNeeded(degree: Int) -> Int {
    let bits = 64 - (Int.bitWidth - (2 * max(degree, 1) - 1).leadingZeroBitCount)   // 64 - ceil(log2 2D)
    return 100 / bits + 1
  }

  /// Whether every difference is zero at `point` (nil when a denominator vanishes there).
  private static func differenceIsZero(_ pairs: [(RationalFunction, RationalFunction)], at point: inout RandomPoint) throws(GiveUp) -> Bool? {
    var factors: [Polynomial: Rational] = [:]   // a denominator's factors recur across entries
    for (a, r) in pairs {
      let da = try point.value(ofProduct: a.factors, cache: &factors), dr = try point.value(ofProduct: r.factors, cache: &factors)
      if da.isZero || dr.isZero { return nil }
      let na = try point.value(of: a.numerator), nr = try point.value(of: r.numerator)
      if na * dr != nr * da { return false }
    }
    return true
  }
}
