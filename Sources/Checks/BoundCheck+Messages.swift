// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Exact
import Language
import Localization

extension BoundCheck {
  /// What a bound check found, one case per sentence: the check says which reason, ``message``
  /// says it in both languages under its stable id. `word` is "bound" in Korean, which names
  /// its direction (상한, 하한).
  enum Reason {
    /// At `at` the quantity is `quantity`; the bound's value there, or `nil` when it has none.
    case notABound(word: String, at: String, quantity: String, bound: String?)
    case holds(word: String, points: Int)
    case limitNotEvaluable(word: String, variable: String)
    case tendsToLimit(word: String, points: Int, variable: String, limit: Rational)
    case noLimit(word: String, variable: String, limit: Rational)
  }
}

extension BoundCheck.Reason {
  /// "Bound" in Korean, which names its direction: 상한 (upper) for `quantity <= bound`, 하한
  /// (lower) for `>=`; particles after it come from ``KoreanParticle``.
  static func word(for relation: Relation.Operator) -> String {
    switch relation {
    case .less, .lessOrEqual: "상한"
    case .greater, .greaterOrEqual: "하한"
    case .equal, .notEqual: "한계"
    }
  }

  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .notABound(let word, let at, let quantity, let bound):
      Message("bound.not-a-bound",
              en: "not a bound: at \(at) the quantity is \(quantity) but your bound \(bound.map { "is \($0)" } ?? "cannot be evaluated there")",
              ko: "\(KoreanParticle.subject.after(word)) 아닙니다: \(at)에서 주어진 양은 \(quantity)인데, 제시한 \(KoreanParticle.topic.after(word)) \(bound.map { "\($0)입니다" } ?? "그 점에서 계산할 수 없습니다")")
    case .holds(let word, let points):
      Message("bound.holds", en: "this is a valid bound on \(points) sampled points", ko: "표본 점 \(points)개에서 모두 성립하는 올바른 \(word)입니다")
    case .limitNotEvaluable(let word, let variable):
      Message("bound.limit-not-evaluable", en: "a valid bound, but it cannot be evaluated as \(variable) grows",
              ko: "올바른 \(word)이지만, \(variable) 값이 커지면 계산할 수 없습니다")
    case .tendsToLimit(let word, let points, let variable, let limit):
      Message("bound.tends-to-limit",
              en: "this is a valid bound on \(points) sampled points, and it approaches \(limit) as \(variable) grows (checked at 2^10, 2^20, 2^40)",
              ko: "표본 점 \(points)개에서 성립하는 올바른 \(word)이고, \(variable) 값이 커지면 \(limit)에 가까워집니다 (2^10, 2^20, 2^40에서 확인)")
    case .noLimit(let word, let variable, let limit):
      Message("bound.no-limit",
              en: "a valid bound, but it does not tend to \(limit) as \(variable) → ∞, so it cannot show the limit",
              ko: "올바른 \(word)이지만, \(variable) → ∞일 때 \(limit)에 수렴하지 않으므로 극한을 보여 주지 못합니다")
    }
  }
}
