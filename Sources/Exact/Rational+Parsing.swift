extension Rational {
  /// Reads a number in the answer grammar, exactly.
  ///
  /// Accepted forms: integers (`3`, `-7`), fractions of integers (`3/2`, `-1/3`), decimals
  /// (`0.125`, `.5`, `7.`), and scientific notation (`1e-3`, `2.5E+2`). Every one is exact:
  /// `0.1` is 1/10. Surrounding spaces, `1/-3`, `1.5/2` and `--1` are not numbers.
  ///
  /// - Returns: `nil` when `text` is not a number in this grammar.
  /// - Throws: ``ArithmeticError/divisionByZero`` for a zero denominator (`1/0`), and
  ///   ``ArithmeticError/limitExceeded(_:)`` for too many digits or too large an exponent;
  ///   both are decided from the text's length before any big number is built.
  public init?(parsing text: some StringProtocol, limits: ExactLimits = .standard) throws {
    let bytes = Array(text.utf8)
    // Uncounted work (exercise files at load, samples): a short number is read in machine
    // integers. Under a meter the GMP road runs, so an answer's charge stays what it was.
    if WorkMeter.current == nil, let small = Rational.small(bytes) {
      self = small
      return
    }
    guard let value = try Rational.parse(bytes, limits: limits) else { return nil }
    self = value
  }

  /// `D+`, `D+.D*`, `.D+` or `D+/D+` (nonzero denominator), optionally signed, in at most 18
  /// digits, as the GMP road reads it; nil for anything else (which that road then decides).
  static func small(_ s: [UInt8]) -> Rational? {
    var i = 0
    let negative = i < s.count && s[i] == UInt8(ascii: "-")
    if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") { i += 1 }
    // At most 18 digits a run: 10^18 - 1 fits an Int, with room to scale by what follows.
    func digits() -> (value: Int, count: Int) {
      var (value, count) = (0, 0)
      while i < s.count, isDigit(s[i]), count < 18 {
        value = value * 10 + Int(s[i] - 48)
        count += 1
        i += 1
      }
      return (value, count)
    }
    let whole = digits()
    let separator = i < s.count ? s[i] : nil
    if separator != nil { i += 1 }
    let rest = digits()
    guard i == s.count else { return nil }
    let value: Rational
    switch separator {
    case nil:
      guard whole.count > 0 else { return nil }
      value = Rational(whole.value)
    case UInt8(ascii: "/"):
      guard whole.count > 0, rest.count > 0, rest.value > 0 else { return nil }
      value = Rational(whole.value, rest.value)
    case UInt8(ascii: "."):
      guard whole.count + rest.count > 0, whole.count + rest.count <= 18 else { return nil }
      var scale = 1
      for _ in 0..<rest.count { scale *= 10 }
      value = Rational(whole.value * scale + rest.value, scale)
    default:
      return nil
    }
    return negative ? -value : value
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  private static func parse(_ s: [UInt8], limits: ExactLimits) throws -> Rational? {
    var i = 0
    var negative = false
    if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
      negative = s[i] == UInt8(ascii: "-")
      i += 1
    }
    let intStart = i
    while i < s.count, isDigit(s[i]) { i += 1 }
    let intDigits = s[intStart..<i]

    // Fraction of integers: D+/D+
    if i < s.count, s[i] == UInt8(ascii: "/") {
      guard !intDigits.isEmpty else { return nil }
      let denStart = i + 1
      var j = denStart
      while j < s.count, isDigit(s[j]) { j += 1 }
      guard j == s.count, j > denStart else { return nil }
      guard let n = try BigInteger(decimal: Substring(decoding: intDigits, as: UTF8.self), limits: limits),
        let d = try BigInteger(decimal: Substring(decoding: s[denStart..<j], as: UTF8.self), limits: limits)
      else { return nil }
      let value = try Rational(numerator: n, denominator: d)
      return negative ? -value : value
    }

    // Decimal: D+(.D*)? | .D+, then an optional exponent.
    var fracDigits: ArraySlice<UInt8> = []
    if i < s.count, s[i] == UInt8(ascii: ".") {
      let fracStart = i + 1
      i = fracStart
      while i < s.count, isDigit(s[i]) { i += 1 }
      fracDigits = s[fracStart..<i]
    }
    guard !intDigits.isEmpty || !fracDigits.isEmpty else { return nil }
    var exponent = 0
    if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
      i += 1
      var expNegative = false
      if i < s.count, s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
        expNegative = s[i] == UInt8(ascii: "-")
        i += 1
      }
      let expStart = i
      while i < s.count, isDigit(s[i]) { i += 1 }
      guard i > expStart else { return nil }
      // Refuse from the digit count alone: `1e999999999999999999999` never reaches Int.
      let expDigits = s[expStart..<i].drop(while: { $0 == UInt8(ascii: "0") })
      guard expDigits.count <= 9,
        let e = Int(String(decoding: expDigits.isEmpty ? [48] : Array(expDigits), as: UTF8.self)),
        e <= limits.maxDecimalExponent
      else {
        throw ArithmeticError.limitExceeded(.decimalExponent(limits.maxDecimalExponent))
      }
      exponent = expNegative ? -e : e
    }
    guard i == s.count else { return nil }

    let mantissaText = Substring(decoding: Array(intDigits) + Array(fracDigits), as: UTF8.self)
    guard let mantissa = try BigInteger(decimal: mantissaText, limits: limits) else { return nil }
    let scale = exponent - fracDigits.count
    let ten = BigInteger(10)
    var value: Rational
    if mantissa.isZero {
      value = .zero
    } else if scale >= 0 {
      value = Rational(mantissa * (try ten.power(scale, limits: limits)))
    } else {
      value = try Rational(numerator: mantissa, denominator: try ten.power(-scale, limits: limits))
    }
    if negative { value = -value }
    return value
  }
}
