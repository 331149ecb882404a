import AnswerDocument
import Exact
import Language
import Localization
import Sampling

/// Checks a `bound` part: a formula claimed to bound a quantity (e.g. the gap
/// `λ⁻¹·RSM(λa, λb) − max(a, b) <= bound(λ)`). The bound must hold at every sample and, where
/// the part asks, tend to a limit as one variable grows (checked at 2^10, 2^20 and 2^40).
package struct BoundCheck: Sendable {
  package var variables: [Variable]
  /// The quantity being bounded.
  package var quantity: Expression
  /// `quantity rel bound` must hold: `<=` for an upper bound, `>=` for a lower one.
  package var relation: Relation.Operator
  /// The variable that grows, and the limit the bound must approach (usually 0).
  package var limit: (variable: String, value: Rational)?
  package var samples: Int
  package var dimensions: ClosedRange<Int>
  /// Known wrong bounds, recognised by equivalence on samples.
  package var misconceptions: [Misconception] = []
  package var limits: LanguageLimits

  package init(
    variables: [Variable], quantity: Expression, relation: Relation.Operator = .lessOrEqual,
    limit: (variable: String, value: Rational)? = nil, samples: Int = 64, dimensions: ClosedRange<Int> = 2...6,
    limits: LanguageLimits = .standard
  ) {
    self.variables = variables
    self.quantity = quantity
    self.relation = relation
    self.limit = limit
    self.samples = samples
    self.dimensions = dimensions
    self.limits = limits
  }

  /// "Bound" in Korean, which names its direction (BoundCheck+Messages).
  private var boundWord: String { Reason.word(for: relation) }

  /// Judges an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    let formulaCheck = FormulaCheck(
      variables: variables, reference: quantity, referenceText: "", samples: samples,
      dimensions: dimensions, limits: limits)
    let bound: Expression
    switch formulaCheck.readFormula(answer) {
    case .success(let e): bound = e
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    let run = formulaCheck.engine(context)
    // Whether the bound fails at a sample (`nil` where the quantity is undefined).
    func fails(_ s: Sample) -> Bool? {
      guard case .success(let q) = run.evaluate(quantity, at: s) else { return nil }
      guard case .success(let b) = run.evaluate(bound, at: s) else { return true }
      if case .holds = RelationTruth.decide(q, relation, b, limits: run.decisionLimits) { return false }
      return true
    }
    if let (i, s) = run.firstFailure(context, fails: { fails($0) == true }) {
      var shown: String?
      if case .success(let b) = run.evaluate(bound, at: s) { shown = ValueText.describe(b) }
      var quantityText = "?"
      if case .success(let q) = run.evaluate(quantity, at: s) { quantityText = ValueText.describe(q) }
      var feedback = [
        Reason.notABound(word: boundWord, at: FormulaCheck.describe(s), quantity: quantityText, bound: shown).message
      ]
      let matched = run.recognised(bound, among: misconceptions, context: context)
      if let m = matched { feedback.append(m.message) }
      return CheckOutcome(
        verdict: .incorrect, feedback: feedback, misconception: matched?.id,
        counterexample: s.texts, method: .sampledPoint, replay: context.token(case: i))
    }
    guard let limit else {
      return CheckOutcome(
        verdict: .correct, feedback: [Reason.holds(word: boundWord, points: run.count).message], method: .sampled)
    }
    // The limit: evaluate at a growing variable, other variables at a fixed structural sample.
    var base = run.sample(2)
    var distances: [Rational] = []
    for k in [10, 20, 40] {
      let big = try? Rational(2).power(k)
      base.values[limit.variable] = .rational(big ?? .one)
      base.texts[limit.variable] = "2^\(k)"
      guard case .success(.scalar(let b)) = run.evaluate(bound, at: base),
        let box = try? RealValue.difference(b, .rational(limit.value)).enclosure(precision: 128),
        let lo = box.lower, let hi = box.upper
      else {
        return CheckOutcome(
          verdict: .partial, feedback: [Reason.limitNotEvaluable(word: boundWord, variable: limit.variable).message],
          credit: 0.5)
      }
      distances.append(max(lo.magnitude, hi.magnitude))
    }
    let tolerance = Rational(1, 256)
    if distances[2] < distances[0] && distances[2] <= tolerance {
      let tends = Reason.tendsToLimit(word: boundWord, points: run.count, variable: limit.variable, limit: limit.value)
      return CheckOutcome(verdict: .correct, feedback: [tends.message], method: .sampled)
    }
    return CheckOutcome(
      verdict: .partial, feedback: [Reason.noLimit(word: boundWord, variable: limit.variable, limit: limit.value).message],
      method: .sampled, credit: 0.5)
  }
}
