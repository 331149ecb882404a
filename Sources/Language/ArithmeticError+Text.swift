public import Exact
public import Localization

extension ArithmeticError {
  /// The whole sentence in both languages (`limit exceeded: …` / `한도 초과: …`).
  public var text: LocalizedText {
    switch self {
    case .divisionByZero: return LocalizedText(en: "division by zero", ko: "0으로 나눌 수 없습니다")
    case .domain(let d): return d.text
    case .limitExceeded(let l):
      let what = l.text
      return LocalizedText(en: "limit exceeded: \(what.en)", ko: "한도 초과: \(what.ko)")
    case .undecided(let u):
      let what = u.text
      return LocalizedText(en: "could not decide: \(what.en)", ko: "판정할 수 없습니다: \(what.ko)")
    }
  }
}

extension ArithmeticError.Domain {
  /// What left its domain, in both languages.
  public var text: LocalizedText {
    switch self {
    case .logOfNonPositive(let q?): LocalizedText(en: "log of \(q), which is not positive", ko: "양수가 아닌 \(q)의 로그")
    case .logOfNonPositive(nil): LocalizedText(en: "log of a number that is not positive", ko: "양수가 아닌 수의 로그")
    case .sqrtOfNegative(let q?): LocalizedText(en: "sqrt of \(q), which is negative", ko: "음수 \(q)의 제곱근")
    case .sqrtOfNegative(nil): LocalizedText(en: "sqrt of a negative number", ko: "음수의 제곱근")
    case .zeroToNonPositivePower: LocalizedText(en: "0 to a power that is not positive", ko: "지수가 양수가 아닌 0의 거듭제곱")
    case .negativeToNonIntegerPower: LocalizedText(en: "a negative number to a non-integer power", ko: "지수가 정수가 아닌 음수의 거듭제곱")
    }
  }
}

extension ArithmeticError.Limit {
  /// The limit, in both languages.
  public var text: LocalizedText {
    switch self {
    case .digits(let n): LocalizedText(en: "more than \(n) digits", ko: "\(n)자리를 넘는 수")
    case .integerBits(let n): LocalizedText(en: "an integer of more than \(n) bits", ko: "\(n)비트를 넘는 정수")
    case .numberBits(let n): LocalizedText(en: "a number of more than \(n) bits", ko: "\(n)비트를 넘는 수")
    case .powerBits(let n): LocalizedText(en: "an integer power of more than \(n) bits", ko: "\(n)비트를 넘는 정수 거듭제곱")
    case .exponent(let n): LocalizedText(en: "an exponent above \(n)", ko: "\(n)보다 큰 지수")
    case .exponentTooLarge: LocalizedText(en: "exponent too large", ko: "너무 큰 지수")
    case .decimalExponent(let n): LocalizedText(en: "a decimal exponent above \(n)", ko: "\(n)보다 큰 십진 지수")
    case .nesting(let n): LocalizedText(en: "a computation nested more than \(n) levels deep", ko: "\(n)단계보다 깊게 중첩된 계산")
    case .floorMagnitude: LocalizedText(en: "the floor of a number beyond 2^1000", ko: "절댓값이 2^1000을 넘는 수의 floor")
    case .coprimeBasis: LocalizedText(en: "coprime basis refinement", ko: "서로소 기저 세분화")
    case .natsSign(let p):
      LocalizedText(
        en: "sign of a near-zero log-linear form in nats beyond \(p) bits",
        ko: "\(p)비트 정밀도로도 정해지지 않는, 0에 아주 가까운 로그 선형 식(내트 단위)의 부호")
    case .workBudget: LocalizedText(en: "the work budget for one answer is spent", ko: "답 하나에 허용된 계산량을 다 썼습니다")
    }
  }
}

extension ArithmeticError.Undecided {
  /// What could not be decided, in both languages.
  public var text: LocalizedText {
    switch self {
    case .divisorMayBeZero: LocalizedText(en: "a divisor that may be zero", ko: "0일 수도 있는 나누는 수")
    case .logArgumentMayBeZero: LocalizedText(en: "log of a number that may be zero", ko: "0일 수도 있는 수의 로그")
    case .sqrtArgumentMayBeNegative: LocalizedText(en: "sqrt of a number that may be negative", ko: "음수일 수도 있는 수의 제곱근")
    case .zero(let p): LocalizedText(en: "a value that is zero to \(p) bits", ko: "\(p)비트 정밀도까지 0인 값")
    case .floorOfNearInteger(let p):
      LocalizedText(en: "the floor of a value that is an integer to \(p) bits", ko: "\(p)비트 정밀도까지 정수인 값의 floor")
    case .roundingInterval:
      LocalizedText(en: "whether the value lies within the written decimal's rounding interval", ko: "값이 쓴 소수의 반올림 구간 안에 있는지")
    }
  }
}

extension DecisionMethod {
  /// The method in a sentence, in both languages (the English is ``DecisionMethod/description``).
  public var text: LocalizedText {
    switch self {
    case .exact: return LocalizedText(en: description, ko: "정확히 판정")
    case .certified(let bits): return LocalizedText(en: description, ko: "\(bits)비트 구간 연산으로 인증")
    case .integerPowers: return LocalizedText(en: description, ko: "정수 거듭제곱을 비교해 정확히 판정")
    }
  }
}
