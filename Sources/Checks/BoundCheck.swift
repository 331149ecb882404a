import Sampling
import Localization
import Exact
import AnswerDocument
import Language

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

  package init(variables: [Variable], quantity: Expression, relation: Relation.Operator = .lessOrEqual,
              limit: (variable: String, value: Rational)? = nil, samples: Int = 64, dimensions: ClosedRange<Int> = 2...6,
              limits: LanguageLimits = .standard) {
    self.variables = variables
    self.quantity = quantity
    self.relation = relation
    self.limit = limit
    self.samples = samples
    self.dimensions = dimensions
    self.limits = limits
  }

  /// "Bound" in Korean, which names its direction: 상한 (upper) for `quantity <= bound`, 하한
  /// (lower) for `>=`; particles after it come from ``KoreanParticle``.
  private var boundWord: String {
    switch relation {
    case .less, .lessOrEqual: return "상한"
    case .greater, .greaterOrEqual: return "하한"
    case .equal, .notEqual: return "한계"
    }
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    let formulaCheck = FormulaCheck(variables: variables, reference: quantity, referenceText: "", samples: samples,
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
    for i in run.indices(context) where fails(run.sample(i)) == true {
      let failing = run.sample(i)
      let s = context.replayCase == nil
        ? Shrinker(variables: variables, minimumDimension: dimensions.lowerBound).shrink(failing) { fails($0) == true }
        : failing
      var shown = LocalizedText(en: "cannot be evaluated there", ko: "그 점에서 계산할 수 없습니다")
      if case .success(let b) = run.evaluate(bound, at: s) {
        let value = ValueText.describe(b)
        shown = LocalizedText(en: "is \(value)", ko: "\(value)입니다")
      }
      var quantityText = "?"
      if case .success(let q) = run.evaluate(quantity, at: s) { quantityText = ValueText.describe(q) }
      let at = FormulaCheck.describe(s)
      var feedback = [Message("bound.not-a-bound",
                              en: "not a bound: at \(at) the quantity is \(quantityText) but your bound \(shown.en)",
                              ko: "\(KoreanParticle.subject.after(boundWord)) 아닙니다: \(at) 에서 주어진 양은 \(quantityText)인데, 제시한 \(KoreanParticle.topic.after(boundWord)) \(shown.ko)")]
      let matched = misconceptions.first { m in
        guard case .expression(let wrong, _) = m.match else { return false }
        return run.equivalent(bound, wrong, context: context, cases: min(run.count, 24))
      }
      if let m = matched { feedback.append(m.message) }
      return CheckOutcome(verdict: .incorrect, feedback: feedback, misconception: matched?.id,
                          counterexample: s.texts, method: "decided at a sampled point", replay: context.token(case: i))
    }
    guard let limit else {
      return CheckOutcome(verdict: .correct, feedback: [Message("bound.holds",
        en: "a valid bound on \(run.count) sampled points",
        ko: "표본 점 \(run.count)개에서 모두 성립하는 올바른 \(boundWord)입니다")], method: "sampled")
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
            let lo = box.lower, let hi = box.upper else {
        return CheckOutcome(verdict: .partial, feedback: [Message("bound.limit-not-evaluable",
          en: "a valid bound, but it cannot be evaluated as \(limit.variable) grows",
          ko: "올바른 \(boundWord)이지만, \(limit.variable) 값이 커지면 계산할 수 없습니다")], credit: 0.5)
      }
      distances.append(max(lo.magnitude, hi.magnitude))
    }
    let tolerance = Rational(1, 256)
    if distances[2] < distances[0] && distances[2] <= tolerance {
      return CheckOutcome(verdict: .correct, feedback: [Message("bound.tends-to-limit",
        en: "a valid bound on \(run.count) sampled points, and it approaches \(limit.value) as \(limit.variable) grows (checked at 2^10, 2^20, 2^40)",
        ko: "표본 점 \(run.count)개에서 성립하는 올바른 \(boundWord)이고, \(limit.variable) 값이 커지면 \(limit.value)에 가까워집니다 (2^10, 2^20, 2^40 에서 확인)")],
                          method: "sampled")
    }
    return CheckOutcome(verdict: .partial, feedback: [Message("bound.no-limit",
      en: "a valid bound, but it does not tend to \(limit.value) as \(limit.variable) → ∞, so it cannot show the limit",
      ko: "올바른 \(boundWord)이지만, \(limit.variable) → ∞ 일 때 \(limit.value)에 수렴하지 않으므로 극한을 보여 주지 못합니다")],
                        method: "sampled", credit: 0.5)
  }
}
