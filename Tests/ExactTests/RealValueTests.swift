import Exact
import Testing

/// `1 / (1 + e^(−x))`.
func sigmoid(_ x: RealValue) throws -> RealValue {
  try RealValue.quotient(.rational(.one), RealValue.sum(.rational(.one), RealValue.exp(RealValue.negation(x))))
}

@Suite struct RealValueExactness {
  @Test func expOfALogLinearFormIsRational() throws {
    let d = try RealValue.difference(RealValue.log(.rational(3)), RealValue.log(.rational(2)))
    #expect(d.isExact)
    #expect(try RealValue.exp(d).rationalValue == rat(3, 2))
    // e^(2 ln 3 − 3 ln 2) = 9/8, and e^0 = 1.
    let e = try RealValue.difference(
      RealValue.product(.rational(2), RealValue.log(.rational(3))),
      RealValue.product(.rational(3), RealValue.log(.rational(2))))
    #expect(try RealValue.exp(e).rationalValue == rat(9, 8))
    #expect(try RealValue.exp(.rational(.zero)).rationalValue == .one)
    // e^(1/2·ln 2) = √2 is not rational: it stays a computation.
    let half = try RealValue.product(.rational(rat(1, 2)), RealValue.log(.rational(2)))
    #expect(try RealValue.exp(half).isExact == false)
  }

  @Test func expOfAHugeIntegerCoefficientIsRefusedNotTruncated() throws {
    // e^(2^64·ln 2) = 2^(2^64): the coefficient does not fit in an Int. The answer must be an
    // error, never a partial product.
    let k = Rational(try BigInteger(2).power(64))
    let form = try RealValue.product(.rational(k), RealValue.log(.rational(2)))
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.exp(form) })
    let mixed = try RealValue.sum(RealValue.log(.rational(3)), form)
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.exp(mixed) })
  }

  @Test func squareRootsAndRationalPowers() throws {
    #expect(try RealValue.squareRoot(.rational(rat(9, 4))).rationalValue == rat(3, 2))
    #expect(try RealValue.power(.rational(rat(9, 4)), .rational(rat(1, 2))).rationalValue == rat(3, 2))
    #expect(try RealValue.power(.rational(rat(9, 4)), .rational(rat(-1, 2))).rationalValue == rat(2, 3))
    #expect(try RealValue.power(.rational(8), .rational(rat(2, 3))).rationalValue == rat(4))
    #expect(try RealValue.power(.rational(rat(1, 2)), .rational(-3)).rationalValue == rat(8))
    #expect(try RealValue.power(.rational(.zero), .rational(rat(1, 2))).rationalValue == .zero)
    #expect(try RealValue.squareRoot(.rational(2)).isExact == false)
    #expect(try RealValue.power(.rational(2), .rational(rat(1, 2))).isExact == false)
  }

  @Test func logarithmsStayExact() throws {
    #expect(try RealValue.log10(.rational(1000)).rationalValue == rat(3))
    #expect(try RealValue.log2(.rational(rat(1, 8))).rationalValue == rat(-3))
    #expect(try RealValue.quotient(RealValue.log(.rational(rat(1, 4))), RealValue.log(.rational(2))).rationalValue == rat(-2))
    // log(e^x) = x for a computed x.
    let x = try RealValue.exp(.rational(rat(1, 5)))
    #expect(!x.isExact)
    #expect(try RealValue.log(x).rationalValue == rat(1, 5))
  }

  @Test func bitsTimesLn2IsNats() throws {
    // log2(3) · ln 2 = ln 3.
    let bits = try RealValue.log2(.rational(3))
    let ln2 = try RealValue.log(.rational(2))
    let nats = try RealValue.product(bits, ln2)
    let c = try RealValue.compare(nats, RealValue.log(.rational(3)))
    #expect(c.order == 0)
    #expect(c.method == .exact)
  }

  @Test func quotientOfNaturalLogsEqualsLog2() throws {
    let viaQuotient = try RealValue.quotient(RealValue.log(.rational(3)), RealValue.log(.rational(2)))
    let viaLog2 = try RealValue.log2(.rational(3))
    guard case .logLinear(let a) = viaQuotient, case .logLinear(let b) = viaLog2 else {
      Issue.record("expected exact log-linear values, got \(viaQuotient) and \(viaLog2)")
      return
    }
    #expect(a == b)
    #expect(a.base == .two)
    #expect(a.description == "log2(3)")
    let c = try RealValue.compare(viaQuotient, viaLog2)
    #expect(c.order == 0)
    #expect(c.isEqual)
    #expect(c.method == .exact)
    #expect(c.agreementBits == nil)
  }

  @Test func magnitudeMaximumMinimum() throws {
    let negative = try RealValue.difference(.rational(rat(3, 2)), RealValue.log2(.rational(3)))  // 1.5 − 1.585
    let m = try RealValue.magnitude(negative)
    #expect(try m.signum().sign == 1)
    #expect(try RealValue.maximum(negative, .rational(.zero)).rationalValue == .zero)
    let smaller = try RealValue.minimum(negative, .rational(.zero))
    #expect(try RealValue.compare(smaller, negative).order == 0)
  }
}

@Suite struct RealValueErrors {
  @Test func hugeIntegerExponentsThrowQuickly() throws {
    let big = try RealValue.power(.rational(10), .rational(30))
    #expect(big.rationalValue == Rational(try BigInteger(10).power(30)))
    let exponent = try #require(big.rationalValue)
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.power(.rational(2), .rational(exponent)) })
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.power(.rational(2), .rational(-exponent)) })
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.power(.rational(3), .rational(Rational(1 << 40))) })
    let e = try RealValue.exp(.rational(rat(1, 5)))
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.power(e, .rational(exponent)) })
  }

  @Test func intMinExponentIsALimitNotAnOverflowTrap() throws {
    // −2^63 fits in an Int, but its magnitude does not.
    let intMin = Rational(Int.min)
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.power(.rational(2), .rational(intMin)) })
    let e = try RealValue.exp(.rational(rat(1, 5)))
    #expect(ErrorKind.limitExceeded == thrownKind { try RealValue.power(e, .rational(intMin)) })
  }

  @Test func domainErrors() throws {
    #expect(ErrorKind.domain == thrownKind { try RealValue.log(.rational(-1)) })
    #expect(ErrorKind.domain == thrownKind { try RealValue.log(.rational(.zero)) })
    #expect(ErrorKind.domain == thrownKind { try RealValue.log2(.rational(rat(-1, 2))) })
    #expect(ErrorKind.domain == thrownKind { try RealValue.squareRoot(.rational(-2)) })
    #expect(ErrorKind.domain == thrownKind { try RealValue.power(.rational(-8), .rational(rat(1, 2))) })
    #expect(ErrorKind.divisionByZero == thrownKind { try RealValue.power(.rational(.zero), .rational(rat(-1, 2))) })
    #expect(ErrorKind.divisionByZero == thrownKind { try RealValue.power(.rational(.zero), .rational(-1)) })
    #expect(ErrorKind.divisionByZero == thrownKind { try RealValue.quotient(.rational(1), .rational(.zero)) })
    // log of a computed negative value: decided by its enclosure when compared.
    let negative = RealValue.negation(try RealValue.exp(.rational(rat(1, 5))))
    let logOfNegative = try RealValue.log(negative)
    #expect(ErrorKind.domain == thrownKind { try logOfNegative.signum() })
    #expect(ErrorKind.domain == thrownKind { try RealValue.compare(logOfNegative, .rational(0)) })
  }

  @Test func aComputedZeroIsUndecided() throws {
    let e = try RealValue.exp(.rational(rat(1, 5)))
    let zero = try RealValue.difference(e, e)
    #expect(!zero.isExact)
    #expect(ErrorKind.undecided == thrownKind { try zero.signum(limits: ExactLimits(maxPrecision: 256)) })
  }
}

@Suite struct RealValueComparison {
  @Test func equalButNotProvablyEqualIsUndecided() throws {
    // 1/(1+e^(−1/5)) and e^(1/5)/(e^(1/5)+1) are the same number written two ways.
    let x = RealValue.rational(rat(1, 5))
    let a = try sigmoid(x)
    let ex = try RealValue.exp(x)
    let b = try RealValue.quotient(ex, RealValue.sum(ex, .rational(.one)))
    let c = try RealValue.compare(a, b, limits: ExactLimits(maxPrecision: 256))
    #expect(c.order == nil)
    #expect(!c.isEqual)
    #expect(c.agreementBits == 256)
    #expect(c.method == .certified(bits: 256))
  }

  @Test func sigmoidOfAFifthAgainstAFourDigitAnswer() throws {
    let s = try sigmoid(.rational(num("0.2")))  // 0.549833997312478…
    let above = try RealValue.compare(s, .rational(num("0.5498")))
    #expect(above.order == 1)
    guard case .certified(let bits) = above.method else {
      Issue.record("expected a certified decision, got \(above.method)")
      return
    }
    #expect(bits <= 128)
    #expect(try RealValue.compare(s, .rational(num("0.5499"))).order == -1)
    #expect(try RealValue.compare(.rational(num("0.5498")), s).order == -1)

    let box = try s.enclosure(precision: 80)
    // σ(1/5) = 0.54983399731247790855915254183917609…: the box (at least 80 bits, width
    // ≤ 1e-22) must meet the 1e-30 bracket around the true value.
    #expect(try #require(box.lower) <= num("0.549833997312477908559152541840"))
    #expect(num("0.549833997312477908559152541839") <= (try #require(box.upper)))
    #expect(box.width < 1e-22)
    #expect(abs(s.approximation - 0.549833997312478) < 1e-15)
  }

  @Test func exactComparisonsOfRationals() throws {
    let c = try RealValue.compare(.rational(num("0.1") + num("0.2")), .rational(num("0.3")))
    #expect(c.order == 0)
    #expect(c.method == .exact)
    #expect(try RealValue.compare(.rational(rat(1, 3)), .rational(num("0.3333"))).order == 1)
  }

  @Test func fiveThirdsAgainstLog2Of3() throws {
    let c = try RealValue.compare(.rational(rat(5, 3)), RealValue.log2(.rational(3)))
    #expect(c.order == 1)
    let d = try RealValue.compare(.rational(rat(5, 3)), RealValue.log2(.rational(3)), limits: ExactLimits(maxPrecision: 32))
    #expect(d.order == 1)
    #expect(d.method == .integerPowers)
  }
}
