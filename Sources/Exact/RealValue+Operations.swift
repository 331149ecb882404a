extension RealValue {
  private static func bothLogLinear(_ a: RealValue, _ b: RealValue) -> (LogLinear, LogLinear)? {
    func view(_ v: RealValue, base: LogLinear.Base) -> LogLinear? {
      switch v {
      case .rational(let q): return LogLinear(q, base: base)
      case .logLinear(let l): return l.base == base ? l : (l.rationalValue.map { LogLinear($0, base: base) })
      case .computed: return nil
      }
    }
    let base: LogLinear.Base
    switch (a, b) {
    case (.logLinear(let l), _) where !l.terms.isEmpty: base = l.base
    case (_, .logLinear(let l)) where !l.terms.isEmpty: base = l.base
    default: base = .e
    }
    guard let x = view(a, base: base), let y = view(b, base: base) else { return nil }
    return (x, y)
  }

  /// Wraps a log-linear result, collapsing it to a rational when it has no logs.
  static func exact(_ l: LogLinear) -> RealValue {
    if let q = l.rationalValue { return .rational(q) }
    return .logLinear(l)
  }

  /// `a + b`.
  public static func sum(_ a: RealValue, _ b: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let x = a.rationalValue, let y = b.rationalValue { return .rational(x + y) }
    if let (x, y) = bothLogLinear(a, b) { return exact(try LogLinear.sum(x, y, limits: limits)) }
    return .computed(.sum(a, b))
  }

  /// `a - b`.
  public static func difference(_ a: RealValue, _ b: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    try sum(a, negation(b), limits: limits)
  }

  /// `-a`.
  public static func negation(_ a: RealValue) -> RealValue {
    switch a {
    case .rational(let q): return .rational(-q)
    case .logLinear(let l): return .logLinear(l.scaled(by: -Rational.one))
    case .computed: return .computed(.negation(a))
    }
  }

  /// `a · b`.
  public static func product(_ a: RealValue, _ b: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let x = a.rationalValue, let y = b.rationalValue {
      try checkSize(x.bitWidth + y.bitWidth, limits)
      return .rational(x * y)
    }
    if let x = a.rationalValue, case .logLinear(let l) = b { return exact(l.scaled(by: x)) }
    if let y = b.rationalValue, case .logLinear(let l) = a { return exact(l.scaled(by: y)) }
    // bits × (k·ln 2) is a quantity in nats: (c + Σ r·log2 b)·k·ln 2 = k·c·ln 2 + Σ k·r·ln b.
    if case .logLinear(let x) = a, case .logLinear(let y) = b {
      if let converted = try bitsTimesLn2(x, y, limits) ?? bitsTimesLn2(y, x, limits) { return exact(converted) }
    }
    return .computed(.product(a, b))
  }

  private static func bitsTimesLn2(_ bits: LogLinear, _ nats: LogLinear, _ limits: ExactLimits) throws -> LogLinear? {
    guard bits.base == .two, nats.base == .e, nats.constant.isZero, nats.terms.count == 1,
      nats.terms[0].base == BigInteger(2)
    else { return nil }
    return try bits.converted(to: .e, limits: limits)?.scaled(by: nats.terms[0].coefficient)
  }

  /// `a / b`.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` when `b` is exactly zero.
  public static func quotient(_ a: RealValue, _ b: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let x = a.rationalValue, x.isZero {
      // 0/b is exactly 0 whenever b is certainly non-zero (sqrt(2), exp(a), …).
      if let sign = try? b.signum(limits: limits).sign {
        guard sign != 0 else { throw ArithmeticError.divisionByZero }
        return .rational(.zero)
      }
    }
    if let y = b.rationalValue {
      guard !y.isZero else { throw ArithmeticError.divisionByZero }
      if let x = a.rationalValue {
        try checkSize(x.bitWidth + y.bitWidth, limits)
        return .rational(try x / y)
      }
      if case .logLinear(let l) = a { return exact(l.scaled(by: try y.reciprocal())) }
    }
    if case .logLinear(let x) = a, case .logLinear(let y) = b {
      if let k = x.ratio(to: y) { return .rational(k) }
      // (Σ r·ln b) / (k·ln 2) = Σ (r/k)·log2 b: nats over a multiple of ln 2 is in bits.
      if x.base == .e, y.base == .e, y.constant.isZero, y.terms.count == 1, y.terms[0].base == BigInteger(2),
        let bits = try x.converted(to: .two, limits: limits)
      {
        return exact(bits.scaled(by: try y.terms[0].coefficient.reciprocal()))
      }
    }
    return .computed(.quotient(a, b))
  }

  /// `e^a`, exact when `a` is a log-linear form in nats with integer coefficients and no constant.
  public static func exp(_ a: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let q = a.rationalValue, q.isZero { return .rational(.one) }
    if case .logLinear(let l) = a, l.base == .e, l.constant.isZero,
      l.terms.allSatisfy({ $0.coefficient.isInteger })
    {
      var value = Rational.one
      for t in l.terms {
        // A coefficient beyond Int is far beyond maxBits; stopping early would return a wrong value.
        guard let k = t.coefficient.numerator.intValue else {
          throw ArithmeticError.limitExceeded(.exponent(limits.maxBits))
        }
        value *= try Rational(t.base).power(k, limits: limits)
        try checkSize(value.bitWidth, limits)
      }
      return .rational(value)
    }
    return .computed(.exp(a))
  }

  /// The natural logarithm: exact (log-linear in nats) for a positive rational.
  ///
  /// - Throws: ``ArithmeticError/domain(_:)`` for a value known to be ≤ 0.
  public static func log(_ a: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let q = a.rationalValue { return exact(try LogLinear.log(q, base: .e, limits: limits)) }
    if case .computed(let node) = a, case .exp(let inner) = node.operation { return inner }
    return .computed(.log(a))
  }

  /// The base-2 logarithm: exact (log-linear in bits) for a positive rational.
  public static func log2(_ a: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let q = a.rationalValue { return exact(try LogLinear.log(q, base: .two, limits: limits)) }
    return try quotient(log(a, limits: limits), .logLinear(try LogLinear.log(Rational(2), base: .e)), limits: limits)
  }

  /// The base-10 logarithm.
  public static func log10(_ a: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    let ten = try log(.rational(Rational(10)), limits: limits)
    return try quotient(log(a, limits: limits), ten, limits: limits)
  }

  /// The square root: exact for a rational whose numerator and denominator are squares.
  public static func squareRoot(_ a: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let q = a.rationalValue {
      guard q.signum >= 0 else {
        throw ArithmeticError.domain(.sqrtOfNegative(q))
      }
      if let n = q.numerator.exactRoot(2), let d = q.denominator.exactRoot(2) {
        return .rational(try Rational(numerator: n, denominator: d))
      }
    }
    return .computed(.squareRoot(a))
  }

  /// `|a|`.
  public static func magnitude(_ a: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let q = a.rationalValue { return .rational(q.magnitude) }
    if case .logLinear = a {
      let s = try a.signum(limits: limits).sign
      return s < 0 ? negation(a) : a
    }
    return .computed(.magnitude(a))
  }

  /// `max(a, b)`, exact whenever the comparison is decided exactly or with certainty.
  public static func maximum(_ a: RealValue, _ b: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let c = try? compare(a, b, limits: choosing(limits)), let order = c.order { return order < 0 ? b : a }
    return .computed(.maximum(a, b))
  }

  /// `min(a, b)`.
  public static func minimum(_ a: RealValue, _ b: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let c = try? compare(a, b, limits: choosing(limits)), let order = c.order { return order < 0 ? a : b }
    return .computed(.minimum(a, b))
  }

  /// Limits for choosing between two values in `max`/`min`: a cheap ceiling, since an undecided
  /// choice is not an error (the result stays a certified max/min node), while equal non-exact
  /// values would otherwise be compared at the full precision ceiling on every evaluation.
  private static func choosing(_ limits: ExactLimits) -> ExactLimits {
    var l = limits
    l.maxPrecision = min(limits.maxPrecision, 256)
    return l
  }

  /// `a^b`: exact for rational `a` and integer `b`, and for rational `a`, `b` when the root is
  /// exact (`(9/4)^(1/2) = 3/2`); otherwise `exp(b·log a)` for `a > 0`.
  public static func power(_ a: RealValue, _ b: RealValue, limits: ExactLimits = .standard) throws -> RealValue {
    if let e = b.rationalValue {
      if e.isInteger {
        // `magnitude`, not `abs`: abs(Int.min) traps.
        guard let n = e.numerator.intValue, n.magnitude <= UInt(limits.maxBits) else {
          throw ArithmeticError.limitExceeded(.exponent(limits.maxBits))
        }
        if let x = a.rationalValue {
          if x.isZero && n < 0 { throw ArithmeticError.divisionByZero }
          return .rational(try x.power(n, limits: limits))
        }
        if n == 1 { return a }
        return .computed(.integerPower(a, n))
      }
      if let x = a.rationalValue, x.signum >= 0,
        let k = e.denominator.intValue, k <= 64,
        let rn = x.numerator.exactRoot(k), let rd = x.denominator.exactRoot(k)
      {
        let root = try Rational(numerator: rn, denominator: rd)
        return try power(.rational(root), .rational(Rational(e.numerator)), limits: limits)
      }
    }
    if let x = a.rationalValue {
      if x.isZero {
        // 0^b for b > 0 is 0; anything else is undefined.
        let s = try b.signum(limits: limits).sign
        guard s > 0 else {
          throw ArithmeticError.domain(.zeroToNonPositivePower)
        }
        return .rational(.zero)
      }
      guard x.signum > 0 else {
        throw ArithmeticError.domain(.negativeToNonIntegerPower)
      }
    }
    return try exp(product(b, log(a, limits: limits), limits: limits), limits: limits)
  }

  private static func checkSize(_ bits: Int, _ limits: ExactLimits) throws {
    guard bits <= limits.maxBits else {
      throw ArithmeticError.limitExceeded(.numberBits(limits.maxBits))
    }
  }
}
