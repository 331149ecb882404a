import Exact
import PropertyBased
import Testing

/// Small fractions: most operations stay in one limb, and collisions (a == b) are common enough
/// to exercise the equality branches of the laws.
let smallRational = zip(Gen.int(in: -60...60), Gen.int(in: 1...12)).map { Rational($0, $1) }

/// Fractions whose numerator and denominator are products of two full-width `Int`s, so the
/// laws are also checked on multi-limb GMP values.
let wideRational = zip(Gen.int(), Gen.int(), Gen.int(in: 1...Int.max), Gen.int(in: 1...Int.max))
  .compactMap { a, b, c, d in
    try? Rational(numerator: BigInteger(a) * BigInteger(b), denominator: BigInteger(c) * BigInteger(d))
  }

@Suite struct RationalFieldLaws {
  @Test func additionAndMultiplicationCommute() async {
    await propertyCheck(count: 300, input: wideRational, wideRational) { a, b in
      #expect(a + b == b + a)
      #expect(a * b == b * a)
    }
  }

  @Test func additionAndMultiplicationAssociate() async {
    await propertyCheck(count: 300, input: wideRational, wideRational, wideRational) { a, b, c in
      #expect((a + b) + c == a + (b + c))
      #expect((a * b) * c == a * (b * c))
    }
  }

  @Test func multiplicationDistributesOverAddition() async {
    await propertyCheck(count: 300, input: wideRational, wideRational, wideRational) { a, b, c in
      #expect(a * (b + c) == a * b + a * c)
      #expect((a - b) * c == a * c - b * c)
    }
  }

  @Test func identitiesAndInverses() async throws {
    await propertyCheck(count: 300, input: wideRational) { (a) throws in
      #expect(a + .zero == a)
      #expect(a * .one == a)
      #expect(a + (-a) == .zero)
      #expect(a - a == .zero)
      #expect(-(-a) == a)
      if a.isZero { return }
      #expect(try a * a.reciprocal() == .one)
      #expect(try a / a == .one)
      #expect(try Rational.one / a == a.reciprocal())
      #expect(try (a * a) / a == a)
    }
  }

  @Test func inPlaceOperatorsAgreeWithFreshOnes() async {
    await propertyCheck(count: 300, input: smallRational, smallRational) { (a, b) throws in
      var s = a
      s += b
      var d = a
      d -= b
      var p = a
      p *= b
      #expect(s == a + b)
      #expect(d == a - b)
      #expect(p == a * b)
      if !b.isZero {
        var q = a
        try q /= b
        #expect(try q == a / b)
      }
    }
  }

  @Test func orderIsTotalAndCompatibleWithAddition() async {
    await propertyCheck(count: 500, input: smallRational, smallRational, wideRational) { a, b, c in
      // Exactly one of <, ==, > holds.
      #expect([a < b, a == b, a > b].filter { $0 }.count == 1)
      #expect((a < b) == (a + c < b + c))
      #expect((a < b) == ((b - a).signum > 0))
      if a < b, c.signum > 0 { #expect(a * c < b * c) }
      if a < b, c.signum < 0 { #expect(a * c > b * c) }
    }
  }

  @Test func hashingIsConsistentWithEquality() async {
    await propertyCheck(count: 300, input: wideRational, smallRational) { a, c in
      // The same value reached by a different route: through another factor, and through text.
      let viaFactor = c.isZero ? a : ((try? (a * c) / c) ?? .zero)
      let viaText = Rational(a.description)
      #expect(viaFactor == a)
      #expect(viaText == a)
      #expect(viaFactor.hashValue == a.hashValue)
      #expect(viaText?.hashValue == a.hashValue)
      #expect(Set([a, viaFactor, viaText ?? a]).count == 1)
    }
  }

  @Test func equalSmallValuesCollideInASet() {
    let written = [rat(1, 2), rat(2, 4), rat(-3, -6), num("0.5"), num("5e-1"), num("50/100")]
    #expect(Set(written).count == 1)
    #expect(Set([rat(1, 3), rat(2, 3), rat(-1, 3), rat(1, -3)]).count == 3)
  }

  @Test func descriptionRoundTrips() async {
    await propertyCheck(count: 300, input: wideRational) { a in
      #expect(Rational(a.description) == a)
    }
  }
}

@Suite struct RationalValueSemantics {
  @Test func copyThenMutateLeavesTheOriginal() throws {
    let a = rat(3, 7)
    var b = a
    b += 1
    #expect(a == rat(3, 7))
    #expect(b == rat(10, 7))

    var c = a
    c -= 1
    var d = a
    d *= 2
    var e = a
    try e /= 3
    #expect(a == rat(3, 7))
    #expect((c, d, e) == (rat(-4, 7), rat(6, 7), rat(1, 7)))
  }

  @Test func copyInsideAnArrayIsIndependent() {
    var xs = [rat(1, 2), rat(1, 3)]
    let snapshot = xs
    xs[0] += xs[1]
    #expect(snapshot == [rat(1, 2), rat(1, 3)])
    #expect(xs == [rat(5, 6), rat(1, 3)])
  }

  @Test func selfAssignmentOperators() throws {
    var a = rat(3, 7)
    a += a
    #expect(a == rat(6, 7))
    a *= a
    #expect(a == rat(36, 49))
    try a /= a
    #expect(a == .one)
    a -= a
    #expect(a == .zero)
  }

  @Test func staticConstantsAreNotMutatedThroughCopies() {
    var z = Rational.zero
    z += 5
    var o = Rational.one
    o *= 7
    #expect(Rational.zero == rat(0))
    #expect(Rational.one == rat(1))
  }

  @Test func concurrentReadersSeeOneValue() async {
    let shared = num("0.1") + num("0.2")
    let results = await withTaskGroup(of: Rational.self) { group in
      for k in 1...8 {
        group.addTask {
          var local = shared  // a copy that shares storage until it is written
          for _ in 0..<100 { local += rat(k, 100) }
          return local - rat(k, 1)
        }
      }
      var all: [Rational] = []
      for await r in group { all.append(r) }
      return all
    }
    #expect(results.count == 8)
    #expect(results.allSatisfy { $0 == rat(3, 10) })
    #expect(shared == rat(3, 10))
  }
}

@Suite struct RationalDivisionByZero {
  @Test func everyDivisionByZeroThrows() {
    var x = rat(3, 2)
    #expect(throws: ArithmeticError.divisionByZero) { try rat(1) / .zero }
    #expect(throws: ArithmeticError.divisionByZero) { try Rational.zero.reciprocal() }
    #expect(throws: ArithmeticError.divisionByZero) { try x /= .zero }
    #expect(x == rat(3, 2), "a failed /= leaves its left operand unchanged")
    #expect(throws: ArithmeticError.divisionByZero) { try Rational(numerator: 1, denominator: 0) }
    #expect(throws: ArithmeticError.divisionByZero) { try Rational.zero.power(-1) }
    #expect(throws: ArithmeticError.divisionByZero) { try BigInteger(5).quotientAndRemainder(dividingBy: 0) }
    #expect(throws: ArithmeticError.divisionByZero) { try BigInteger(5).floorDivided(by: 0) }
  }

  @Test func zeroDividedByNonZeroIsZero() throws {
    #expect(try Rational.zero / rat(-5, 3) == .zero)
  }
}

@Suite struct RationalParts {
  @Test(arguments: [
    (6, -4, "-3/2"), (0, -7, "0"), (-10, -4, "5/2"), (12, 4, "3"),
    (Int.min, 1, "-9223372036854775808"), (7, Int.min, "-7/9223372036854775808"),
  ])
  func canonicalForm(n: Int, d: Int, expected: String) {
    let q = Rational(n, d)
    #expect(q.description == expected)
    #expect(q.denominator.signum == 1)
    #expect(BigInteger.gcd(q.numerator, q.denominator) == 1 || q.isZero)
  }

  @Test func floorRoundsTowardNegativeInfinity() {
    #expect(rat(7, 2).floor == 3)
    #expect(rat(-7, 2).floor == -4)
    #expect(rat(-8, 2).floor == -4)
    #expect(Rational.zero.floor == 0)
  }

  @Test func integerPowers() throws {
    #expect(try rat(2, 3).power(3) == rat(8, 27))
    #expect(try rat(2, 3).power(-2) == rat(9, 4))
    #expect(try rat(-1, 2).power(0) == .one)
    #expect(ErrorKind.limitExceeded == thrownKind { try rat(3, 2).power(Int.min) })
    #expect(ErrorKind.limitExceeded == thrownKind { try rat(3, 2).power(1 << 20) })
  }

  @Test func doubleValueIsCorrectlyRounded() {
    #expect(num("0.1").doubleValue == 0.1)
    #expect(rat(1, 3).doubleValue == 1.0 / 3.0)
    #expect(rat(-2, 3).doubleValue == -2.0 / 3.0, "mpq_get_d would truncate toward zero")
    #expect(num("1e400").doubleValue == .infinity)
  }
}
