internal import CMPFR

/// A closed interval `[lower, upper]` of reals with MPFR endpoints, computed with directed
/// rounding so that it always contains the true value of what it encloses.
///
/// Intervals are the certified fallback for values that are not exact (exp of a rational,
/// `sigmoid(0.2)`, …). Operations that would leave the domain (log of an interval reaching
/// zero, division by an interval containing zero) throw, and callers retry at a higher
/// precision or report that the value could not be decided.
public struct Interval: Sendable {
  let lowerBound: MPFRStorage
  let upperBound: MPFRStorage
  /// The working precision in bits of both endpoints.
  public let precision: Int

  init(lower: MPFRStorage, upper: MPFRStorage, precision: Int) {
    lowerBound = lower
    upperBound = upper
    self.precision = precision
  }

  /// The tightest interval of the given precision around a rational.
  public init(_ value: Rational, precision: Int) {
    self.init(
      lower: .rounded(value, precision: precision, .down),
      upper: .rounded(value, precision: precision, .up), precision: precision)
  }

  /// The exact lower endpoint.
  public var lower: Rational? { lowerBound.exactRational }
  /// The exact upper endpoint.
  public var upper: Rational? { upperBound.exactRational }
  /// The endpoints rounded to binary64 (for display only).
  public var approximateBounds: (Double, Double) { (lowerBound.double, upperBound.double) }
  /// A binary64 point inside the interval (for display only).
  public var midpoint: Double {
    let (a, b) = approximateBounds
    return a.isFinite && b.isFinite ? a / 2 + b / 2 : (a.isFinite ? a : b)
  }

  /// 1 or -1 when the whole interval is on one side of zero, 0 when it is exactly `[0, 0]`,
  /// `nil` when it straddles or touches zero from one side.
  public var sign: Int? {
    if lowerBound.isNaN || upperBound.isNaN { return nil }
    if lowerBound.sign > 0 { return 1 }
    if upperBound.sign < 0 { return -1 }
    if lowerBound.sign == 0 && upperBound.sign == 0 { return 0 }
    return nil
  }

  /// Whether both endpoints are finite numbers.
  public var isFinite: Bool {
    mpfr_number_p(lowerBound.raw) != 0 && mpfr_number_p(upperBound.raw) != 0
  }

  /// `upper - lower`, rounded up, as a binary64 (for reporting the width of a decision).
  public var width: Double {
    let w = MPFRStorage(precision: precision)
    mpfr_sub(w.raw, upperBound.raw, lowerBound.raw, MPFR_RNDU)
    return w.double
  }

  // MARK: - Construction helpers

  private static func make(
    _ precision: Int,
    _ lower: (UnsafeMutablePointer<__mpfr_struct>) -> Void,
    _ upper: (UnsafeMutablePointer<__mpfr_struct>) -> Void
  ) -> Interval {
    // Two endpoints, each a heap allocation and an MPFR operation: a fixed part and a part
    // that grows with the precision.
    WorkMeter.charge(2 * (precision / 64 + 1) + 2)
    let lo = MPFRStorage(precision: precision)
    let hi = MPFRStorage(precision: precision)
    lower(lo.raw)
    upper(hi.raw)
    return Interval(lower: lo, upper: hi, precision: precision)
  }

  /// What an `exp` or `log` at this precision adds to a ``WorkMeter``, beyond the operation's
  /// own charge: MPFR's series cost grows faster than the precision.
  static func transcendentalCost(_ precision: Int) -> Int {
    let limbs = precision / 64 + 1
    return 16 * limbs + limbs * limbs / 8
  }

  /// ln 2, enclosed.
  public static func ln2(precision: Int) -> Interval {
    make(precision, { _ = mpfr_const_log2($0, MPFR_RNDD) }, { _ = mpfr_const_log2($0, MPFR_RNDU) })
  }

  /// e, enclosed.
  public static func e(precision: Int) -> Interval {
    Interval(Rational.one, precision: precision).exp()
  }

  // MARK: - Arithmetic

  public static func + (a: Interval, b: Interval) -> Interval {
    make(
      a.precision,
      { _ = mpfr_add($0, a.lowerBound.raw, b.lowerBound.raw, MPFR_RNDD) },
      { _ = mpfr_add($0, a.upperBound.raw, b.upperBound.raw, MPFR_RNDU) })
  }

  public static func - (a: Interval, b: Interval) -> Interval {
    make(
      a.precision,
      { _ = mpfr_sub($0, a.lowerBound.raw, b.upperBound.raw, MPFR_RNDD) },
      { _ = mpfr_sub($0, a.upperBound.raw, b.lowerBound.raw, MPFR_RNDU) })
  }

  public static prefix func - (a: Interval) -> Interval {
    make(
      a.precision,
      { _ = mpfr_neg($0, a.upperBound.raw, MPFR_RNDD) },
      { _ = mpfr_neg($0, a.lowerBound.raw, MPFR_RNDU) })
  }

  public static func * (a: Interval, b: Interval) -> Interval {
    // The extremes of a product of intervals are among the four endpoint products.
    let p = a.precision
    let pairs = [
      (a.lowerBound, b.lowerBound), (a.lowerBound, b.upperBound),
      (a.upperBound, b.lowerBound), (a.upperBound, b.upperBound),
    ]
    let lo = MPFRStorage(precision: p)
    let hi = MPFRStorage(precision: p)
    let t = MPFRStorage(precision: p)
    for (k, (x, y)) in pairs.enumerated() {
      mpfr_mul(t.raw, x.raw, y.raw, MPFR_RNDD)
      if k == 0 || mpfr_less_p(t.raw, lo.raw) != 0 { mpfr_set(lo.raw, t.raw, MPFR_RNDD) }
      mpfr_mul(t.raw, x.raw, y.raw, MPFR_RNDU)
      if k == 0 || mpfr_greater_p(t.raw, hi.raw) != 0 { mpfr_set(hi.raw, t.raw, MPFR_RNDU) }
    }
    return Interval(lower: lo, upper: hi, precision: p)
  }

  /// `self · k` for an exact rational `k`: cheaper than a product of intervals, and as tight
  /// (each end is rounded outward once).
  public func scaled(by k: Rational) -> Interval {
    if k.isInteger, let small = k.numerator.intValue {
      let (lo, hi) = small >= 0 ? (lowerBound, upperBound) : (upperBound, lowerBound)
      return Interval.make(
        precision,
        { _ = mpfr_mul_si($0, lo.raw, small, MPFR_RNDD) },
        { _ = mpfr_mul_si($0, hi.raw, small, MPFR_RNDU) })
    }
    let (lo, hi) = k.signum >= 0 ? (lowerBound, upperBound) : (upperBound, lowerBound)
    let q = k.mpq
    return withExtendedLifetime(q) {
      Interval.make(
        precision,
        { _ = mpfr_mul_q($0, lo.raw, q.raw, MPFR_RNDD) },
        { _ = mpfr_mul_q($0, hi.raw, q.raw, MPFR_RNDU) })
    }
  }

  /// The reciprocal.
  ///
  /// - Throws: ``ArithmeticError/undecided(_:)`` when the interval contains zero.
  public func reciprocal() throws -> Interval {
    guard let s = sign, s != 0 else {
      throw ArithmeticError.undecided(.divisorMayBeZero)
    }
    return Interval.make(
      precision,
      { _ = mpfr_ui_div($0, 1, upperBound.raw, MPFR_RNDD) },
      { _ = mpfr_ui_div($0, 1, lowerBound.raw, MPFR_RNDU) })
  }

  public static func / (a: Interval, b: Interval) throws -> Interval {
    a * (try b.reciprocal())
  }

  /// `exp` is increasing, so the endpoints map to the endpoints.
  public func exp() -> Interval {
    WorkMeter.charge(Interval.transcendentalCost(precision))
    return Interval.make(
      precision,
      { _ = mpfr_exp($0, lowerBound.raw, MPFR_RNDD) },
      { _ = mpfr_exp($0, upperBound.raw, MPFR_RNDU) })
  }

  /// Natural logarithm.
  ///
  /// - Throws: ``ArithmeticError/domain(_:)`` if the interval is entirely ≤ 0, and
  ///   ``ArithmeticError/undecided(_:)`` if it reaches zero or below from a positive side.
  public func log() throws -> Interval {
    WorkMeter.charge(Interval.transcendentalCost(precision))
    guard upperBound.sign > 0 else {
      throw ArithmeticError.domain(.logOfNonPositive(nil))
    }
    guard lowerBound.sign > 0 else {
      throw ArithmeticError.undecided(.logArgumentMayBeZero)
    }
    return Interval.make(
      precision,
      { _ = mpfr_log($0, lowerBound.raw, MPFR_RNDD) },
      { _ = mpfr_log($0, upperBound.raw, MPFR_RNDU) })
  }

  /// Square root.
  ///
  /// - Throws: ``ArithmeticError/domain(_:)`` if the interval is entirely negative, and
  ///   ``ArithmeticError/undecided(_:)`` if it straddles zero.
  public func squareRoot() throws -> Interval {
    guard upperBound.sign >= 0 else {
      throw ArithmeticError.domain(.sqrtOfNegative(nil))
    }
    guard lowerBound.sign >= 0 else {
      throw ArithmeticError.undecided(.sqrtArgumentMayBeNegative)
    }
    return Interval.make(
      precision,
      { _ = mpfr_sqrt($0, lowerBound.raw, MPFR_RNDD) },
      { _ = mpfr_sqrt($0, upperBound.raw, MPFR_RNDU) })
  }

  /// Absolute value.
  public func magnitude() -> Interval {
    if lowerBound.sign >= 0 { return self }
    if upperBound.sign <= 0 { return -self }
    // |[l, u]| with l < 0 < u is [0, max(-l, u)].
    return Interval.make(
      precision, { mpfr_set_zero($0, 1) },
      { hi in
        mpfr_neg(hi, lowerBound.raw, MPFR_RNDU)
        _ = mpfr_max(hi, hi, upperBound.raw, MPFR_RNDU)
      })
  }

  /// The elementwise maximum of two intervals (max is increasing in both arguments).
  public static func maximum(_ a: Interval, _ b: Interval) -> Interval {
    make(
      a.precision,
      { _ = mpfr_max($0, a.lowerBound.raw, b.lowerBound.raw, MPFR_RNDD) },
      { _ = mpfr_max($0, a.upperBound.raw, b.upperBound.raw, MPFR_RNDU) })
  }

  /// The elementwise minimum of two intervals.
  public static func minimum(_ a: Interval, _ b: Interval) -> Interval {
    make(
      a.precision,
      { _ = mpfr_min($0, a.lowerBound.raw, b.lowerBound.raw, MPFR_RNDD) },
      { _ = mpfr_min($0, a.upperBound.raw, b.upperBound.raw, MPFR_RNDU) })
  }

  /// `log2(n)` for a positive integer, enclosed directly (tighter than `log(n)/log(2)`).
  static func log2(of n: BigInteger, precision: Int) -> Interval {
    let q = Rational(n)
    let lo = MPFRStorage.rounded(q, precision: precision + 8, .down)
    let hi = MPFRStorage.rounded(q, precision: precision + 8, .up)
    return make(precision, { _ = mpfr_log2($0, lo.raw, MPFR_RNDD) }, { _ = mpfr_log2($0, hi.raw, MPFR_RNDU) })
  }

  /// `ln(n)` for a positive integer.
  static func ln(of n: BigInteger, precision: Int) -> Interval {
    let q = Rational(n)
    let lo = MPFRStorage.rounded(q, precision: precision + 8, .down)
    let hi = MPFRStorage.rounded(q, precision: precision + 8, .up)
    return make(precision, { _ = mpfr_log($0, lo.raw, MPFR_RNDD) }, { _ = mpfr_log($0, hi.raw, MPFR_RNDU) })
  }
}
