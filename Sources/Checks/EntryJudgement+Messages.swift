// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension EntryReport {
  /// What the entries of a vector, matrix or map came to, one case per sentence: `named` lists
  /// the entries (at most ``listed`` of them, the rest counted), ``message`` says it in both
  /// languages under its stable id.
  enum Reason {
    /// `count` of `total` entries are wrong; `counting` says how places are counted.
    case wrong(count: Int, total: Int, named: LocalizedText, counting: LocalizedText?)
    case roundingSlip(named: LocalizedText)
    case tooFewDigits(named: LocalizedText, minimum: Int)
    case undecided(named: LocalizedText)
    case truncated(named: LocalizedText)
  }

  /// A wrong entry with what was written: `entry 2 (you wrote 1/3)` / `2번째 성분(쓴 값: 1/3)`.
  static func wrote(_ place: LocalizedText, _ written: String) -> LocalizedText {
    LocalizedText(en: "\(place.en) (you wrote \(written))", ko: "\(place.ko)(쓴 값: \(written))")
  }

  /// A wrong entry of a computed answer with its value: `entry (1, 2) (your expression gives -1)`.
  static func gives(_ place: LocalizedText, _ value: String) -> LocalizedText {
    LocalizedText(en: "\(place.en) (your expression gives \(value))", ko: "\(place.ko)(식의 값: \(value))")
  }

  /// An entry with a note: `entry 2 (0.333)`; a count of digits reads `(3자리)` in Korean.
  static func noted(_ place: LocalizedText, _ note: String, digits: Bool = false) -> LocalizedText {
    LocalizedText(en: "\(place.en) (\(note))", ko: "\(place.ko)(\(note)\(digits ? "자리" : ""))")
  }

  /// Places joined, the ones past ``listed`` counted: `entry 1, entry 2 and 3 more` / `… 외 3개`.
  static func list(_ items: [LocalizedText]) -> LocalizedText {
    let shown = items.prefix(listed)
    let more = items.count - shown.count
    let en = shown.map(\.en).joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    let ko = shown.map(\.ko).joined(separator: ", ") + (more > 0 ? " 외 \(more)개" : "")
    return LocalizedText(en: en, ko: ko)
  }
}

extension EntryReport.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .wrong(let n, let total, let named, let counting):
      Message("array.entries-wrong",
              en: "\(n) of \(total) entr\(total == 1 ? "y is" : "ies are") not right: \(named.en)\(counting.map { " (\($0.en))" } ?? "")",
              ko: "\(total)개 중 \(n)개가 틀렸습니다: \(named.ko)\(counting.map { " (\($0.ko))" } ?? "")")
    case .roundingSlip(let named):
      Message("array.rounding-slip", en: "a rounding slip: the last digit is off by one in \(named.en); round again from more digits",
              ko: "반올림 실수입니다: \(named.ko)의 마지막 자리가 하나 어긋났습니다. 더 많은 자리에서 다시 반올림하세요")
    case .tooFewDigits(let named, let minimum):
      Message("array.too-few-digits",
              en: "correctly rounded but with too few significant digits: \(named.en); give at least \(minimum)",
              ko: "올바르게 반올림되었지만 유효 숫자가 부족합니다: \(named.ko). 적어도 \(minimum)자리를 쓰세요")
    case .undecided(let named):
      Message("array.entries-undecided",
              en: "not decided within softcheck's limits: \(named.en); give exact expressions or fewer digits there",
              ko: "softcheck의 한도 안에서 판정하지 못했습니다: \(named.ko). 그 자리에는 정확한 식을 쓰거나 자릿수를 줄이세요")
    case .truncated(let named):
      Message("array.truncated", en: "truncated, not rounded: \(named.en)", ko: "반올림이 아니라 버림한 값입니다: \(named.ko)")
    }
  }
}
