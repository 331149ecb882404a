import Exact

/// A quotient of two polynomials in the mapping's indeterminates: the image of one scalar.
///
/// Kept semi-canonical without polynomial GCDs: a monomial denominator is moved into the
/// numerator (Laurent), any other denominator has leading coefficient 1 and no monomial factor,
/// and sums over one denominator add numerators. Equality of values is not decided here; the
/// identity test evaluates differences at random points.
package struct RationalFunction: Hashable, Sendable {
  package private(set) var numerator: Polynomial
  package private(set) var denominator: Polynomial

  package init(_ p: Polynomial) {
    numerator = p
    denominator = .one
  }

  package init(_ c: Rational) { self.init(Polynomial(c)) }

  package init(numerator: Polynomial, denominator: Polynomial) throws(GiveUp) {
    guard !denominator.isZero else { throw GiveUp("division by zero") }
    if numerator.isZero || numerator == denominator {
      self.numerator = numerator.isZero ? .zero : .one
      self.denominator = .one
      return
    }
    let (c, m, primitive) = try denominator.content()
    let inverse = try m.raised(to: try Fraction(-1))
    self.numerator = try numerator.shifted(by: inverse).scaled(by: try Rational.one / c)
    self.denominator = primitive
  }

  package static let zero = RationalFunction(Polynomial.zero)
  package static let one = RationalFunction(Polynomial.one)

  package var isZero: Bool { numerator.isZero }

  /// The value when this is a constant.
  package var constant: Rational? { denominator == .one ? numerator.constant : nil }

  /// The numerator, when the denominator is 1.
  package var polynomial: Polynomial? { denominator == .one ? numerator : nil }

  package static func + (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction {
    if a.denominator == b.denominator {
      return try RationalFunction(numerator: try a.numerator + b.numerator, denominator: a.denominator)
    }
    let n = try a.numerator * b.denominator + b.numerator * a.denominator
    return try RationalFunction(numerator: n, denominator: try a.denominator * b.denominator)
  }

  package static prefix func - (a: RationalFunction) -> RationalFunction {
    var r = a
    r.numerator = -a.numerator
    return r
  }

  package static func - (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction { try a + (-b) }

  package static func * (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction {
    // Cancel a denominator that is the other's numerator (p·(1/p) in softmax forms).
    if a.denominator == b.numerator { return try RationalFunction(numerator: a.numerator, denominator: b.denominator) }
    if b.denominator == a.numerator { return try RationalFunction(numerator: b.numerator, denominator: a.denominator) }
    return try RationalFunction(numerator: try a.numerator * b.numerator, denominator: try a.denominator * b.denominator)
  }

  package func reciprocal() throws(GiveUp) -> RationalFunction {
    try RationalFunction(numerator: denominator, denominator: numerator)
  }

  package static func / (a: RationalFunction, b: RationalFunction) throws(GiveUp) -> RationalFunction {
    try a * b.reciprocal()
  }

  /// `self` to an integer power (negative powers invert).
  package func power(_ k: Int) throws(GiveUp) -> RationalFunction {
    if k < 0 { return try reciprocal().power(-k) }
    return try RationalFunction(numerator: try numerator.power(k), denominator: try denominator.power(k))
  }
}
