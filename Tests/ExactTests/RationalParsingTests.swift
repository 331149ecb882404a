import Exact
import SoftcheckTestSupport
import Testing

@Suite struct RationalParsing {
  /// Text, then the exact value as numerator and denominator.
  @Test(arguments: [
    ("3", 3, 1),
    ("-7", -7, 1),
    ("+4", 4, 1),
    ("-0", 0, 1),
    ("0.125", 1, 8),
    ("-0.125", -1, 8),
    ("3/2", 3, 2),
    ("10/4", 5, 2),
    ("-10/4", -5, 2),
    ("0/5", 0, 1),
    ("1e-3", 1, 1000),
    ("2.5e2", 250, 1),
    ("-2.5E+2", -250, 1),
    ("1E3", 1000, 1),
    (".5", 1, 2),
    ("7.", 7, 1),
    ("0.1", 1, 10),
    ("1.50", 3, 2),
    // The number grammar reads runs of digits, so a leading zero is just a digit: `010` is ten
    // (not octal, and not rejected).
    ("010", 10, 1),
    ("007/014", 1, 2),
    // Leading zeros in an exponent do not count against its size.
    ("1e000000000000000000003", 1000, 1),
    ("5e-000000000000000000001", 1, 2),
  ])
  func accepted(text: String, numerator: Int, denominator: Int) throws {
    let value = try Rational(parsing: text)
    #expect(value == Rational(numerator, denominator))
  }

  @Test func decimalsAreExact() {
    #expect(num("0.1") + num("0.2") == num("0.3"))
    #expect(num("0.1") + num("0.2") == rat(3, 10))
    #expect(num("1/3") + num("1/3") + num("1/3") == .one)
  }

  @Test func parsesSubstringsAndNotJustStrings() throws {
    let line = "p = 0.25;"
    let start = line.index(line.startIndex, offsetBy: 4)
    let end = line.index(before: line.endIndex)
    #expect(try Rational(parsing: line[start..<end]) == rat(1, 4))
  }

  @Test(arguments: [
    "", " 1", "1 ", "1/-3", "1.2/3", "1/2.5", "1e", "1e+", "1e-", "--1", "+-1", ".", "-.", ".e1",
    "1/2/3", "/2", "1/", "abc", "0x1F", "1_000", "1,5", "1..2", "1.2.3", "e3", "1e3.5", "1e3/2",
    "\u{FF11}", "½", "inf", "nan", "1/2 ",
  ])
  func rejected(text: String) throws {
    #expect(try Rational(parsing: text) == nil)
    #expect(Rational(text) == nil)
  }

  @Test func zeroDenominatorThrows() {
    #expect(throws: ArithmeticError.divisionByZero) { try Rational(parsing: "1/0") }
    #expect(throws: ArithmeticError.divisionByZero) { try Rational(parsing: "-3/000") }
    #expect(Rational("1/0") == nil, "LosslessStringConvertible gives nil rather than throwing")
  }

  @Test(arguments: [
    "1e999999999", "1e-999999999", "1e99999999999999999999999", "-1.5E+99999999999999999999999",
    "1e10001", "0e999999999",
  ])
  func hugeExponentsThrowBeforeAnyWork(text: String) {
    // Would need about 3.3·10^9 (or far more) bits if it were evaluated; it must be refused from
    // the exponent's text alone, so this returns at once.
    #expect(ErrorKind.limitExceeded == thrownKind { try Rational(parsing: text) })
  }

  @Test func exponentAtTheLimitIsAccepted() throws {
    let limits = ExactLimits(maxDecimalExponent: 20)
    #expect(try Rational(parsing: "1e20", limits: limits) == Rational(BigInteger(10).power(20)))
    #expect(ErrorKind.limitExceeded == thrownKind { try Rational(parsing: "1e21", limits: limits) })
    #expect(try Rational(parsing: "1e10000") != nil)
  }

  @Test func tooManyDigitsThrow() {
    let digits = String(repeating: "7", count: 20_000)
    #expect(ErrorKind.limitExceeded == thrownKind { try Rational(parsing: digits) })
    #expect(ErrorKind.limitExceeded == thrownKind { try Rational(parsing: "0." + digits) })
    #expect(ErrorKind.limitExceeded == thrownKind { try Rational(parsing: "1/" + digits) })
    #expect(ErrorKind.limitExceeded == thrownKind { try BigInteger(decimal: Substring(digits)) })
    // Exactly at the limit is fine.
    #expect(thrownKind { try Rational(parsing: String(repeating: "9", count: 10_000)) } == nil)
  }

  @Test func grammarErrorsWinOverSizeWhenMalformed() throws {
    // Malformed text is "not a number" regardless of how long it is.
    #expect(try Rational(parsing: String(repeating: "1", count: 20_000) + "x") == nil)
  }
}

@Suite struct RationalDecimalString {
  @Test(arguments: [
    ("1/3", 4, "0.3333"),
    ("2/3", 3, "0.667"),
    ("-2/3", 3, "-0.667"),
    ("1234567", 3, "1.23e6"),
    ("1234567", 7, "1234567"),
    ("1234567", 8, "1234567.0"),
    ("123", 3, "123"),
    ("1230", 3, "1.23e3"),
    ("0.000045398899", 5, "4.5399e-5"),
    ("0.000045398899", 3, "4.54e-5"),
    ("0.00012345", 3, "0.000123"),
    ("1.0397207708", 5, "1.0397"),
    ("0.125", 2, "0.12"),  // half to even: 12.5 -> 12
    ("0.375", 2, "0.38"),  // half to even: 37.5 -> 38
    ("0.1251", 2, "0.13"),  // above half
    ("-0.125", 2, "-0.12"),
    ("9.99", 2, "10"),  // carry into a new digit
    ("9.96", 2, "10"),
    ("99.5", 2, "1.0e2"),  // carry past the plain-notation range
    ("0.099996", 3, "0.100"),
    ("1", 1, "1"),
    ("1", 3, "1.00"),
    ("0", 3, "0"),
    ("1e-300", 2, "1.0e-300"),
    ("7e300", 1, "7e300"),
  ])
  func examples(text: String, digits: Int, expected: String) {
    #expect(num(text).decimalString(significantDigits: digits) == expected)
  }

  @Test func roundedValueIsWithinHalfAUnitInTheLastPlace() throws {
    // 1/7 = 0.142857… to 12 digits, read back exactly: |x - read| <= 1/2 · 10^-12.
    let x = rat(1, 7)
    let text = x.decimalString(significantDigits: 12)
    let back = num(text)
    let bound = rat(1, 2) * (try Rational(10).power(-12))
    #expect((x - back).magnitude <= bound)
  }
}

/// Short numbers read outside any work meter take a machine-integer road; every text must read
/// there exactly as on the GMP road a meter forces, to the same value or the same refusal.
@Suite("short numbers read without GMP")
struct ShortNumberParsingTests {
  /// What the text reads as, or the error's description, outside a meter and under one.
  static func both(_ text: String) -> (fast: String, slow: String) {
    func read() -> String {
      do { return (try Rational(parsing: text)).map { "\($0)" } ?? "not a number" } catch { return "error: \(error)" }
    }
    let slow = WorkMeter.$current.withValue(WorkMeter(limit: .max)) { read() }
    return (read(), slow)
  }

  @Test(
    "edge cases read alike on both roads",
    arguments: [
      "", "-", "+", ".", "7.", ".5", "-.5", "+3", "-0", "-0.0", "0/0", "1/0", "1/-3", "--1", "1e5", "1.5/2", "1.2.3",
      " 3", "3 ", "999999999999999999", "1000000000000000000", "99999999999999999999", "0.000000000000000001",
      "123456789.123456789", "12345678901234567.8", "3/6", "-4/8", "0012", "00.50",
    ])
  func edgeCases(text: String) {
    let (fast, slow) = Self.both(text)
    #expect(fast == slow, "\(text)")
  }

  @Test("random texts of digits, signs, points and slashes read alike on both roads")
  func randomTexts() {
    var random = SplitMix(state: 1206)
    let alphabet = Array("0123456789000.-+/e ")
    for _ in 0..<3000 {
      let text = String((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
      let (fast, slow) = Self.both(text)
      #expect(fast == slow, "\(text)")
    }
  }
}
