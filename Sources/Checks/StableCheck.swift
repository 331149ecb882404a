import AnswerDocument
import Exact
import Language
import Localization
import Sampling

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
        let box = try? truth.enclosure(precision: 128)
      else { continue }
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
        return CheckOutcome(
          verdict: .incorrect, feedback: [Reason.notEvaluable(at: at, why: error.message).message], counterexample: point)
      }
      let exactValue = box.midpoint
      guard computed.isFinite else {
        return CheckOutcome(
          verdict: .incorrect,
          feedback: [Reason.overflow(at: at, computed: computed, exact: exactValue).message],
          counterexample: point, method: .binary64)
      }
      let error = abs(computed - exactValue) / max(abs(exactValue), Double.leastNormalMagnitude)
      if error > relativeError {
        return CheckOutcome(
          verdict: .incorrect,
          feedback: [
            Reason.inaccurate(at: at, computed: computed, error: error, allowed: relativeError, exact: exactValue).message
          ],
          counterexample: point, method: .binary64)
      }
    }
    return CheckOutcome(
      verdict: .correct,
      feedback: Array(equivalence.feedback.prefix(1)) + [Reason.finite(allowed: relativeError, points: points.count).message],
      method: equivalence.method == .identity ? .identityBinary64 : .sampledBinary64)
  }
}
