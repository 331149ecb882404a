// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension StableCheck {
  /// What a stability check found, one case per sentence: the check says which reason,
  /// ``message`` says it in both languages under its stable id. `at` is the extreme point.
  enum Reason {
    case notEvaluable(at: String, why: LocalizedText)
    /// binary64 gave `computed` (infinite or NaN) where the exact value is about `exact`.
    case overflow(at: String, computed: Double, exact: Double)
    case inaccurate(at: String, computed: Double, error: Double, allowed: Double, exact: Double)
    case finite(allowed: Double, points: Int)
  }
}

extension StableCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .notEvaluable(let at, let why):
      Message("stable.not-evaluable", en: "equivalent, but at \(at) it cannot be evaluated in binary64: \(why.en)",
              ko: "동치이지만 \(at)에서는 binary64로 계산할 수 없습니다: \(why.ko)")
    case .overflow(let at, let computed, let exact):
      Message("stable.overflow",
              en: "mathematically right, but in binary64 at \(at) it gives \(computed) instead of ≈\(exact): exp overflows or underflows there. Subtract the maximum before exponentiating.",
              ko: "수학적으로는 맞지만, binary64로 \(at)에서 계산하면 ≈\(exact) 대신 \(computed) 값이 나옵니다: 그 점에서 exp가 오버플로 또는 언더플로합니다. 지수를 취하기 전에 최댓값을 빼세요.")
    case .inaccurate(let at, let computed, let error, let allowed, let exact):
      Message("stable.inaccurate",
              en: "mathematically right, but in binary64 at \(at) it gives \(computed), a relative error of \(error) (more than \(allowed)) against ≈\(exact)",
              ko: "수학적으로는 맞지만, binary64로 \(at)에서 계산하면 \(computed) 값이 나와 ≈\(exact)에 대한 상대 오차가 \(error)입니다 (허용치 \(allowed) 초과)")
    case .finite(let allowed, let points):
      Message("stable.finite", en: "finite and within relative error \(allowed) in binary64 at all \(points) extreme points",
              ko: "극단적인 점 \(points)개 모두에서 binary64로 계산한 값이 유한하고 상대 오차 \(allowed) 이내입니다")
    }
  }
}
