import Exact
import Language
import Localization

/// How a learner's number relates to a target value.
package enum ValueMatch: Sendable, Equatable {
  /// Equal, decided exactly.
  case exact
  /// Not provably equal but equal to every bit of a high-precision certified enclosure.
  case certifiedAgreement(bits: Int)
  /// A decimal correctly rounded at its written precision, with this many significant digits.
  case rounded(significantDigits: Int)
  /// A decimal that is the target truncated (not rounded) at its written precision.
  case truncated
  /// A decimal of at least three significant digits whose last digit is off by one from the
  /// correctly rounded value: a rounding slip.
  case lastDigitSlip
  /// Different.
  case different(DecisionMethod)
  /// Not decided within the limits (precision ceiling or work budget); the text says why.
  /// Never reported as a difference: nothing was shown.
  case undecided(LocalizedText)

  /// Whether the answer stands for the target (exactly or as a correct decimal).
  package var isMatch: Bool {
    switch self {
    case .exact, .certifiedAgreement, .rounded, .truncated: return true
    case .lastDigitSlip, .different, .undecided: return false
    }
  }

  /// Compares a learner's value (and its written form) with a target.
  package static func judge(
    _ value: RealValue, written: Expression, target: RealValue,
    limits: ExactLimits = .standard
  ) -> ValueMatch {
    let decimal = WrittenDecimal(written)
    let limits = decimal.map { limits.resolving($0) } ?? limits
    let comparison: RealComparison
    do { comparison = try compareOrThrow(value, target, limits) } catch {
      return .undecided(error.text)
    }
    if comparison.order == 0 { return .exact }
    if comparison.order == nil { return .certifiedAgreement(bits: comparison.agreementBits ?? 0) }
    guard let decimal else { return .different(comparison.method) }
    // A reference with a finite decimal expansion (3/2 = 1.5) must be written exactly: rounding
    // is for values a decimal cannot hold (irrationals, 5/3).
    if let q = target.rationalValue, hasFiniteDecimal(q) { return .different(comparison.method) }
    do {
      // Correctly rounded: target within half a unit of the last written place.
      let half = decimal.lastPlace * Rational(1, 2)
      if try within(target, decimal.value - half, decimal.value + half, limits) {
        return .rounded(significantDigits: decimal.significantDigits)
      }
      // Truncated toward zero: target in (v, v + place) for v ≥ 0, (v − place, v) for v < 0
      // (v itself was handled above: that is equality).
      let (lo, hi) =
        decimal.value.signum >= 0
        ? (decimal.value, decimal.value + decimal.lastPlace)
        : (decimal.value - decimal.lastPlace, decimal.value)
      if try within(target, lo, hi, limits, open: true) { return .truncated }
      let slip = decimal.lastPlace * Rational(3, 2)
      if decimal.significantDigits >= 3, try within(target, decimal.value - slip, decimal.value + slip, limits) {
        return .lastDigitSlip
      }
    } catch {
      return .undecided(error.text)
    }
    return .different(comparison.method)
  }

  /// Whether `q` has a terminating decimal expansion (its denominator is 2^a·5^b).
  static func hasFiniteDecimal(_ q: Rational) -> Bool {
    var d = q.denominator
    for p in [BigInteger(2), BigInteger(5)] {
      while d.isDivisible(by: p), d.bitWidth > 1 { d = (try? d.quotientAndRemainder(dividingBy: p).quotient) ?? d }
    }
    return d == BigInteger(1)
  }

  private static func within(
    _ x: RealValue, _ lo: Rational, _ hi: Rational, _ limits: ExactLimits,
    open: Bool = false
  ) throws(ArithmeticError) -> Bool {
    let a = try compareOrThrow(x, .rational(lo), limits)
    let b = try compareOrThrow(x, .rational(hi), limits)
    guard let oa = a.order, let ob = b.order else {
      throw .undecided(.roundingInterval)
    }
    return open ? (oa > 0 && ob < 0) : (oa >= 0 && ob <= 0)
  }

  private static func compareOrThrow(
    _ a: RealValue, _ b: RealValue, _ limits: ExactLimits
  ) throws(ArithmeticError) -> RealComparison {
    do { return try RealValue.compare(a, b, limits: limits) } catch let e as ArithmeticError { throw e } catch {
      // compare throws only ArithmeticError; anything else is not a decision either.
      throw .undecided(.roundingInterval)
    }
  }

  /// Whether the answer stands for a *wrong* target (a misconception): like ``isMatch``, but a
  /// rough decimal must have at least `digits` significant digits, so `0.5` is not taken as a
  /// specific mistake whose value is 0.5199….
  package func isMisconceptionMatch(minimumDigits digits: Int) -> Bool {
    switch self {
    case .exact, .certifiedAgreement: return true
    case .rounded(let d): return d >= digits
    case .truncated, .lastDigitSlip, .different, .undecided: return false
    }
  }
}
