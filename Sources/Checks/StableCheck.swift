import Sampling
import Localization
import Exact
import AnswerDocument
import Language

/// Checks a `stable` part: a formula that must be equivalent to the reference (as a `formula`
/// part) and, evaluated in IEEE binary64 at the part's extreme points, finite and within a
/// relative error of the exact value.
package struct StableCheck: Sendable {
  package var formula: FormulaCheck
  /// The extreme points, as variable name -> value text.
  package var points: [[String: String]]
  /// Largest accepted relative error in binary64 (stated in the feedback).
  package var relativeError: Double

  package init(formula: FormulaCheck, points: [[String: String]], relativeError: Double = 1e-12) {
    self.formula = formula
    self.points = points
    self.relativeError = relativeError
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    let expression: Expression
    switch formula.readFormula(answer) {
    case .success(let e): expression = e
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    let equivalence = formula.judge(expression, context: context)
    guard equivalence.verdict == .correct else { return equivalence }
    for point in points {
      guard let sample = try? Sample.written(point, index: 0) else { continue }
      var exact = Evaluator(variables: sample.values, limits: formula.limits)
      guard case .scalar(let truth)? = try? exact.evaluate(formula.reference),
            let box = try? truth.enclosure(precision: 128) else { continue }
      var vars: [String: Binary64Evaluator.Value64] = [:]
      for (k, v) in sample.values {
        switch v {
        case .scalar(let x): vars[k] = .scalar(x.approximation)
        case .vector(let xs): vars[k] = .vector(xs.map(\.approximation))
        case .matrix: continue
        }
      }
      var float = Binary64Evaluator(variables: vars, limits: formula.limits)
      let at = point.keys.sorted().map { "\($0) = \(point[$0] ?? "")" }.joined(separator: ", ")
      let computed: Double
      do {
        guard case .scalar(let x) = try float.evaluate(expression) else { continue }
        computed = x
      } catch {
        let why = error.message
        return CheckOutcome(verdict: .incorrect, feedback: [Message("stable.not-evaluable",
          en: "equivalent, but at \(at) it cannot be evaluated in binary64: \(why.en)",
          ko: "동치이지만 \(at) 에서는 binary64 로 계산할 수 없습니다: \(why.ko)")], counterexample: point)
      }
      let exactValue = box.midpoint
      guard computed.isFinite else {
        return CheckOutcome(verdict: .incorrect,
                            feedback: [Message("stable.overflow",
                              en: "mathematically right, but in binary64 at \(at) it gives \(computed) instead of ≈\(exactValue): exp overflows or underflows there. Subtract the maximum before exponentiating.",
                              ko: "수학적으로는 맞지만, binary64 로 \(at) 에서 계산하면 ≈\(exactValue) 대신 \(computed) 값이 나옵니다: 그 점에서 exp 가 오버플로 또는 언더플로합니다. 지수를 취하기 전에 최댓값을 빼세요.")],
                            counterexample: point, method: "binary64 evaluation")
      }
      let error = abs(computed - exactValue) / max(abs(exactValue), Double.leastNormalMagnitude)
      if error > relativeError {
        return CheckOutcome(verdict: .incorrect,
                            feedback: [Message("stable.inaccurate",
                              en: "mathematically right, but in binary64 at \(at) it gives \(computed), a relative error of \(error) (more than \(relativeError)) against ≈\(exactValue)",
                              ko: "수학적으로는 맞지만, binary64 로 \(at) 에서 계산하면 \(computed) 값이 나와 ≈\(exactValue) 에 대한 상대 오차가 \(error)입니다 (허용치 \(relativeError) 초과)")],
                            counterexample: point, method: "binary64 evaluation")
      }
    }
    return CheckOutcome(verdict: .correct,
                        feedback: Array(equivalence.feedback.prefix(1)) + [Message("stable.finite",
                          en: "finite and within relative error \(relativeError) in binary64 at all \(points.count) extreme points",
                          ko: "극단적인 점 \(points.count)개 모두에서 binary64 로 계산한 값이 유한하고 상대 오차 \(relativeError) 이내입니다")],
                        method: equivalence.method == FormulaCheck.identityMethod ? "identity and binary64" : "sampled and binary64")
  }
}
