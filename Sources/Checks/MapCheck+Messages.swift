// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension MapCheck {
  /// What a map check found, one case per sentence: the check says which reason, ``message``
  /// says it in both languages under its stable id. `key` is the key variable's name (`n`).
  enum Reason {
    case expectedMapping(key: String)
    case tooFewEntries(minimum: Int)
    case invalidKey(written: String, key: String, range: ClosedRange<Int>)
    case allCorrect(entries: Int)
    /// The values at `places` (`n = 1, n = 2`) are below the entropy `bound` per symbol.
    case belowEntropy(places: String, bound: String, approximation: String)
  }
}

extension MapCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .expectedMapping(let key):
      Message("answer.expected-mapping", en: "expected a mapping from \(key) to a value, e.g. {1: ..., 4: ...}",
              ko: "\(key)에서 값으로 가는 매핑이 필요합니다. 예: {1: ..., 4: ...}")
    case .tooFewEntries(let minimum):
      Message("map.too-few-entries", en: "give at least \(minimum) entr\(minimum == 1 ? "y" : "ies")", ko: "항목을 적어도 \(minimum)개 쓰세요")
    case .invalidKey(let written, let key, let range):
      Message("map.invalid-key",
              en: "'\(written)' is not a valid \(key): use an integer from \(range.lowerBound) to \(range.upperBound)",
              ko: "'\(written)': 올바른 \(key) 값이 아닙니다. \(range.lowerBound)부터 \(range.upperBound)까지의 정수를 쓰세요")
    case .allCorrect(let n):
      Message("map.all-correct", en: "all \(n) entries right", ko: "항목 \(n)개가 모두 맞습니다")
    case .belowEntropy(let places, let bound, let approx):
      Message("map.below-entropy",
              en: "the values for \(places) are impossible: no code beats the entropy H = \(bound)\(approx) per symbol",
              ko: "\(places)의 값은 불가능합니다: 어떤 부호도 기호당 엔트로피 H = \(bound)\(approx)보다 짧을 수 없습니다")
    }
  }
}
