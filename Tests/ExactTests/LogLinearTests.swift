import Exact
import Testing

@Suite struct LogLinearEntropy {
  @Test func dyadicEntropyIsRationalInBits() throws {
    // H(1/2, 1/4, 1/4) = 1/2·1 + 2·(1/4·2) = 3/2 bits, with no logarithm left over.
    let h = try entropy([rat(1, 2), rat(1, 4), rat(1, 4)], base: .two)
    #expect(h.rationalValue == rat(3, 2))
    #expect(h.terms.isEmpty)
    #expect(h.description == "3/2")
  }

  @Test(arguments: [1, 2, 3, 4, 6, 8, 12, 1024])
  func uniformEntropyIsLog2OfN(n: Int) throws {
    let h = try entropy(Array(repeating: rat(1, n), count: n), base: .two)
    #expect(h == (try logOf(BigInteger(n), .two)))
  }

  @Test func entropyInNats() throws {
    // H(1/5, 4/5) = 1/5·ln 5 + 4/5·(ln 5 − 2 ln 2) = ln 5 − 8/5·ln 2.
    let h = try entropy([rat(1, 5), rat(4, 5)], base: .e)
    let expected = try LogLinear.difference(logOf(5, .e), logOf(2, .e).scaled(by: rat(8, 5)))
    #expect(h == expected)
    #expect(h.constant == .zero)
    #expect(h.terms.map(\.base) == [2, 5])
    #expect(h.terms.map(\.coefficient) == [rat(-8, 5), rat(1)])
    #expect(h.description == "log(5) - 8/5*log(2)")
    #expect(h != (try logOf(5, .e)))
  }

  @Test func entropyInBitsWithAConstant() throws {
    let h = try entropy([rat(1, 5), rat(4, 5)], base: .two)
    #expect(h.constant == rat(-8, 5))
    #expect(h.description == "-8/5 + log2(5)")
    #expect(try h.signum().sign == 1)
  }

  @Test func descriptionForms() throws {
    #expect(LogLinear(.zero, base: .two).description == "0")
    #expect(LogLinear(rat(-7, 3), base: .e).description == "-7/3")
    #expect(try logOf(3, .two).description == "log2(3)")
    #expect(try logOf(3, .two).scaled(by: 2).adding(rat(3, 2)).description == "3/2 + 2*log2(3)")
    #expect(try logOf(3, .e).scaled(by: -1).description == "-log(3)")
    #expect(try LogLinear.log(rat(1, 6), base: .e).description == "-log(2) - log(3)")
  }
}

@Suite struct LogLinearExactSigns {
  @Test func fiveThirdsExceedsLog2Of3() throws {
    // 5/3 > log2 3  ⇔  2^5 = 32 > 27 = 3^3.
    let d = try LogLinear.difference(LogLinear(rat(5, 3), base: .two), logOf(3, .two))
    #expect(try d.signum().sign == 1)
    #expect(try BigInteger(2).power(5) > BigInteger(3).power(3))
    // And the other side of the bracket: 3/2 < log2 3 ⇔ 2^3 < 3^2.
    let e = try LogLinear.difference(LogLinear(rat(3, 2), base: .two), logOf(3, .two))
    #expect(try e.signum().sign == -1)
  }

  @Test func zeroIsDecidedExactly() throws {
    // log2(12) − 2 − log2(3) = 0 structurally.
    let d = try LogLinear.difference(logOf(12, .two), logOf(3, .two).adding(2))
    #expect(d.isZero)
    let s = try d.signum()
    #expect(s.sign == 0)
    #expect(s.method == .exact)
  }

  /// `a − b·log2 3`: the convergents of log2 3 give the closest calls (2^84 vs 3^53 differ by
  /// 0.3%, 2^1054 vs 3^665 by 0.004%).
  @Test(arguments: [(1054, 665), (84, 53), (5, 3), (8, 5), (19, 12), (65, 41), (485, 306), (1, 1), (2, 1)])
  func nearTiesAgreeWithIntegerPowers(a: Int, b: Int) throws {
    let form = try logOf(3, .two).scaled(by: Rational(-b)).adding(Rational(a))
    let truth = try BigInteger(2).power(a) > BigInteger(3).power(b) ? 1 : -1

    let certified = try form.signum()
    #expect(certified.sign == truth)
    guard case .certified(let bits) = certified.method else {
      Issue.record("expected an MPFR decision, got \(certified.method)")
      return
    }
    #expect(bits >= 64)

    // With a precision ceiling below the first bracket, the integer-power route decides.
    let exact = try form.signum(limits: ExactLimits(maxPrecision: 32))
    #expect(exact.sign == truth)
    #expect(exact.method == .integerPowers)
  }

  @Test func integerPowersRouteWithRationalCoefficients() throws {
    // 3/2·log2 5 − 7/2 = (log2(5^3) − 7)/2: sign of 125 − 128 < 0.
    let form = try logOf(5, .two).scaled(by: rat(3, 2)).adding(rat(-7, 2))
    let s = try form.signum(limits: ExactLimits(maxPrecision: 32))
    #expect(s.sign == -1)
    #expect(s.method == .integerPowers)
    // Three log terms, in nats: ln 15 − ln 16 = ln 3 + ln 5 − 4·ln 2 < 0.
    let nats = try LogLinear.difference(logOf(15, .e), logOf(16, .e))
    let t = try nats.signum(limits: ExactLimits(maxPrecision: 32))
    #expect(t.sign == -1)
    #expect(t.method == .integerPowers)
  }

  @Test func integerPowersRouteRespectsItsLimits() throws {
    // 2^(10^6) is far beyond maxBits: refuse instead of building it.
    let form = try logOf(3, .two).scaled(by: -Rational(630_930)).adding(Rational(1_000_000))
    let limits = ExactLimits(maxPrecision: 32)
    #expect(ErrorKind.limitExceeded == thrownKind { try form.signum(limits: limits) })
    // In nats a rational constant has no integer-power form.
    let nats = try logOf(3, .e).adding(-1)
    #expect(ErrorKind.limitExceeded == thrownKind { try nats.signum(limits: limits) })
    // …but MPFR decides both without any trouble.
    #expect(try form.signum().sign == -1)  // 1_000_000 − 630_930·log2 3 ≈ −0.39
    #expect(try nats.signum().sign == 1)
  }
}

@Suite struct LogLinearNormalForm {
  @Test func log2Of52FactorialDecomposes() throws {
    let f = factorial(52)
    #expect(f.description == "80658175170943878571660636856403766975289505440883277824000000000000")
    var sum = LogLinear(.zero, base: .two)
    for k in 1...52 { sum = try LogLinear.sum(sum, logOf(BigInteger(k), .two)) }
    let direct = try logOf(f, .two)
    #expect(sum == direct)
    // Legendre: 2 divides 52! exactly 26+13+6+3+1 = 49 times, and that part is rational in bits.
    #expect(direct.constant == Rational(49))
    let primes = [3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
    #expect(direct.terms.map(\.base) == primes.map { BigInteger($0) })
    let legendre = primes.map { p in
      var e = 0
      var q = p
      while q <= 52 {
        e += 52 / q
        q *= p
      }
      return Rational(e)
    }
    #expect(direct.terms.map(\.coefficient) == legendre)
  }

  @Test func coprimeRefinementWithLargePrimes() throws {
    let (p, q, r) = (LargePrimes.p, LargePrimes.q, LargePrimes.r)
    #expect(p.bitWidth == 81 && q.bitWidth == 81 && r.bitWidth == 80)
    for base in [LogLinear.Base.e, .two] {
      // log(pq) − log p − log q = 0, found by gcds without factoring pq.
      let d = try LogLinear.difference(LogLinear.difference(logOf(p * q, base), logOf(p, base)), logOf(q, base))
      #expect(d.isZero)
      #expect(try d.signum() == (0, .exact))

      // log(pq) + log(qr) = log p + 2·log q + log r.
      let s = try LogLinear.sum(logOf(p * q, base), logOf(q * r, base))
      #expect(s.terms.count == 3)
      #expect(s.terms.map(\.base) == [r, p, q])
      #expect(s.terms.map(\.coefficient) == [rat(1), rat(1), rat(2)])

      // log(p²q) − log(pq²) = log p − log q, which is negative since p < q.
      let t = try LogLinear.difference(logOf(p * p * q, base), logOf(p * q * q, base))
      #expect(t.terms.map(\.base) == [p, q])
      #expect(t.terms.map(\.coefficient) == [rat(1), rat(-1)])
      #expect(try t.signum().sign == -1)
      #expect(t != LogLinear(.zero, base: base))
    }
  }

  @Test func equalityIsExactAndRespectsTheUnit() throws {
    #expect(try logOf(8, .two) == LogLinear(rat(3), base: .two))
    #expect(try logOf(9, .e) == logOf(3, .e).scaled(by: 2))
    #expect(try logOf(9, .e) != logOf(3, .e).scaled(by: rat(2_000_001, 1_000_000)))
    #expect(try logOf(3, .e) != logOf(3, .two), "nats and bits are never ==")
    #expect(try LogLinear.log(rat(4, 9), base: .e) == LogLinear.difference(logOf(4, .e), logOf(9, .e)))
  }

  @Test func ratios() throws {
    #expect(try logOf(9, .e).ratio(to: logOf(27, .e)) == rat(2, 3))
    #expect(try logOf(6, .two).ratio(to: logOf(3, .two)) == nil)
    #expect(try logOf(3, .e).ratio(to: LogLinear(.zero, base: .e)) == nil)
  }

  @Test func logDomain() {
    #expect(ErrorKind.domain == thrownKind { try LogLinear.log(.zero, base: .e) })
    #expect(ErrorKind.domain == thrownKind { try LogLinear.log(rat(-1, 2), base: .two) })
  }
}

@Suite struct LogLinearUnits {
  @Test func bitsToNatsAndBack() throws {
    let bits = try entropy([rat(1, 2), rat(1, 4), rat(1, 4)], base: .two)  // 3/2 bits
    let nats = try #require(try bits.converted(to: .e))
    #expect(nats == (try logOf(2, .e).scaled(by: rat(3, 2))))  // 3/2·ln 2 nats
    #expect(try nats.converted(to: .two)?.rationalValue == rat(3, 2))
  }

  @Test func entropyAgreesAcrossUnits() throws {
    let distribution = [rat(1, 5), rat(4, 5)]
    let bits = try entropy(distribution, base: .two)
    let nats = try entropy(distribution, base: .e)
    #expect(try bits.converted(to: .e) == nats)
    #expect(try nats.converted(to: .two) == bits)
    #expect(try bits.converted(to: .two) == bits)
  }

  @Test func natsWithARationalConstantHaveNoExactBitsForm() throws {
    // (1 + ln 3)/ln 2 = 1/ln 2 + log2 3, and 1/ln 2 is not of the form.
    #expect(try logOf(3, .e).adding(1).converted(to: .two) == nil)
  }
}
