/// The outcome of comparing two real values.
public struct RealComparison: Sendable, Hashable {
  /// -1, 0 or 1 when decided; `nil` when the values could not be told apart within the
  /// precision ceiling (they agree to ``agreementBits`` bits but equality is not provable).
  public let order: Int?
  /// How the comparison was decided.
  public let method: DecisionMethod
  /// For an undecided comparison: how many bits of precision the values agreed to.
  public let agreementBits: Int?

  public var isEqual: Bool { order == 0 }
}

extension RealValue {
  /// The sign of the value and how it was decided.
  ///
  /// - Throws: ``ArithmeticError/undecided(_:)`` if the value might be zero but could not be
  ///   shown to be (a computed value that is zero to the precision ceiling).
  public func signum(limits: ExactLimits = .standard) throws -> (sign: Int, method: DecisionMethod) {
    switch self {
    case .rational(let q): return (q.signum, .exact)
    case .logLinear(let l): return try l.signum(limits: limits)
    case .computed:
      if let s = binary64Enclosure?.sign { return (s, .certified(bits: Binary64Interval.precision)) }
      var precision = 64
      var lastError: Error?
      while precision <= limits.maxPrecision {
        try WorkMeter.checkpoint()
        do {
          if let s = try enclosure(precision: precision).sign, s != 0 { return (s, .certified(bits: precision)) }
        } catch let error as ArithmeticError {
          if case .domain = error { throw error }
          lastError = error
        }
        precision *= 2
      }
      if let lastError { throw lastError }
      throw ArithmeticError.undecided(.zero(precision: limits.maxPrecision))
    }
  }

  /// Compares two values exactly when both are exact, otherwise with certified enclosures at
  /// rising precision.
  ///
  /// Exact values in the same unit (or rationals) are decided exactly, equality included. Two
  /// values that are equal but not both exact (say `1/(1+exp(-1/5))` and `exp(1/5)/(exp(1/5)+1)`)
  /// cannot be proven equal by enclosures: the result then has `order == nil` and records the
  /// precision to which they agree.
  public static func compare(
    _ a: RealValue, _ b: RealValue,
    limits: ExactLimits = .standard
  ) throws -> RealComparison {
    let d = try difference(a, b, limits: limits)
    if d.isExact {
      let (s, m) = try d.signum(limits: limits)
      return RealComparison(order: s, method: m, agreementBits: nil)
    }
    // Most differences show in binary64, with every step rounded outward (no allocation, no
    // MPFR); equal values and near-ties go on to MPFR.
    if let s = d.binary64Enclosure?.sign {
      return RealComparison(order: s, method: .certified(bits: Binary64Interval.precision), agreementBits: nil)
    }
    // Most differences show at 64 bits; values that agree there are usually equal, so jump
    // to the ceiling in large steps instead of doubling (each step re-evaluates everything).
    // With a low ceiling (sampled checks), one evaluation at the ceiling decides both ways.
    var precision = limits.maxPrecision <= 256 ? limits.maxPrecision : 64
    while true {
      try WorkMeter.checkpoint()
      do {
        let box = try d.enclosure(precision: precision)
        if let s = box.sign, s != 0 { return RealComparison(order: s, method: .certified(bits: precision), agreementBits: nil) }
      } catch let error as ArithmeticError {
        if case .domain = error { throw error }
      }
      if precision >= limits.maxPrecision { break }
      precision = min(precision * 8, limits.maxPrecision)
    }
    return RealComparison(order: nil, method: .certified(bits: limits.maxPrecision), agreementBits: limits.maxPrecision)
  }
}
