import Exact
import Localization

extension ArithmeticError {
  /// The error's sentence in both languages: the English is ``description`` unchanged; the
  /// Korean translates the detail `Exact` wrote in English (`log of -1, which is not positive`).
  var localizedText: LocalizedText {
    switch self {
    case .divisionByZero:
      return LocalizedText(en: description, ko: "0으로 나눌 수 없습니다")
    case .domain(let what):
      return LocalizedText(en: description, ko: ArithmeticError.korean(what))
    case .limitExceeded(let what):
      return LocalizedText(en: description, ko: "한도 초과: \(ArithmeticError.korean(what))")
    case .undecided(let what):
      return LocalizedText(en: description, ko: "판정할 수 없습니다: \(ArithmeticError.korean(what))")
    }
  }

  /// The Korean for one of the details `Exact` throws, `{}` standing for the varying part
  /// (a number or a limit). A detail not in the table is kept in English, so a new one in `Exact`
  /// is still shown, in English only (`ErrorTests` checks the translations).
  static let koreanDetails: [(prefix: String, suffix: String, ko: String)] = [
    // Domains.
    ("log of ", ", which is not positive", "양수가 아닌 {}의 로그"),
    ("log of a number that is not positive", "", "양수가 아닌 수의 로그"),
    ("sqrt of a negative number", "", "음수의 제곱근"),
    ("sqrt of ", ", which is negative", "음수 {}의 제곱근"),
    ("0 to a power that is not positive", "", "지수가 양수가 아닌 0의 거듭제곱"),
    ("a negative number to a non-integer power", "", "지수가 정수가 아닌 음수의 거듭제곱"),
    // Undecided.
    ("a divisor that may be zero", "", "0일 수도 있는 나누는 수"),
    ("log of a number that may be zero", "", "0일 수도 있는 수의 로그"),
    ("sqrt of a number that may be negative", "", "음수일 수도 있는 수의 제곱근"),
    ("a value that is zero to ", " bits", "{}비트 정밀도까지 0인 값"),
    ("the floor of a value that is an integer to ", " bits", "{}비트 정밀도까지 정수인 값의 floor"),
    // Limits.
    ("sign of a near-zero log-linear form in nats beyond ", " bits", "0에 아주 가까운 로그 선형 식(내트 단위)의 부호: {}비트 정밀도로도 정해지지 않음"),
    ("an integer power of more than ", " bits", "{}비트를 넘는 정수 거듭제곱"),
    ("a computation nested more than ", " levels deep", "{}단계보다 깊게 중첩된 계산"),
    ("an exponent above ", "", "{}보다 큰 지수"),
    ("a number of more than ", " bits", "{}비트를 넘는 수"),
    ("a decimal exponent above ", "", "{}보다 큰 십진 지수"),
    ("the floor of a number beyond ", "", "{}보다 큰 수의 floor"),
    ("exponent too large", "", "너무 큰 지수"),
    ("coprime basis refinement", "", "서로소 기저 세분화"),
    ("more than ", " digits", "{}자리를 넘는 수"),
    ("an integer of more than ", " bits", "{}비트를 넘는 정수"),
  ]

  static func korean(_ what: String) -> String {
    for (prefix, suffix, ko) in koreanDetails {
      if suffix.isEmpty && !ko.contains("{}") {
        if what == prefix { return ko }
        continue
      }
      guard what.count > prefix.count + suffix.count, what.hasPrefix(prefix), what.hasSuffix(suffix) else { continue }
      let middle = String(what.dropFirst(prefix.count).dropLast(suffix.count))
      // The varying part is a number or a limit (`-1`, `1/2`, `2^1000`), never more words.
      guard !middle.contains(" ") else { continue }
      return ko.replacing("{}", with: middle)
    }
    return what
  }
}
