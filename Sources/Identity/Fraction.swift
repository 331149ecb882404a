/// A small exact fraction: the exponent of one indeterminate in a monomial.
///
/// Exponents are rational only for `exp` atoms (`exp(v/2)` is `exp(v)^(1/2)`); they stay small,
/// so machine integers with overflow checks suffice, and an overflow gives up.
package struct Fraction: Hashable, Comparable, Sendable {
  package let numerator: Int
  /// Always positive, and coprime to the numerator.
  package let denominator: Int

  package init(_ numerator: Int, _ denominator: Int = 1) throws(GiveUp) {
    guard denominator != 0, numerator != Int.min, denominator != Int.min else { throw GiveUp("exponent out of range") }
    let g = Fraction.gcd(abs(numerator), abs(denominator))
    let sign = denominator < 0 ? -1 : 1
    self.numerator = sign * numerator / g
    self.denominator = abs(denominator) / g
  }

  package static let one = try! Fraction(1)
  package static let zero = try! Fraction(0)

  package var isZero: Bool { numerator == 0 }
  package var isInteger: Bool { denominator == 1 }

  static func gcd(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return max(x, 1)
  }

  static func checked(_ r: (partialValue: Int, overflow: Bool)) throws(GiveUp) -> Int {
    guard !r.overflow, abs(r.partialValue) < 1 << 40 else { throw GiveUp("exponent out of range") }
    return r.partialValue
  }

  package static func + (a: Fraction, b: Fraction) throws(GiveUp) -> Fraction {
    let l = try checked(a.numerator.multipliedReportingOverflow(by: b.denominator))
    let r = try checked(b.numerator.multipliedReportingOverflow(by: a.denominator))
    return try Fraction(l + r, try checked(a.denominator.multipliedReportingOverflow(by: b.denominator)))
  }

  package static func * (a: Fraction, b: Fraction) throws(GiveUp) -> Fraction {
    try Fraction(
      try checked(a.numerator.multipliedReportingOverflow(by: b.numerator)),
      try checked(a.denominator.multipliedReportingOverflow(by: b.denominator)))
  }

  package static prefix func - (a: Fraction) -> Fraction { try! Fraction(-a.numerator, a.denominator) }

  package static func < (a: Fraction, b: Fraction) -> Bool {
    a.numerator * b.denominator < b.numerator * a.denominator
  }
}
