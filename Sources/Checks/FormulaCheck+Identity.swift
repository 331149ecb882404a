import AnswerDocument
import Identity
import Sampling
import Language
import Localization

extension FormulaCheck {
  /// The sentence for a formula proved equal by the identity test.
  static let provedEqual = Message("identity.equal",
    en: "proved equal as exp–log expressions; the chance this is wrong is below 2^-100",
    ko: "지수·로그 식으로서 같음을 증명했습니다. 이 판정이 틀렸을 확률은 2^-100 미만입니다")

  /// The method of a verdict proved by the identity test. (A string until `CheckOutcome.method`
  /// becomes an enum; then its `identity` case.)
  static let identityMethod = "identity"

  /// The part's variables as the identity test sees them.
  var identityVariables: [IdentityVariable] {
    variables.map { v in
      let kind: IdentityVariable.Kind
      switch v.domain {
      case .real: kind = .real
      case .positive: kind = .positive
      case .probability: kind = .unitInterval
      case .simplex: kind = .simplex(open: false)
      case .openSimplex: kind = .simplex(open: true)
      case .realVector, .logits: kind = .realVector
      case .count: kind = .count
      case .dimension: kind = .dimension
      }
      return IdentityVariable(name: v.name, kind: kind)
    }
  }

  /// `correct`, proved, when the identity test finds the formula equal to the reference, both
  /// are proved defined on the whole domain, and one sampled point where both are evaluated
  /// agrees; nil otherwise, and the sampled check decides as before. (A "different" from the
  /// identity test is never used on its own: the sampled check must find a real counterexample.)
  func proved(_ formula: Expression, run: SampledEvaluation, context: CheckContext) -> CheckOutcome? {
    guard context.replayCase == nil else { return nil }
    let definedness = Definedness(variables: identityVariables)
    guard definedness.isTotal(formula), definedness.isTotal(reference) else { return nil }
    guard case .equal = identityVerdict(formula, context: context), agreesSomewhere(formula, run: run) else { return nil }
    return CheckOutcome(verdict: .correct, feedback: [Self.provedEqual], method: Self.identityMethod)
  }

  /// The identity test's verdict on `formula` against the reference, with points drawn after
  /// both are fixed (the seed depends on both, the part and the marking seed).
  func identityVerdict(_ formula: Expression, context: CheckContext) -> IdentityTest.Verdict {
    let key = "identity|\(context.key)|\(formula.writtenText)|\(reference.writtenText)"
    var random = RandomSource(seed: context.seed, key: key, index: 0)
    return IdentityTest(variables: identityVariables, dimensions: dimensions).decide(formula, reference, random: &random)
  }

  /// The identity test's verdict on an answer as written (nil when it does not read), for
  /// benchmarks.
  package func identityVerdict(_ answer: AnswerNode, context: CheckContext) -> IdentityTest.Verdict? {
    guard case .success(let formula) = readFormula(answer) else { return nil }
    return identityVerdict(formula, context: context)
  }

  /// Whether both sides are evaluated at one of the first sampled points and agree there: a
  /// proof "wherever both are defined" says nothing if they never are (`log(-2)` and `log(2)`).
  private func agreesSomewhere(_ formula: Expression, run: SampledEvaluation) -> Bool {
    for i in 0..<min(run.count, 8) {
      let s = run.sample(i)
      guard let r = run.evaluateTrusted(reference, text: referenceText, at: s),
            case .success(let v) = run.evaluate(formula, at: s) else { continue }
      if case .agree = PointComparison.compare(v, r, limits: run.decisionLimits) { return true }
      return false
    }
    return false
  }
}
