import Exact

/// A quotient of polynomials in the mapping's indeterminates: the image of one scalar.
///
/// The denominator is kept as a product of primitive polynomials to powers (each with leading
/// coefficient 1 and no monomial factor; a monomial denominator moves into the numerator as a
/// negative power), so sums take the least common multiple of denominators and products
/// cancel a factor the numerator is, without polynomial GCDs: `p_i − p_i p_j` over `S` and `S^2`
/// stays over `S^2`. Equality of values is not decided here; the identity test evaluates
/// differences at random points.
package struct RationalFunction: Hashable, Sendable {
  package private(set) var numerator: Polynomial
  /// The denominator's primitive factors and their multiplicities.
  package private(set) var factors: [Polynomial: Int]

  package init(_ p: Polynomial) {
    numerator = p
    factors = [:]
  }

  package init(_ c: Rational) { self.init(Polynomial(c)) }

  /// `numerator / Π factorᵏ`, with a numerator that is a factor (up to a constant and a
  /// monomial) cancelled.
  init(numerator: Polynomial, factors: [Polynomial: Int]) throws(GiveUp) {
    self.numerator = numerator
    self.factors = numerator.isZero ? [:] : factors.filter { $0.value > 0 }
    // Only a numerator with as many terms as some factor can be that factor times a monomial.
    guard self.factors.keys.contains(where: { $0.terms.count == numerator.terms.count }) else { return }
    let (c, m, primitive) = try numerator.content()
    if let k = self.factors[primitive] {
      self.numerator = Polynomial(m, c)
      self.factors[primitive] = k == 1 ? nil : k - 1
    }
  }

  /// `numerator / denominator` for a polynomial denominator (its content moved up).
  package init(numerator: Polynomial, denominator: Polynomial) throws(GiveUp) {
    guard !denominator.isZero else { throw GiveUp("division by zero") }
    let (c, m, primitive) = try denominator.content()
    let scaled = try numerator.shifted(by: try m.raised(to: try Fraction(-1))).scaled(by: try Rational.one / c)
    try self.init(numerator: scaled, factors: primitive == .one ? [:] : [primitive: 1])
  }

  package static let zero = RationalFunction(Polynomial.zero)
  package static let one = RationalFunction(Polynomial.one)

  package var isZero: Bool { numerator.isZero }

  /// The value when this is a constant.
  package var constant: Rational? { factors.isEmpty ? numerator.constant : nil }

  /// The numerator, when the denominator is 1.
  package var polynomial: Polynomial? { factors.isEmpty ? numerator : nil }

  /// The product of `factors` to the powers `powers`.
  static func product(_ powers: [Polynomial: Int]) throws(GiveUp) -> Polynomial {
    // Expanded products are canonical, but the work on the way depends on the order: a fixed one.
    var p = Polynomial.one
    for (f, k) in powers.sorted(by: { $0.key.precedes($1.key) }) where k > 0 { p = try p * f.power(k) }
    return p
  }

  package static func + (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction {
    if a.isZero { return b }
    if b.isZero { return a }
    if a.factors == b.factors { return try RationalFunction(numerator: try a.numerator + b.numerator, factors: a.factors) }
    let lcm = a.factors.merging(b.factors) { max($0, $1) }
    let up = try a.numerator * product(lcm.merging(a.factors) { $0 - $1 })
    let down = try b.numerator * product(lcm.merging(b.factors) { $0 - $1 })
    return try RationalFunction(numerator: try up + down, factors: lcm)
  }

  package static prefix func - (a: RationalFunction) -> RationalFunction {
    var r = a
    r.numerator = -a.numerator
    return r
  }

  package static func - (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction { try a + (-b) }

  package static func * (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction {
    // Polynomials (most products while mapping): nothing to merge or cancel.
    if a.factors.isEmpty && b.factors.isEmpty { return RationalFunction(try a.numerator * b.numerator) }
    var factors = a.factors.merging(b.factors) { $0 + $1 }
    var (x, y) = (a.numerator, b.numerator)
    // Cancel a numerator that is one of the other side's factors (p·(1/p) in softmax forms).
    for n in [0, 1] {
      let p = n == 0 ? x : y
      guard !p.isZero, factors.keys.contains(where: { $0.terms.count == p.terms.count }) else { continue }
      let (c, m, primitive) = try p.content()
      guard let k = factors[primitive] else { continue }
      factors[primitive] = k == 1 ? nil : k - 1
      if n == 0 { x = Polynomial(m, c) } else { y = Polynomial(m, c) }
    }
    return try RationalFunction(numerator: try x * y, factors: factors)
  }

  package func reciprocal() throws(GiveUp) -> RationalFunction {
    try RationalFunction(numerator: try Self.product(factors), denominator: numerator)
  }

  package static func / (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction {
    try a * b.reciprocal()
  }

  /// `self` to an integer power (negative powers invert).
  package func power(_ k: Int) throws(GiveUp) -> RationalFunction {
    if k < 0 { return try reciprocal().power(-k) }
    return try RationalFunction(numerator: try numerator.power(k), factors: k == 0 ? [:] : factors.mapValues { $0 * k })
  }
}
