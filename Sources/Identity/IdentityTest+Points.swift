import Exact

extension IdentityTest {
  /// Evaluates every difference `a - r` at random points; nil at the first point where one is
  /// not zero, else the points used and the degree bound.
  static func compare<G: RandomNumberGenerator>(
    _ pairs: [(RationalFunction, RationalFunction)], atoms: Int,
    random: inout G
  ) throws(GiveUp) -> (points: Int, degree: Int)? {
    let differences = Differences(pairs)
    let scales = differences.scales(atoms: atoms)
    guard scales.allSatisfy({ $0 <= 64 }) else { throw GiveUp("exponents with large denominators") }
    // N_a·D_r − N_r·D_a, cleared of negative powers, has at most this degree.
    let degree = differences.degree(scales: scales)
    guard degree <= maxDegree else { throw GiveUp("degree \(degree) above \(maxDegree)") }
    let needed = pointsNeeded(degree: degree)
    var agreed = 0
    var drawn = 0
    while agreed < needed {
      drawn += 1
      guard drawn <= needed + 4 else { throw GiveUp("denominators vanish at random points") }
      var point = RandomPoint(atoms: atoms, scales: scales, random: &random)
      switch try differences.areZero(at: &point) {
      case .some(true): agreed += 1
      case .some(false): return nil
      case .none: continue  // a denominator vanishes here: draw again
      }
    }
    return (drawn, degree)
  }

  /// The least k with (2D/2^64)^k < 2^-100.
  package static func pointsNeeded(degree: Int) -> Int {
    let bits = 64 - (Int.bitWidth - (2 * max(degree, 1) - 1).leadingZeroBitCount)  // 64 - ceil(log2 2D)
    return 100 / bits + 1
  }
}
