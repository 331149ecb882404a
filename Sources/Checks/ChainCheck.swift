import Exact
import Language

/// Checks a `chain` part: a proof written as a chain of relations.
///
/// Every step must hold on every sampled input (exactly or certified); the chain must add up to
/// the part's claim (start at one side, end at the other, relations composing in the claim's
/// direction); forbidden functions are rejected; the first failing step is named with a shrunk
/// counterexample. A chain that passes is reported as "every step holds on N sampled inputs",
/// never as a proof.
public struct ChainCheck: Sendable {
  public var variables: [Variable]
  /// The claim the chain must establish, e.g. `sum(p*log(p/q)) >= 0`.
  public var claim: Relation
  public var samples: Int
  public var dimensions: ClosedRange<Int>
  public var forbidden: Set<String>
  /// Fewest steps: a one-step "chain" that restates the claim shows nothing.
  public var minimumSteps: Int
  /// Credit for a chain whose steps hold but which proves a weaker claim (`>=` for `>`).
  public var weakerCredit: Double
  public var limits: LanguageLimits

  public init(variables: [Variable], claim: Relation, samples: Int = 64, dimensions: ClosedRange<Int> = 2...6,
              forbidden: Set<String> = [], minimumSteps: Int = 2, weakerCredit: Double = 0.5,
              limits: LanguageLimits = .standard) {
    self.variables = variables
    self.claim = claim
    self.samples = samples
    self.dimensions = dimensions
    self.forbidden = forbidden
    self.minimumSteps = minimumSteps
    self.weakerCredit = weakerCredit
    self.limits = limits
  }

  /// Judges an answer.
  public func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    guard let lines = AnswerLines.read(answer) else {
      return .invalid("expected a chain: a block of lines (`proof: |`) or a list of lines, the first 'LHS rel RHS', each later one 'rel RHS'", at: answer.location)
    }
    let chain: Chain
    do { chain = try Chain.parse(lines: lines.lines, limits: limits) } catch {
      return .invalid("line \(error.line + 1) of the chain: \(error.error.message)", at: lines.locate[error.line](error.error.offset))
    }
    let formula = FormulaCheck(variables: variables, reference: claim.lhs, referenceText: "", samples: samples,
                               dimensions: dimensions, forbidden: [], limits: limits)
    for (k, step) in chain.steps.enumerated() {
      let used = step.to.calledFunctions.intersection(forbidden).union(k == 0 ? [] : step.from.calledFunctions.intersection(forbidden))
      if let f = used.sorted().first {
        return CheckOutcome(verdict: .incorrect, feedback: ["step \(k + 1) uses '\(f)', which this proof may not use: show why the claim holds without it"],
                            location: lines.locate[step.line](0))
      }
      for e in [step.from, step.to] {
        if let problem = formula.nameProblem(e) { return .invalid("step \(k + 1): \(problem)", at: lines.locate[step.line](0)) }
      }
    }
    guard chain.steps.count >= minimumSteps else {
      return CheckOutcome(verdict: .incorrect, feedback: ["a chain of \(chain.steps.count) step\(chain.steps.count == 1 ? "" : "s") only restates the claim: show the intermediate steps (at least \(minimumSteps))"])
    }
    guard let composite = chain.composite else {
      return CheckOutcome(verdict: .incorrect, feedback: ["the steps point in opposite directions (both ≤ and ≥), so the chain establishes nothing between its ends"])
    }

    // One pass over the samples: each expression of the chain (and each side of the claim) is
    // evaluated once per sample; steps compare neighbours; the ends are compared with the claim.
    let run = formula.engine(context)
    var tally = SampledEvaluation.Tally()
    var evaluated = 0
    var connects = (startsAtLHS: true, endsAtRHS: true, startsAtRHS: true, endsAtLHS: true)
    let expressions = [chain.start] + chain.steps.map(\.to)
    for i in run.indices(context) {
      let s = run.sample(i)
      // Only inputs where the claim itself makes sense count.
      guard case .success(let lhs) = run.evaluate(claim.lhs, at: s), case .success(let rhs) = run.evaluate(claim.rhs, at: s) else { continue }
      evaluated += 1
      var values: [Value] = []
      for (k, e) in expressions.enumerated() {
        guard case .success(let v) = run.evaluate(e, at: s) else {
          return failingStep(max(0, k - 1), chain.steps[max(0, k - 1)], chain: chain, at: s, run: run, context: context, lines: lines)
        }
        values.append(v)
      }
      for (k, step) in chain.steps.enumerated() {
        switch RelationTruth.decide(values[k], step.relation, values[k + 1], limits: run.decisionLimits) {
        case .holds(let exact, let bits): tally.add(exact: exact, bits: bits)
        case .fails, .shapeMismatch, .undecided:
          return failingStep(k, step, chain: chain, at: s, run: run, context: context, lines: lines)
        }
      }
      func same(_ a: Value, _ b: Value) -> Bool {
        if case .agree = PointComparison.compare(a, b, limits: run.decisionLimits) { return true }
        return false
      }
      let (first, last) = (values[0], values[values.count - 1])
      if connects.startsAtLHS && !same(first, lhs) { connects.startsAtLHS = false }
      if connects.endsAtRHS && !same(last, rhs) { connects.endsAtRHS = false }
      if connects.startsAtRHS && !same(first, rhs) { connects.startsAtRHS = false }
      if connects.endsAtLHS && !same(last, lhs) { connects.endsAtLHS = false }
    }
    guard evaluated > 0 else {
      return CheckOutcome(verdict: .invalid, feedback: ["no sampled input satisfies the claim's domain (an error in the exercise file)"])
    }

    // The chain must add up to the claim.
    let established: Relation.Operator
    if connects.startsAtLHS && connects.endsAtRHS {
      established = composite
    } else if connects.startsAtRHS && connects.endsAtLHS {
      established = composite.flipped
    } else {
      var feedback = ["every step holds on \(evaluated) sampled inputs, but the chain does not connect the two sides of the claim"]
      if !connects.startsAtLHS && !connects.startsAtRHS { feedback.append("its first expression is neither side of the claim") }
      if !connects.endsAtRHS && !connects.endsAtLHS { feedback.append("its last expression is neither side of the claim") }
      return CheckOutcome(verdict: .incorrect, feedback: feedback, method: "sampled")
    }
    let sentence = "every step holds on \(evaluated) sampled inputs (\(tally.exact == tally.points ? "each decided exactly" : "exactly or with certified bounds")); this is evidence, not a proof"
    if established.implies(claim.op) {
      return CheckOutcome(verdict: .correct, feedback: [sentence], method: tally.exact == tally.points ? "decided exactly" : "certified")
    }
    return CheckOutcome(verdict: .partial, feedback: [sentence, "but the chain establishes '\(established.rawValue)', which is weaker than the claim's '\(claim.op.rawValue)': which step is strict, and why?"],
                        method: "sampled", credit: weakerCredit)
  }

  private func holds(_ step: Chain.Step, at s: Sample, run: SampledEvaluation) -> RelationTruth.Outcome {
    guard case .success(let a) = run.evaluate(step.from, at: s), case .success(let b) = run.evaluate(step.to, at: s) else {
      return .fails
    }
    return RelationTruth.decide(a, step.relation, b, limits: run.decisionLimits)
  }

  private func failingStep(_ k: Int, _ step: Chain.Step, chain: Chain, at failing: Sample, run: SampledEvaluation,
                           context: CheckContext, lines: AnswerLines) -> CheckOutcome {
    let fails: (Sample) -> Bool = { s in
      guard case .success = run.evaluate(self.claim.lhs, at: s) else { return false }
      if case .holds = self.holds(step, at: s, run: run) { return false }
      return true
    }
    let small = context.replayCase == nil
      ? Shrinker(variables: variables, minimumDimension: dimensions.lowerBound).shrink(failing, fails: fails)
      : failing
    let at = FormulaCheck.describe(small)
    var detail: String
    switch (run.evaluate(step.from, at: small), run.evaluate(step.to, at: small)) {
    case (.success(let a), .success(let b)):
      detail = "at \(at) the left side is \(ValueText.describe(a)) and the right side is \(ValueText.describe(b))"
    case (.failure(let e), _), (_, .failure(let e)):
      detail = "at \(at) it cannot be evaluated: \(e.message)"
    }
    let note = step.justification.map { " (your justification: \($0))" } ?? ""
    return CheckOutcome(verdict: .incorrect,
                        feedback: ["step \(k + 1) ('\(step.relation.rawValue)' on line \(step.line + 1)) does not hold\(note)", detail],
                        counterexample: small.texts, method: "decided at a sampled point",
                        location: lines.locate[step.line](0), replay: context.token(case: failing.index))
  }
}
