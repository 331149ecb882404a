import AnswerDocument
import Identity
import Language
import Sampling

extension FormulaCheck {
  var identity: IdentityProof { IdentityProof(variables: variables, dimensions: dimensions) }

  /// `correct`, proved, when the identity test finds the formula equal to the reference, both
  /// are proved defined on the whole domain, and one sampled point where both are evaluated
  /// agrees; nil otherwise, and the sampled check decides as before. (A "different" from the
  /// identity test is never used on its own: the sampled check must find a real counterexample.)
  /// The reference written out as it is (a learner copying the book's form, as many do) is its
  /// own tree: equal wherever it is defined, with nothing to map or test.
  func proved(_ formula: Expression, run: SampledEvaluation, context: CheckContext) -> CheckOutcome? {
    guard triesIdentity else { return nil }
    if formula.structuralKey == reference.structuralKey {
      guard identity.isTotal(formula, context: context), agreesSomewhere(formula, run: run) else { return nil }
      return .sameAsReference
    }
    guard identity.proves(formula, equals: reference, recurs: true, context: context), agreesSomewhere(formula, run: run)
    else { return nil }
    return .provedEqual
  }

  /// The identity test's verdict on an answer as written (nil when it does not read), for
  /// benchmarks.
  package func identityVerdict(_ answer: AnswerNode, context: CheckContext) -> IdentityTest.Verdict? {
    guard case .success(let formula) = readFormula(answer) else { return nil }
    return identity.verdict(formula, reference, recurs: true, context: context)
  }

  /// Whether both sides are evaluated at one of the first sampled points and agree there: a
  /// proof "wherever both are defined" says nothing if they never are (`log(-2)` and `log(2)`).
  private func agreesSomewhere(_ formula: Expression, run: SampledEvaluation) -> Bool {
    for i in 0..<min(run.count, 8) {
      let s = run.sample(i)
      guard let r = run.evaluateTrusted(reference, text: referenceText, at: s),
        case .success(let v) = run.evaluate(formula, at: s)
      else { continue }
      if case .agree = PointComparison.compare(v, r, limits: run.decisionLimits) { return true }
      return false
    }
    return false
  }
}
