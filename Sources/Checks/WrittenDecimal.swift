import Exact
import Language

/// A number the learner wrote as a decimal (`1.0397`, `-4.54e-5`), with the precision the
/// writing implies: an answer written with `d` decimal places claims the value to ±½·10⁻ᵈ.
package struct WrittenDecimal: Sendable {
  /// The exact value of the text.
  package var value: Rational
  /// One unit in the last written place, `10^(exponent − fraction digits)`.
  package var lastPlace: Rational
  /// Significant digits written (leading zeros excluded, trailing zeros included).
  package var significantDigits: Int

  /// Recognises a plain decimal literal, optionally negated; `nil` for anything else
  /// (integers, fractions and expressions are taken as exact values).
  package init?(_ expression: Expression) {
    var negative = false
    var e = expression
    if case .negate(let inner, _) = e {
      negative = true
      e = inner
    }
    guard case .number(let q, let text, _) = e else { return nil }
    let lower = text.lowercased()
    guard lower.contains(".") || lower.contains("e") else { return nil }
    let parts = lower.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
    let mantissa = parts[0]
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let fraction = pieces.count > 1 ? pieces[1] : ""
    let digits = (pieces[0] + fraction).drop(while: { $0 == "0" })
    value = negative ? -q : q
    significantDigits = max(digits.count, 1)
    guard let place = try? Rational(10).power(exponent - fraction.count) else { return nil }
    lastPlace = place
  }
}

extension ExactLimits {
  /// These limits with a precision ceiling high enough to place `decimal` against any value:
  /// a decimal of k digits needs about 3.33·k bits (log2 10 per digit) to tell it from a value
  /// half a unit in its last place away, plus the bits of its integer part and a margin.
  /// Written numbers are bounded by ``maxDigits``, so the ceiling stays bounded too.
  func resolving(_ decimal: WrittenDecimal) -> ExactLimits {
    let placeBits = decimal.lastPlace.denominator.bitWidth + decimal.lastPlace.numerator.bitWidth
    let needed = placeBits + decimal.value.numerator.bitWidth + 128
    var limits = self
    limits.maxPrecision = Swift.max(maxPrecision, needed)
    return limits
  }
}
