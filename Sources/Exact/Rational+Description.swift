extension Rational: CustomStringConvertible, LosslessStringConvertible {
  /// The value in the answer grammar: `3/2`, `-7`, `0`.
  public var description: String {
    // Machine-size parts are printed as Ints: no GMP integers made just to be printed.
    if case .small(let n, let d) = representation { return d == 1 ? String(n) : "\(n)/\(d)" }
    return isInteger ? numerator.description : "\(numerator)/\(denominator)"
  }

  /// Parses the answer grammar's numbers; `nil` for anything else (including limit overflows).
  public init?(_ description: String) {
    guard let value = try? Rational(parsing: description) else { return nil }
    self = value
  }

  /// The value as a decimal, rounded half-to-even to `significantDigits` significant digits,
  /// in plain or scientific notation (`1.0397`, `4.54e-5`). For display and for judging whether
  /// a written decimal is correctly rounded.
  public func decimalString(significantDigits: Int) -> String {
    precondition(significantDigits >= 1)
    if isZero { return "0" }
    let negative = signum < 0
    let x = magnitude
    // Find the exponent E with 10^E <= x < 10^(E+1), starting from the bit widths.
    var e = Int((Double(x.numerator.bitWidth) - Double(x.denominator.bitWidth)) * 0.30103)
    func pow10(_ k: Int) -> Rational {
      (try? Rational(10).power(k, limits: ExactLimits(maxBits: 1 << 22))) ?? .one
    }
    while x < pow10(e) { e -= 1 }
    while x >= pow10(e + 1) { e += 1 }
    // Scale to an integer with `significantDigits` digits and round half to even.
    let scale = significantDigits - 1 - e
    let scaled = x * pow10(scale)
    var digits = scaled.floor
    let frac = scaled - Rational(digits)
    let half = Rational(1, 2)
    if frac > half || (frac == half && !digits.isDivisible(by: 2)) { digits += 1 }
    var text = digits.description
    var exponent = e
    if text.count > significantDigits {  // rounding carried into a new digit (9.99 -> 10.0)
      text.removeLast()
      exponent += 1
    }
    let body: String
    // Plain notation only when it shows exactly the significant digits (as C's `%g` does):
    // 1234567 to 3 digits is `1.23e6`, not `1230000`; 4.54e-5 is not `0.0000454`.
    if exponent >= -4 && exponent < significantDigits {
      if exponent >= text.count - 1 {
        body = text + String(repeating: "0", count: exponent - (text.count - 1))
      } else if exponent >= 0 {
        let i = text.index(text.startIndex, offsetBy: exponent + 1)
        body = text[..<i] + "." + text[i...]
      } else {
        body = "0." + String(repeating: "0", count: -exponent - 1) + text
      }
    } else {
      let head = text.prefix(1)
      let tail = text.dropFirst()
      body = head + (tail.isEmpty ? "" : "." + tail) + "e" + String(exponent)
    }
    return negative ? "-" + body : body
  }
}
