// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension ConditionCheck {
  /// What a condition check found, one case per sentence: the check says which reason,
  /// ``message`` says it in both languages under its stable id. `at` is the sampled point.
  enum Reason {
    case expectedCondition(found: LocalizedText)
    /// The property holds at `at`, the learner's condition does not.
    case missesCase(at: String)
    /// The learner's condition holds at `at`, the property does not.
    case extraCase(at: String)
    case agrees(points: Int, holding: Int, failing: Int)
    /// Both are equations, and one's `lhs − rhs` is a constant multiple of the other's.
    case provedSame
  }
}

extension ConditionCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .expectedCondition(let found):
      Message("answer.expected-condition", en: "expected a condition such as 'p = q', found \(found.en)",
              ko: "'p = q' 같은 조건(관계식)이 필요한데, 지금 답은 \(found.ko)입니다")
    case .missesCase(let at):
      Message("condition.misses-case", en: "at \(at) the property holds, but your condition is false there",
              ko: "\(at)에서 성질은 성립하지만, 제시한 조건은 거짓입니다")
    case .extraCase(let at):
      Message("condition.extra-case", en: "at \(at) your condition holds, but the property does not",
              ko: "\(at)에서 제시한 조건은 성립하지만, 성질은 성립하지 않습니다")
    case .agrees(let total, let holding, let failing):
      Message("condition.agrees",
              en: "agrees with the property on \(total) sampled points (\(holding) where it holds, \(failing) where it fails)",
              ko: "표본 점 \(total)개에서 성질과 일치합니다 (성립하는 점 \(holding)개, 성립하지 않는 점 \(failing)개)")
    case .provedSame:
      Message("condition.proved",
              en: "proved to hold exactly where the property does: your two sides differ by a constant multiple of its two sides' difference, as exp–log expressions (the chance this is wrong is below 2^-100)",
              ko: "성질이 성립하는 곳에서 정확히 성립함을 증명했습니다: 제시한 양변의 차가 지수·로그 식으로서 성질의 양변의 차의 상수배입니다 (틀렸을 확률은 2^-100 미만)")
    }
  }
}
