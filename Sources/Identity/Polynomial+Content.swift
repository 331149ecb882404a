import Exact

extension Polynomial {
  /// `self` as `constant · monomial · primitive`, where the primitive part has no monomial factor
  /// (each atom's least exponent is zero) and leading coefficient 1: the canonical form that keys
  /// a `log` atom, so `log(1 + exp(a-b))` and `log(exp(-a) + exp(-b))` share `exp(a) + exp(b)`.
  package func content() throws(GiveUp) -> (constant: Rational, monomial: Monomial, primitive: Polynomial) {
    guard let lead = leading else { throw GiveUp("content of zero") }
    var common: [Monomial.Factor] = []
    for atom in atoms.sorted() {
      let least = terms.keys.map { $0.power(of: atom) }.min() ?? .zero
      if !least.isZero { common.append(Monomial.Factor(atom: atom, power: least)) }
    }
    let monomial = Monomial(sorted: common)
    let inverse = try monomial.raised(to: try Fraction(-1))
    let scale = try Rational.one / lead.coefficient
    var t: [Monomial: Rational] = [:]
    for (m, c) in terms { t[try m * inverse] = c * scale }
    return (lead.coefficient, monomial, Polynomial(terms: t))
  }
}

extension Rational {
  static func / (a: Rational, b: Rational) throws(GiveUp) -> Rational {
    guard !b.isZero, let inverse = try? b.reciprocal() else { throw GiveUp("division by zero") }
    return a * inverse
  }
}
