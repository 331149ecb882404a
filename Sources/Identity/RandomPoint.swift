import Exact

/// One random point: a value for every atom, drawn uniformly from the 2^64 integers 1...2^64,
/// raised to the atom's exponent scale (the common denominator of its exponents, so that
/// `exp(v/2)` and `exp(v)` are `t` and `t^2`).
struct RandomPoint {
  var values: [Rational]
  var scales: [Int]
  /// Powers of the values already computed, by atom and exponent (monomials share them).
  private var powers: [[Int: Rational]]

  init<G: RandomNumberGenerator>(atoms: Int, scales: [Int], random: inout G) {
    self.scales = scales
    values = (0..<atoms).map { _ in
      let x = random.next()
      // x + 1 in 1...2^64, built from two 32-bit halves (x may not fit in an Int).
      return Rational(Int(x >> 32)) * Rational(1 << 32) + Rational(Int(x & 0xffff_ffff)) + .one
    }
    powers = Array(repeating: [:], count: atoms)
  }

  /// `values[atom]` to the power `e`.
  private mutating func power(_ atom: Int, _ e: Int) throws(GiveUp) -> Rational {
    if let known = powers[atom][e] { return known }
    // Repeated squaring up to about |e| limbs: quadratic in the result's size (see `value(of:)`).
    try Polynomial.charge(RandomPoint.productCost(limbs: abs(e) + 1, by: abs(e) + 1))
    guard let p = try? values[atom].power(e) else { throw GiveUp("value too large") }
    powers[atom][e] = p
    return p
  }

  /// The units a product of two numbers of these sizes costs: schoolbook multiplication touches
  /// every pair of limbs, so the work grows with the product of the sizes, not their sum (at a
  /// point, values are powers of 64-bit numbers and reach thousands of bits: charged by their
  /// sum, a file of such answers took twice the time its budget is meant to allow).
  static func productCost(limbs a: Int, by b: Int) -> Int { a * b / 4 + 1 }

  /// The value of `p` here, exactly.
  mutating func value(of p: Polynomial) throws(GiveUp) -> Rational {
    var sum = Rational.zero
    for (m, c) in p.orderedTerms {
      var term = c
      for f in m.factors {
        let e = f.power.numerator * (scales[f.atom] / f.power.denominator)
        let factor = try power(f.atom, e)
        try Polynomial.charge(RandomPoint.productCost(limbs: term.bitWidth / 64 + 1, by: factor.bitWidth / 64 + 1))
        term *= factor
      }
      try Polynomial.charge(term.bitWidth / 64 + 1)
      sum += term
    }
    return sum
  }
}

extension Polynomial {
  /// A bound on the total degree once every atom's exponents are scaled by `scales` and the
  /// negative powers cleared by one monomial (Schwartz–Zippel counts in this degree).
  func degree(scales: [Int]) -> Int {
    var highest = 0
    var cleared: [Int: Int] = [:]
    for m in terms.keys {
      var d = 0
      for f in m.factors {
        let e = f.power.numerator * (scales[f.atom] / f.power.denominator)
        if e > 0 { d += e } else { cleared[f.atom] = max(cleared[f.atom] ?? 0, -e) }
      }
      highest = max(highest, d)
    }
    return highest + cleared.values.reduce(0, +)
  }

  /// For each atom, the least common multiple of its exponents' denominators, into `scales`.
  func collectScales(into scales: inout [Int]) {
    for m in terms.keys {
      for f in m.factors where scales[f.atom] % f.power.denominator != 0 {
        let s = scales[f.atom]
        scales[f.atom] = s / Fraction.gcd(s, f.power.denominator) * f.power.denominator
      }
    }
  }
}
