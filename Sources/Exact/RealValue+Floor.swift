extension RealValue {
  /// The floor (or ceiling) of a value, exactly: directly for a rational, otherwise from
  /// certified enclosures at rising precision until both ends have the same floor.
  ///
  /// - Throws: ``ArithmeticError/undecided(_:)`` for a non-rational value that is an integer
  ///   to the precision ceiling (e.g. `log2(8)` written so it does not simplify).
  public static func floor(_ x: RealValue, ceiling: Bool = false, limits: ExactLimits = .standard) throws -> BigInteger {
    if let q = x.rationalValue {
      if ceiling { return -((-q).floor) }
      return q.floor
    }
    var precision = 64
    while precision <= limits.maxPrecision {
      let box = try x.enclosure(precision: precision)
      // Converting the ends to exact rationals costs as many bits as the value has: refuse
      // values beyond the size limit before doing so.
      let (a, b) = box.approximateBounds
      guard a.isFinite, b.isFinite, max(abs(a), abs(b)) < 0x1p1000 else {
        throw ArithmeticError.limitExceeded(.floorMagnitude)
      }
      if let lo = box.lower, let hi = box.upper {
        let a = ceiling ? -((-lo).floor) : lo.floor
        let b = ceiling ? -((-hi).floor) : hi.floor
        if a == b { return a }
      }
      precision *= 4
    }
    throw ArithmeticError.undecided(.floorOfNearInteger(precision: limits.maxPrecision))
  }
}
