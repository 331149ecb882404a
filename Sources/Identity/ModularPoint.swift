import Exact

/// One random point modulo a random prime: a value for every atom, drawn uniformly from the
/// nonzero residues, raised to the atom's exponent scale (the common denominator of its
/// exponents, so that `exp(v/2)` and `exp(v)` are `t` and `t^2`).
///
/// Values are never zero, so negative powers are inverses; each evaluation costs a bounded
/// number of machine operations per term, whatever the degree.
struct ModularPoint {
  let field: PrimeField
  private var values: [UInt64]
  private var inverses: [UInt64?]
  private let scales: [Int]

  init<G: RandomNumberGenerator>(field: PrimeField, atoms: Int, scales: [Int], random: inout G) {
    self.field = field
    self.scales = scales
    values = (0..<atoms).map { _ in
      // Uniform in 1..<min(p, 2^62) by rejection (p > 2^61, so at least half of the 62-bit draws
      // are kept),
      // read as a residue in Montgomery form: a one-to-one map of the nonzero residues, so the
      // value it stands for is uniform too.
      while true {
        let x = random.next() >> 2
        if x > 0 && x < field.p { return x }
      }
    }
    inverses = Array(repeating: nil, count: atoms)
  }

  /// The units evaluating `p` costs: one a term and one a factor, charged before the work so
  /// that stopping part-way never depends on the order the terms are met.
  static func cost(_ p: Polynomial) -> Int { p.terms.keys.reduce(p.terms.count) { $0 + $1.factors.count } }

  /// The value of `p` here. The sum does not depend on the order of the terms.
  mutating func value(of p: Polynomial) throws(PrimeField.DividesDenominator) -> UInt64 {
    var sum: UInt64 = 0
    for (m, c) in p.terms {
      var term = try field.residue(c)
      for f in m.factors {
        let e = f.power.numerator * (scales[f.atom] / f.power.denominator)
        term = field.multiply(term, power(f.atom, e))
      }
      sum = field.add(sum, term)
    }
    return sum
  }

  /// `values[atom]` to the power `e` (negative powers through the inverse).
  private mutating func power(_ atom: Int, _ e: Int) -> UInt64 {
    if e >= 0 { return e == 1 ? values[atom] : field.power(values[atom], e) }
    if inverses[atom] == nil { inverses[atom] = field.inverse(values[atom]) }
    return field.power(inverses[atom]!, -e)
  }
}
