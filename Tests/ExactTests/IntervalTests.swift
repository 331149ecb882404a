import Exact
import Testing

@Suite struct IntervalEnclosures {
  /// log2 3 to 120 significant digits (Python `decimal`, 120-digit context).
  static let log2Of3Digits =
    "1.58496250072115618145373894394781650875981440769248106045575265454109822779435856252228047491808824209098066247505916734"

  @Test func log2Of3At200Bits() throws {
    let box = try logOf(3, .two).enclosure(precision: 200)
    let lower = try #require(box.lower)
    let upper = try #require(box.upper)

    // The value as the issue quotes it (61 decimals, truncated), widened by 1e-60.
    let quoted = num("1.5849625007211561814537389439478165087598144076924810604557526")
    let slack = num("1e-60")
    #expect(lower <= quoted + slack)
    #expect(quoted - slack <= upper)

    // Tighter: the true value lies in [d, d + 1e-118] for the 118-decimal truncation d, and the
    // enclosure must contain that whole range.
    let d = num(String(Self.log2Of3Digits.prefix(120)))
    #expect(lower <= d)
    #expect(d + num("1e-118") <= upper)

    #expect(upper - lower < num("1e-55"))
    #expect(box.width < 1e-55)
    #expect(box.width > 0)
    #expect(box.sign == 1)
    #expect(box.precision == 200)
  }

  @Test(arguments: [64, 128, 256, 1024])
  func enclosuresNarrowWithPrecision(bits: Int) throws {
    let box = try logOf(3, .two).enclosure(precision: bits)
    let lower = try #require(box.lower)
    let upper = try #require(box.upper)
    let d = num(String(Self.log2Of3Digits.prefix(120)))
    // The box meets the 1e-118 bracket around the true value (it contains it when wider).
    #expect(lower <= d + num("1e-118") && d <= upper)
    if bits <= 256 { #expect(lower <= d && d + num("1e-118") <= upper) }
    // Width at most a few units in the last place.
    #expect(upper - lower <= Rational(8) * (try Rational(2).power(-bits)))
  }

  /// Each constant is checked against a 1e-60 bracket [digits, digits + 1e-60], far narrower
  /// than the 100-bit box (about 1e-30), which must therefore contain the whole bracket.
  @Test func constants() throws {
    let brackets: [(Interval, String)] = [
      (Interval.ln2(precision: 100), "0.693147180559945309417232121458176568075500134360255254120680"),
      (Interval.e(precision: 100), "2.718281828459045235360287471352662497757247093699959574966967"),
    ]
    for (box, digits) in brackets {
      let d = num(digits)
      #expect(try #require(box.lower) <= d)
      #expect(d + num("1e-60") <= (try #require(box.upper)))
      #expect(box.width < 1e-28)
    }
  }

  @Test func exactRationalsGiveDegenerateIntervals() throws {
    let x = Interval(rat(3, 8), precision: 53)
    #expect(x.lower == rat(3, 8) && x.upper == rat(3, 8))
    #expect(x.width == 0)
    let third = Interval(rat(1, 3), precision: 53)
    #expect(try #require(third.lower) < rat(1, 3))
    #expect(try #require(third.upper) > rat(1, 3))
    #expect(Interval(.zero, precision: 64).sign == 0)
  }

  @Test func arithmeticEnclosesTheExactResult() throws {
    let a = Interval(rat(1, 3), precision: 64)
    let b = Interval(rat(-2, 7), precision: 64)
    for (box, exact) in [
      (a + b, rat(1, 21)), (a - b, rat(13, 21)), (a * b, rat(-2, 21)),
      (try a / b, rat(-7, 6)), (-b, rat(2, 7)), (b.magnitude(), rat(2, 7)),
      (Interval.maximum(a, b), rat(1, 3)), (Interval.minimum(a, b), rat(-2, 7)),
    ] {
      #expect(try #require(box.lower) <= exact && exact <= (try #require(box.upper)))
    }
  }

  @Test func elementaryFunctionsEncloseTheirValues() throws {
    let two = Interval(rat(2), precision: 128)
    let root = try two.squareRoot()
    // √2 ∈ [l, u] ⇔ l² ≤ 2 ≤ u² for non-negative l, u.
    let l = try #require(root.lower)
    let u = try #require(root.upper)
    #expect(l * l <= rat(2) && rat(2) <= u * u)
    let back = try Interval(rat(5, 4), precision: 128).log().exp()
    #expect(try #require(back.lower) <= rat(5, 4) && rat(5, 4) <= (try #require(back.upper)))
  }
}

@Suite struct IntervalDomains {
  static let straddlingZero: Interval = {
    let third = Interval(rat(1, 3), precision: 64)
    return third - third  // [-ε, ε]: 1/3 is not dyadic
  }()

  @Test func theStraddlingFixtureStraddles() {
    #expect(Self.straddlingZero.sign == nil)
    #expect(Self.straddlingZero.width > 0)
  }

  @Test func divisionByAnIntervalContainingZeroIsUndecided() {
    let one = Interval(.one, precision: 64)
    #expect(ErrorKind.undecided == thrownKind { try one / Self.straddlingZero })
    #expect(ErrorKind.undecided == thrownKind { try one / Interval(.zero, precision: 64) })
    #expect(ErrorKind.undecided == thrownKind { try Self.straddlingZero.reciprocal() })
  }

  @Test func logOutsideItsDomain() {
    #expect(ErrorKind.domain == thrownKind { try Interval(rat(-1), precision: 64).log() })
    #expect(ErrorKind.domain == thrownKind { try Interval(.zero, precision: 64).log() })
    #expect(ErrorKind.undecided == thrownKind { try Self.straddlingZero.log() })
  }

  @Test func squareRootOutsideItsDomain() throws {
    #expect(ErrorKind.domain == thrownKind { try Interval(rat(-2), precision: 64).squareRoot() })
    #expect(ErrorKind.undecided == thrownKind { try Self.straddlingZero.squareRoot() })
    #expect(try Interval(.zero, precision: 64).squareRoot().sign == 0)
  }

  @Test func expOverflowGivesAnUnboundedButValidEnclosure() throws {
    // e^(10^100) overflows MPFR's exponent range: the box must still be above zero, not NaN.
    let huge = Interval(try Rational(10).power(100), precision: 64).exp()
    #expect(huge.sign == 1)
    #expect(!huge.isFinite)
    let tiny = Interval(-(try Rational(10).power(100)), precision: 64).exp()
    #expect(tiny.lower == .zero)
    #expect(tiny.sign == nil)
    // And a difference of two overflowed values is undecided, not a crash.
    #expect((huge - huge).sign == nil)
  }
}
