/// How a sign or comparison was decided, for feedback ("decided exactly", "certified to 2^-128").
public enum DecisionMethod: Sendable, Hashable, CustomStringConvertible {
  /// By exact rational arithmetic or exact equality of log-linear forms.
  case exact
  /// By a certified MPFR enclosure at this many bits of precision.
  case certified(bits: Int)
  /// By comparing exact integer powers (e.g. `2^5 > 3^3` for `5/3 > log2 3`).
  case integerPowers

  public var description: String {
    switch self {
    case .exact: return "decided exactly"
    case .certified(let bits): return "certified with \(bits)-bit interval arithmetic"
    case .integerPowers: return "decided exactly by comparing integer powers"
    }
  }

}

extension LogLinear {
  /// A certified enclosure of the value at the given precision.
  public func enclosure(precision: Int) -> Interval {
    var sum = Interval(constant, precision: precision)
    for t in terms {
      let log = LogCache.log(of: t.base, base: base, precision: precision)
      sum = sum + log.scaled(by: t.coefficient)
    }
    return sum
  }

  /// The exact sign (-1, 0 or 1) and how it was decided.
  ///
  /// Zero is recognised structurally (the normal form is unique up to the coprime basis, and
  /// logs of coprime integers are independent over ℚ). A non-zero value is bracketed by MPFR at
  /// rising precision; if that has not decided by the precision ceiling, the value is scaled to
  /// integer coefficients and decided by comparing two integer powers exactly.
  ///
  /// - Throws: ``ArithmeticError/limitExceeded(_:)`` when neither method fits in the limits.
  public func signum(limits: ExactLimits = .standard) throws -> (sign: Int, method: DecisionMethod) {
    if terms.isEmpty { return (constant.signum, .exact) }
    // Enclosures first, to 4096 bits; then integer powers, which decide exactly but only in
    // bits or without a constant (e^c has no integer-power form) and only while the powers fit
    // in the limits; then enclosures again, up to the ceiling (which a long decimal raises to
    // what its digits need).
    var precision = 64
    while precision <= min(limits.maxPrecision, 4096) {
      try WorkMeter.checkpoint()
      if let s = enclosure(precision: precision).sign, s != 0 { return (s, .certified(bits: precision)) }
      precision *= 2
    }
    var powersFailure: ArithmeticError?
    if base == .two || constant.isZero {
      do { return (try signByIntegerPowers(limits: limits), .integerPowers) } catch { powersFailure = error as? ArithmeticError }
    }
    while precision <= limits.maxPrecision {
      try WorkMeter.checkpoint()
      if let s = enclosure(precision: precision).sign, s != 0 { return (s, .certified(bits: precision)) }
      precision *= 2
    }
    throw powersFailure ?? ArithmeticError.limitExceeded(.natsSign(precision: limits.maxPrecision))
  }

  /// Compares `Π b^k` over positive and negative integer coefficients, after clearing
  /// denominators: `sign(c + Σ r·log b) = sign(log(2^(c·D) · Π b^(r·D)))` in bits.
  func signByIntegerPowers(limits: ExactLimits) throws -> Int {
    guard base == .two || constant.isZero else {
      // In nats a rational constant is e^c, which has no integer-power form.
      throw ArithmeticError.limitExceeded(.natsSign(precision: limits.maxPrecision))
    }
    var lcm = BigInteger(1)
    for q in [constant] + terms.map(\.coefficient) {
      let d = q.denominator
      lcm = (try lcm.floorDivided(by: BigInteger.gcd(lcm, d))) * d
    }
    var positive = BigInteger(1)
    var negative = BigInteger(1)
    var estimatedBits = 0
    func multiply(_ base: BigInteger, by coefficient: Rational) throws {
      let k = coefficient * Rational(lcm)
      guard let e = k.numerator.magnitude.intValue, e < limits.maxBits else {
        throw ArithmeticError.limitExceeded(.powerBits(limits.maxBits))
      }
      estimatedBits += e * base.bitWidth
      guard estimatedBits <= limits.maxBits * 4 else {
        throw ArithmeticError.limitExceeded(.powerBits(limits.maxBits * 4))
      }
      let power = try base.power(e, limits: ExactLimits(maxBits: limits.maxBits * 4))
      if k.signum > 0 { positive *= power } else { negative *= power }
    }
    if !constant.isZero { try multiply(BigInteger(2), by: constant) }
    for t in terms { try multiply(t.base, by: t.coefficient) }
    return positive == negative ? 0 : (positive > negative ? 1 : -1)
  }
}
