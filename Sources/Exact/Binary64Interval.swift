#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A closed interval of binary64 numbers that certainly holds a real value: the first, cheap
/// layer of a numeric decision, tried before any MPFR enclosure.
///
/// Every endpoint is rounded outward. `+ − × ÷ √` are correctly rounded in IEEE 754, so one
/// step to the neighbouring double (`nextDown`/`nextUp`) covers their error; the C library's
/// `exp` and `log` are not correctly rounded but are documented within 1 ulp (glibc's table of
/// known maximum errors), so their endpoints step out by four. Whatever cannot be enclosed
/// soundly in binary64 (an overflow, a divisor or logarithm argument that may be zero) is
/// `nil`: the caller then asks MPFR, at the least precision that decides.
public struct Binary64Interval: Sendable, Hashable {
  public let lower: Double
  public let upper: Double

  /// The interval, or nil unless both ends are finite and ordered.
  init?(_ lower: Double, _ upper: Double) {
    guard lower.isFinite, upper.isFinite, lower <= upper else { return nil }
    self.lower = lower
    self.upper = upper
  }

  /// The bits of a binary64 significand: what a decision in this layer reports.
  public static let precision = 53

  /// Steps by which `exp` and `log` results are widened (their error is at most one ulp).
  static let libraryFunctionSteps = 4

  /// 1 or -1 when the whole interval lies on one side of zero, nil otherwise (zero itself is
  /// never decided here: equality is for the exact layers).
  public var sign: Int? {
    if lower > 0 { return 1 }
    if upper < 0 { return -1 }
    return nil
  }

  /// The tightest interval this layer builds around a rational (nil beyond binary64's range).
  public init?(_ q: Rational) {
    switch q.representation {
    case .small(let n, let d) where n.magnitude <= 1 << 53 && d <= 1 << 53:
      // Both parts are exact doubles, so the quotient is correctly rounded: one step out.
      let x = Double(n) / Double(d)
      self.init(x.nextDown, x.nextUp)
    default:
      let down = MPFRStorage.rounded(q, precision: 53, .down)
      let up = MPFRStorage.rounded(q, precision: 53, .up)
      self.init(down.double(.down), up.double(.up))
    }
  }

  /// The binary64 interval around an MPFR interval, endpoints rounded outward.
  public init?(_ box: Interval) {
    self.init(box.lowerBound.double(.down), box.upperBound.double(.up))
  }

  static func outward(_ lower: Double, _ upper: Double, steps: Int = 1) -> Binary64Interval? {
    var a = lower
    var b = upper
    for _ in 0..<steps {
      a = a.nextDown
      b = b.nextUp
    }
    return Binary64Interval(a, b)
  }
}

extension Binary64Interval {
  static func + (a: Self, b: Self) -> Self? { outward(a.lower + b.lower, a.upper + b.upper) }

  static prefix func - (a: Self) -> Self { Binary64Interval(-a.upper, -a.lower)! }

  static func * (a: Self, b: Self) -> Self? {
    let p = [a.lower * b.lower, a.lower * b.upper, a.upper * b.lower, a.upper * b.upper]
    guard let low = p.min(), let high = p.max() else { return nil }
    return outward(low, high)
  }

  /// Nil when the divisor may be zero.
  static func / (a: Self, b: Self) -> Self? {
    guard b.lower > 0 || b.upper < 0 else { return nil }
    let q = [a.lower / b.lower, a.lower / b.upper, a.upper / b.lower, a.upper / b.upper]
    guard let low = q.min(), let high = q.max() else { return nil }
    return outward(low, high)
  }

  /// `exp` is increasing; an underflowing lower end is still above zero.
  func exp() -> Self? {
    guard let widened = Self.outward(libraryExp(lower), libraryExp(upper), steps: Self.libraryFunctionSteps) else { return nil }
    return Binary64Interval(Swift.max(widened.lower, 0), widened.upper)
  }

  /// Nil unless the argument is certainly positive (MPFR then says why, with its own error).
  func log() -> Self? {
    guard lower > 0 else { return nil }
    return Self.outward(libraryLog(lower), libraryLog(upper), steps: Self.libraryFunctionSteps)
  }

  func squareRoot() -> Self? {
    guard lower >= 0 else { return nil }
    guard let r = Self.outward(lower.squareRoot(), upper.squareRoot()) else { return nil }
    return Binary64Interval(Swift.max(r.lower, 0), r.upper)
  }

  func magnitude() -> Self {
    if lower >= 0 { return self }
    if upper <= 0 { return -self }
    return Binary64Interval(0, Swift.max(-lower, upper))!
  }

  static func maximum(_ a: Self, _ b: Self) -> Self {
    Binary64Interval(Swift.max(a.lower, b.lower), Swift.max(a.upper, b.upper))!
  }

  static func minimum(_ a: Self, _ b: Self) -> Self {
    Binary64Interval(Swift.min(a.lower, b.lower), Swift.min(a.upper, b.upper))!
  }

  /// `base^n` by repeated squaring, as ``Interval/power(_:_:)`` does.
  static func power(_ base: Self, _ n: Int) -> Self? {
    if n == 0 { return Binary64Interval(1, 1) }
    if n < 0 { return power(base, -n).flatMap { Binary64Interval(1, 1)! / $0 } }
    var result = Binary64Interval(1, 1)!
    var square = n % 2 == 0 ? base.magnitude() : base
    var k = n
    while k > 0 {
      if k & 1 == 1 {
        guard let r = result * square else { return nil }
        result = r
      }
      k >>= 1
      if k > 0 {
        guard let s = square * square else { return nil }
        square = s
      }
    }
    return result
  }
}

/// The C library's `exp` and `log` (named apart: inside the interval's own `exp()` and `log()`
/// the plain names mean the methods).
private func libraryExp(_ x: Double) -> Double { exp(x) }
private func libraryLog(_ x: Double) -> Double { log(x) }
