import Exact

/// Which signs a quantity can take on a domain (a superset): the definedness check's arithmetic.
struct SignSet: Equatable {
  var negative: Bool
  var zero: Bool
  var positive: Bool

  static let any = SignSet(negative: true, zero: true, positive: true)
  static let positive = SignSet(negative: false, zero: false, positive: true)
  static let nonnegative = SignSet(negative: false, zero: true, positive: true)
  static let zero = SignSet(negative: false, zero: true, positive: false)

  init(negative: Bool, zero: Bool, positive: Bool) {
    self.negative = negative
    self.zero = zero
    self.positive = positive
  }

  init(_ q: Rational) { self.init(negative: q.signum < 0, zero: q.isZero, positive: q.signum > 0) }

  var isPositive: Bool { !negative && !zero }
  var negated: SignSet { SignSet(negative: positive, zero: zero, positive: negative) }
  var union: (SignSet) -> SignSet {
    { SignSet(negative: negative || $0.negative, zero: zero || $0.zero, positive: positive || $0.positive) }
  }

  static func + (a: SignSet, b: SignSet) -> SignSet {
    SignSet(
      negative: a.negative || b.negative,
      zero: (a.zero && b.zero) || (a.positive && b.negative) || (a.negative && b.positive),
      positive: a.positive || b.positive)
  }

  static func * (a: SignSet, b: SignSet) -> SignSet {
    SignSet(
      negative: (a.positive && b.negative) || (a.negative && b.positive),
      zero: a.zero || b.zero,
      positive: (a.positive && b.positive) || (a.negative && b.negative))
  }

  /// The signs of `max(a, b)` (`greatest`) or `min(a, b)`.
  static func extreme(_ a: SignSet, _ b: SignSet, greatest: Bool) -> SignSet {
    SignSet(
      negative: greatest ? a.negative && b.negative : a.negative || b.negative,
      zero: a.zero || b.zero,
      positive: greatest ? a.positive || b.positive : a.positive && b.positive)
  }

  /// The signs of `x^k` for an integer `k` (nil when `k < 0` and `x` may be zero).
  func power(_ k: Int) -> SignSet? {
    if k == 0 { return .positive }
    if k < 0 && zero { return nil }
    if k % 2 == 0 { return SignSet(negative: false, zero: zero, positive: positive || negative) }
    return self
  }
}
