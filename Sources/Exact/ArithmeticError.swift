import Localization

/// Why an exact or certified computation could not produce a value.
///
/// These are ordinary values, not crashes: GMP itself would abort on a zero divisor or an
/// exhausted allocation, so every such case is checked in Swift before GMP is called.
///
/// Each detail is written in English and Korean where it is thrown, so ``text`` is the whole
/// sentence in both languages and ``description`` its English.
public enum ArithmeticError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A division whose divisor is exactly zero.
  case divisionByZero
  /// A function applied outside its domain, e.g. `log(-1)` or `sqrt(-2)`; the text says which.
  case domain(LocalizedText)
  /// A result would exceed one of the ``ExactLimits``; the text names the limit.
  case limitExceeded(LocalizedText)
  /// A certified computation could not decide (e.g. an interval divisor that contains zero
  /// even at the highest precision allowed); the text says what was left undecided.
  case undecided(LocalizedText)

  /// A domain error with its detail in both languages.
  public static func domain(en: String, ko: String) -> ArithmeticError {
    .domain(LocalizedText(en: en, ko: ko))
  }

  /// An exceeded limit with its detail in both languages.
  public static func limitExceeded(en: String, ko: String) -> ArithmeticError {
    .limitExceeded(LocalizedText(en: en, ko: ko))
  }

  /// An undecided computation with its detail in both languages.
  public static func undecided(en: String, ko: String) -> ArithmeticError {
    .undecided(LocalizedText(en: en, ko: ko))
  }

  /// The full sentence in both languages (`limit exceeded: …` / `한도 초과: …`).
  public var text: LocalizedText {
    switch self {
    case .divisionByZero:
      return LocalizedText(en: "division by zero", ko: "0으로 나눌 수 없습니다")
    case .domain(let what):
      return what
    case .limitExceeded(let what):
      return LocalizedText(en: "limit exceeded: \(what.en)", ko: "한도 초과: \(what.ko)")
    case .undecided(let what):
      return LocalizedText(en: "could not decide: \(what.en)", ko: "판정할 수 없습니다: \(what.ko)")
    }
  }

  /// The English sentence.
  public var description: String { text.en }
}
