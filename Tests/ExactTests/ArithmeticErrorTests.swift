import Exact
import Language
import Localization
import Testing

/// Runs `body` and returns the ``ArithmeticError`` it threw, or `nil` (recording a failure) if it
/// returned or threw something else.
private func thrownError<T>(_ body: () throws -> T, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ArithmeticError?
{
  do {
    _ = try body()
    Issue.record("no error was thrown", sourceLocation: sourceLocation)
  } catch let error as ArithmeticError {
    return error
  } catch {
    Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
  }
  return nil
}

/// Expects `body` to throw an error of `kind` whose whole sentence is `en` / `ko`.
private func expectError<T>(
  _ kind: ErrorKind, en: String, ko: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T
) {
  guard let error = thrownError(body, sourceLocation: sourceLocation) else { return }
  #expect(ErrorKind(error) == kind, sourceLocation: sourceLocation)
  #expect(error.text == LocalizedText(en: en, ko: ko), sourceLocation: sourceLocation)
}

/// Every error `Exact` throws is a structured value; its sentence in English and Korean is made
/// where it is shown (`ArithmeticError.text`, in Language).
@Suite struct ArithmeticErrorText {
  @Test func theSentenceWrapsTheDetailInBothLanguages() {
    #expect(ArithmeticError.divisionByZero.text == LocalizedText(en: "division by zero", ko: "0으로 나눌 수 없습니다"))
    #expect(
      ArithmeticError.domain(.logOfNonPositive(Rational(-1, 2))).text
        == LocalizedText(en: "log of -1/2, which is not positive", ko: "양수가 아닌 -1/2의 로그"))
    #expect(
      ArithmeticError.limitExceeded(.integerBits(64)).text
        == LocalizedText(en: "limit exceeded: an integer of more than 64 bits", ko: "한도 초과: 64비트를 넘는 정수"))
    #expect(
      ArithmeticError.undecided(.zero(precision: 256)).text
        == LocalizedText(en: "could not decide: a value that is zero to 256 bits", ko: "판정할 수 없습니다: 256비트 정밀도까지 0인 값"))
    // The payload carries the decision: equal errors are equal values, whatever their wording.
    #expect(ArithmeticError.limitExceeded(.integerBits(64)) != .limitExceeded(.integerBits(65)))
    #expect(ArithmeticError.budgetExhausted == .limitExceeded(.workBudget))
  }

  @Test func divisionByZero() {
    expectError(.divisionByZero, en: "division by zero", ko: "0으로 나눌 수 없습니다") { try rat(1) / .zero }
    expectError(.divisionByZero, en: "division by zero", ko: "0으로 나눌 수 없습니다") {
      try RealValue.quotient(.rational(1), .rational(.zero))
    }
  }

  @Test func domainErrorsKeepTheirNumber() throws {
    expectError(.domain, en: "log of -1/2, which is not positive", ko: "양수가 아닌 -1/2의 로그") {
      try LogLinear.log(rat(-1, 2), base: .two)
    }
    expectError(.domain, en: "log of 0, which is not positive", ko: "양수가 아닌 0의 로그") {
      try RealValue.log(.rational(.zero))
    }
    expectError(.domain, en: "sqrt of -3, which is negative", ko: "음수 -3의 제곱근") {
      try RealValue.squareRoot(.rational(-3))
    }
    expectError(.domain, en: "a negative number to a non-integer power", ko: "지수가 정수가 아닌 음수의 거듭제곱") {
      try RealValue.power(.rational(-8), .rational(rat(1, 3)))
    }
    expectError(.domain, en: "log of a number that is not positive", ko: "양수가 아닌 수의 로그") {
      try Interval(rat(-1), precision: 64).log()
    }
    expectError(.domain, en: "sqrt of a negative number", ko: "음수의 제곱근") {
      try Interval(rat(-2), precision: 64).squareRoot()
    }
    expectError(.domain, en: "0 to a power that is not positive", ko: "지수가 양수가 아닌 0의 거듭제곱") {
      try RealValue.power(.rational(.zero), RealValue.log(.rational(rat(1, 2))))
    }
    // A computed negative value: its log is found out of domain when it is compared.
    let logOfNegative = try RealValue.log(RealValue.negation(try RealValue.exp(.rational(rat(1, 5)))))
    expectError(.domain, en: "log of a number that is not positive", ko: "양수가 아닌 수의 로그") {
      try logOfNegative.signum()
    }
  }

  @Test func limitsNameTheirBound() throws {
    let small = ExactLimits(maxDigits: 20, maxDecimalExponent: 50, maxBits: 64, maxPrecision: 256)
    expectError(.limitExceeded, en: "limit exceeded: an integer of more than 64 bits", ko: "한도 초과: 64비트를 넘는 정수") {
      try BigInteger(1).shiftedLeft(by: 64, limits: small)
    }
    expectError(.limitExceeded, en: "limit exceeded: an integer of more than 64 bits", ko: "한도 초과: 64비트를 넘는 정수") {
      try BigInteger(3).power(100, limits: small)
    }
    expectError(.limitExceeded, en: "limit exceeded: more than 20 digits", ko: "한도 초과: 20자리를 넘는 수") {
      try BigInteger(decimal: Substring(String(repeating: "7", count: 21)), limits: small)
    }
    expectError(
      .limitExceeded, en: "limit exceeded: a decimal exponent above 50",
      ko: "한도 초과: 50보다 큰 십진 지수"
    ) {
      try Rational(parsing: "1e51", limits: small)
    }
    expectError(.limitExceeded, en: "limit exceeded: exponent too large", ko: "한도 초과: 너무 큰 지수") {
      try rat(3, 2).power(Int.min)
    }
    expectError(
      .limitExceeded, en: "limit exceeded: the floor of a number beyond 2^1000",
      ko: "한도 초과: 절댓값이 2^1000을 넘는 수의 floor"
    ) {
      try RealValue.floor(RealValue.exp(.rational(rat(1000))))
    }
    expectError(.limitExceeded, en: "limit exceeded: an exponent above 262144", ko: "한도 초과: 262144보다 큰 지수") {
      try RealValue.power(.rational(3), .rational(Rational(1 << 40)))
    }
    // In nats a rational constant has no integer-power form.
    let nats = try logOf(3, .e).adding(-1)
    expectError(
      .limitExceeded,
      en: "limit exceeded: sign of a near-zero log-linear form in nats beyond 32 bits",
      ko: "한도 초과: 32비트 정밀도로도 정해지지 않는, 0에 아주 가까운 로그 선형 식(내트 단위)의 부호"
    ) {
      try nats.signum(limits: ExactLimits(maxPrecision: 32))
    }
  }

  @Test func undecidedSaysWhatWasLeftOpen() throws {
    let straddlingZero = IntervalDomains.straddlingZero
    expectError(
      .undecided, en: "could not decide: a divisor that may be zero",
      ko: "판정할 수 없습니다: 0일 수도 있는 나누는 수"
    ) {
      try Interval(.zero, precision: 64).reciprocal()
    }
    expectError(
      .undecided, en: "could not decide: log of a number that may be zero",
      ko: "판정할 수 없습니다: 0일 수도 있는 수의 로그"
    ) {
      try straddlingZero.log()
    }
    expectError(
      .undecided, en: "could not decide: sqrt of a number that may be negative",
      ko: "판정할 수 없습니다: 음수일 수도 있는 수의 제곱근"
    ) {
      try straddlingZero.squareRoot()
    }
    let e = try RealValue.exp(.rational(rat(1, 5)))
    let zero = try RealValue.difference(e, e)
    expectError(
      .undecided, en: "could not decide: a value that is zero to 256 bits",
      ko: "판정할 수 없습니다: 256비트 정밀도까지 0인 값"
    ) {
      try zero.signum(limits: ExactLimits(maxPrecision: 256))
    }
  }
}
