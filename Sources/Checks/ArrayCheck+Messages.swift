// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension ArrayCheck {
  /// What a vector or matrix check found, one case per sentence: the check says which reason,
  /// ``message`` says it in both languages under its stable id.
  enum Reason {
    case expectedList
    case wrongShape(expected: LocalizedText, found: LocalizedText)
    /// Every entry correctly rounded to at least `minimum` significant digits.
    case rounded(minimum: Int)
    case equal
  }

  /// Where entry `k` is: `entry 3` / `3번째 성분`, or `entry (1, 2)` / `(1, 2) 성분` in a matrix.
  static func place(_ k: Int, columns: Int?) -> LocalizedText {
    guard let columns, columns > 0 else { return LocalizedText(en: "entry \(k + 1)", ko: "\(k + 1)번째 성분") }
    let (i, j) = (k / columns + 1, k % columns + 1)
    return LocalizedText(en: "entry (\(i), \(j))", ko: "(\(i), \(j)) 성분")
  }

  /// How entries are counted, said once after the first list of them.
  static let counting = LocalizedText(en: "entries count from 1, rows before columns; p[0] in a formula is entry 1",
                                      ko: "성분은 1부터 세며, 행 다음에 열을 씁니다. 식 안의 p[0]이 1번째 성분입니다")
}

extension ArrayCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .expectedList:
      Message("answer.expected-list", en: "expected a list like [0.2, 1/3, log(2)], found a mapping",
              ko: "[0.2, 1/3, log(2)] 같은 목록이 필요한데, 지금 답은 매핑입니다")
    case .wrongShape(let want, let got):
      Message("answer.wrong-shape", en: "expected \(want.en), found \(got.en)",
              ko: "형태가 맞지 않습니다: 기대하는 형태는 \(want.ko)인데 지금 답은 \(got.ko)입니다")
    case .rounded(let minimum):
      Message("array.rounded",
              en: "every entry correctly rounded to at least \(minimum) significant digits (half a unit in the last written digit)",
              ko: "모든 성분이 유효 숫자 \(minimum)자리 이상으로 올바르게 반올림되었습니다 (허용 오차는 마지막으로 쓴 자리의 반 단위)")
    case .equal:
      Message("array.equal", en: "every entry equal, decided exactly", ko: "모든 성분이 같습니다 (정확히 판정)")
    }
  }
}
