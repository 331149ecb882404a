import AnswerDocument
import Exact
import Language
import Localization
import Sampling

/// Checks a `chain` part: a proof written as a chain of relations.
///
/// Every step must hold on every sampled input (exactly or certified); the chain must add up to
/// the part's claim (start at one side, end at the other, relations composing in the claim's
/// direction); forbidden functions are rejected on every line; the first failing step is named
/// with a shrunk counterexample. A step that is the claim itself after light normalisation
/// (``LinearNormalForm``) argues nothing and caps the chain at partial credit. A chain may open
/// with `wlog a >= b`; it is then checked under that assumption. A chain that passes is reported
/// as "every step holds on N sampled inputs", never as a proof, unless the identity test proves
/// every step (all equalities) and the chain runs from one side of the claim to the other as
/// written; equality steps it proves are not sampled.
package struct ChainCheck: Sendable {
  package var variables: [Variable]
  /// The claim the chain must establish, e.g. `sum(p*log(p/q)) >= 0`.
  package var claim: Relation
  package var samples: Int
  package var dimensions: ClosedRange<Int>
  package var forbidden: Set<String>
  /// Fewest steps: a one-step "chain" that restates the claim shows nothing.
  package var minimumSteps: Int
  /// Credit for a chain whose steps hold but which proves a weaker claim (`>=` for `>`).
  package var weakerCredit: Double
  /// Credit for a chain that holds but one of whose steps is the claim itself, restated.
  package var restatementCredit: Double
  /// The "without loss of generality" assumptions the part's hint allows (`a >= b`, `b = 0`).
  package var normalisations: [Relation]
  /// Names the prompt defines (`p` for `softmax(o)`), read as what they stand for.
  package var aliases: [String: Expression] = [:]
  package var limits: LanguageLimits

  package init(
    variables: [Variable], claim: Relation, samples: Int = 64, dimensions: ClosedRange<Int> = 2...6,
    forbidden: Set<String> = [], minimumSteps: Int = 2, weakerCredit: Double = 0.5,
    restatementCredit: Double = 1.0 / 3, normalisations: [Relation] = [], limits: LanguageLimits = .standard
  ) {
    self.variables = variables
    self.claim = claim
    self.samples = samples
    self.dimensions = dimensions
    self.forbidden = forbidden
    self.minimumSteps = minimumSteps
    self.weakerCredit = weakerCredit
    self.restatementCredit = restatementCredit
    self.normalisations = normalisations
    self.limits = limits
  }

  /// What one pass over the samples found.
  struct Run: Sendable {
    var evaluated = 0
    var tally = SampledEvaluation.Tally()
    var connects = (startsAtLHS: true, endsAtRHS: true, startsAtRHS: true, endsAtLHS: true)
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    let lines: AnswerLines
    let chain: Chain
    switch read(answer) {
    case .success(let r): (lines, chain) = r
    case .failure(let outcome): return outcome.outcome
    }
    if let problem = structureProblem(chain, lines: lines) { return problem }
    guard let composite = chain.composite else {
      return CheckOutcome(verdict: .incorrect, feedback: [Reason.mixedDirections.message])
    }
    // Equality steps proved as identities are not sampled again: they hold at every input.
    let proved = provedSteps(chain, context: context)
    let run: Run
    switch sample(chain, lines: lines, proved: proved, context: context) {
    case .success(let r): run = r
    case .failure(let outcome): return outcome.outcome
    }
    return conclude(chain, composite: composite, run: run, proved: proved, lines: lines)
  }

  /// A finished outcome carried through a `Result`.
  struct Decided: Error { var outcome: CheckOutcome }

  private func read(_ answer: AnswerNode) -> Result<(AnswerLines, Chain), Decided> {
    guard let lines = AnswerLines.read(answer) else {
      return .failure(Decided(outcome: .invalid(Reason.expectedChain.message, at: answer.location)))
    }
    do {
      let chain = try Chain.parse(lines: lines.lines, limits: limits).mapping {
        $0.readingNames(of: variables, aliases: aliases)
      }
      return .success((lines, chain))
    } catch {
      return .failure(
        Decided(
          outcome: .invalid(
            Reason.onLine(error.line + 1, error.error.asMessage).message,
            at: lines.locate[error.line](error.error.offset))))
    }
  }

  /// Forbidden or unknown names on any line, and chains too short to argue anything.
  private func structureProblem(_ chain: Chain, lines: AnswerLines) -> CheckOutcome? {
    let formula = FormulaCheck(
      variables: variables, reference: claim.lhs, referenceText: "", samples: samples,
      dimensions: dimensions, forbidden: [], limits: limits)
    var expressions = [(chain.start, 0, chain.steps.first?.line ?? 0)] + chain.steps.enumerated().map { ($1.to, $0, $1.line) }
    if let line = chain.assumptionLine { expressions += chain.assumptions.flatMap { [($0.lhs, 0, line), ($0.rhs, 0, line)] } }
    for (e, k, line) in expressions {
      if let f = e.calledFunctions.intersection(forbidden).sorted().first {
        return CheckOutcome(
          verdict: .incorrect,
          feedback: [Reason.forbiddenFunction(step: k + 1, name: f).message],
          location: lines.locate[line](0))
      }
      if let problem = formula.nameProblem(e) {
        return .invalid(Reason.inStep(k + 1, problem).message, at: lines.locate[line](0))
      }
    }
    guard chain.steps.count >= minimumSteps else {
      return CheckOutcome(
        verdict: .incorrect, feedback: [Reason.tooShort(steps: chain.steps.count, minimum: minimumSteps).message])
    }
    return nil
  }

  /// How a pass over the samples ended: every step held at every counted input, or step `step`
  /// (from 0) is the one to report, at `sample`.
  enum Pass: Sendable {
    case held(Run)
    case failed(step: Int, at: Sample)
  }

  /// One pass over the samples (see ``pass(_:expressions:keys:claimKeys:memo:context:)``), reused
  /// whole when an earlier chain of the part had the same expressions and relations (learners'
  /// chains differ in spacing and comments far more than in their steps).
  private func sample(_ chain: Chain, lines: AnswerLines, proved: Set<Int>, context: CheckContext) -> Result<Run, Decided> {
    let engine = FormulaCheck(
      variables: variables, reference: claim.lhs, referenceText: "", samples: samples,
      dimensions: dimensions, forbidden: [], limits: limits
    ).engine(context)
    let memo = PointMemo(self, chain: chain, context: context, engine: engine)
    let expressions = [chain.start] + chain.steps.map(\.to)
    let keys = expressions.map { MemoKeys.id($0.structuralKey) }
    let claimKeys = (MemoKeys.id(claim.lhs.structuralKey), MemoKeys.id(claim.rhs.structuralKey))
    // A proved step is marked in the key: it is not decided in the pass.
    let relations = chain.steps.enumerated().map { proved.contains($0) ? "proved" : $1.relation.rawValue }
    let key =
      "\(memo.prefix)pass|\(context.replayCase ?? -1)|\(samples)|\(claimKeys.0)|\(claimKeys.1)|\(keys[0])"
      + zip(relations, keys.dropFirst()).map { "|\($0)|\($1)" }.joined()
    let outcome = PointMemo.passes.value(key) {
      (
        pass(chain, expressions: expressions, keys: keys, claimKeys: claimKeys, proved: proved, memo: memo, context: context),
        true
      )
    }
    switch outcome {
    case .held(let run): return .success(run)
    case .failed(let k, let s):
      return .failure(
        Decided(outcome: failingStep(k, chain.steps[k], chain: chain, at: s, run: memo, context: context, lines: lines)))
    }
  }

  /// Each expression of the chain (and each side of the claim) is evaluated once per sample;
  /// steps compare neighbours; the ends are compared with the claim. Values and decisions come
  /// from the part's ``PointMemo`` (same results, same work charged). Proved steps are not
  /// decided, and an expression only they use is not evaluated.
  private func pass(
    _ chain: Chain, expressions: [Expression], keys: [Int], claimKeys: (Int, Int), proved: Set<Int>,
    memo: PointMemo, context: CheckContext
  ) -> Pass {
    let lastIndex = expressions.count - 1
    let needed = expressions.indices.map { k in
      k == 0 || k == lastIndex || !proved.contains(k - 1) || !proved.contains(k)
    }
    let engine = memo.engine
    var run = Run()
    let (lhsKey, rhsKey) = claimKeys
    for i in engine.indices(context) {
      // Only inputs where the claim itself (and the chain's assumptions) makes sense count.
      guard let s = assume(chain.assumptions, engine.sample(i), engine: engine),
        case .success(let lhs) = memo.evaluate(claim.lhs, key: lhsKey, at: s),
        case .success(let rhs) = memo.evaluate(claim.rhs, key: rhsKey, at: s)
      else { continue }
      run.evaluated += 1
      var values: [Value?] = []
      for (k, e) in expressions.enumerated() {
        guard needed[k] else {
          values.append(nil)
          continue
        }
        guard case .success(let v) = memo.evaluate(e, key: keys[k], at: s) else { return .failed(step: max(0, k - 1), at: s) }
        values.append(v)
      }
      for (k, step) in chain.steps.enumerated() where !proved.contains(k) {
        guard let a = values[k], let b = values[k + 1] else { continue }
        switch memo.decide(a, step.relation, b, keys: (keys[k], keys[k + 1]), at: s) {
        case .holds(let exact, let bits): run.tally.add(exact: exact, bits: bits)
        case .fails, .shapeMismatch, .undecided: return .failed(step: k, at: s)
        }
      }
      guard let first = values[0], let last = values[lastIndex] else { continue }
      let (firstKey, lastKey) = (keys[0], keys[keys.count - 1])
      if run.connects.startsAtLHS && !memo.agree(first, lhs, keys: (firstKey, lhsKey), at: s) { run.connects.startsAtLHS = false }
      if run.connects.endsAtRHS && !memo.agree(last, rhs, keys: (lastKey, rhsKey), at: s) { run.connects.endsAtRHS = false }
      if run.connects.startsAtRHS && !memo.agree(first, rhs, keys: (firstKey, rhsKey), at: s) { run.connects.startsAtRHS = false }
      if run.connects.endsAtLHS && !memo.agree(last, lhs, keys: (lastKey, lhsKey), at: s) { run.connects.endsAtLHS = false }
    }
    return .held(run)
  }

  /// The verdict once every step holds: connected to the claim, strong enough, arguing.
  private func conclude(
    _ chain: Chain, composite: Relation.Operator, run: Run, proved: Set<Int>, lines: AnswerLines
  ) -> CheckOutcome {
    guard run.evaluated > 0 else {
      return CheckOutcome(verdict: .invalid, feedback: [CheckOutcome.Reason.noValidSample.message])
    }
    let c = run.connects
    let established: Relation.Operator
    if c.startsAtLHS && c.endsAtRHS {
      established = composite
    } else if c.startsAtRHS && c.endsAtLHS {
      established = composite.flipped
    } else {
      return notConnected(run)
    }
    let (stepsFeedback, method) = stepsJudged(chain, run: run, proved: proved)
    var feedback = stepsFeedback
    var credit = 1.0
    if !established.implies(claim.op) {
      feedback.append(Reason.weakerRelation(established: established.rawValue, claimed: claim.op.rawValue).message)
      credit = min(credit, weakerCredit)
    }
    if let restated = restatedStep(chain) {
      feedback.append(restatementMessage(restated, lines: lines))
      credit = min(credit, restatementCredit)
    }
    if let note = assumptionNote(chain) {
      feedback.append(note.message)
      credit = min(credit, note.credit)
    }
    if credit >= 1 { return CheckOutcome(verdict: .correct, feedback: feedback, method: method) }
    return CheckOutcome(verdict: .partial, feedback: feedback, method: method == .identity ? .identity : .sampled, credit: credit)
  }

  /// How the steps were judged, and the method that says so: on samples; some proved and the
  /// rest on samples; or all proved, the chain then being a proof when its ends are the claim's
  /// sides as written, its ends otherwise matched on samples.
  private func stepsJudged(_ chain: Chain, run: Run, proved: Set<Int>) -> ([Message], CheckMethod) {
    let exact = run.tally.exact == run.tally.points
    let sampledMethod: CheckMethod = exact ? .exact : .certified
    guard !proved.isEmpty else { return ([Reason.holdsOnSamples(points: run.evaluated, exact: exact).message], sampledMethod) }
    let provedSteps = proved.sorted().map { $0 + 1 }
    guard proved.count == chain.steps.count else {
      let others = chain.steps.indices.filter { !proved.contains($0) }.map { $0 + 1 }
      return (
        [
          Reason.othersHoldOnSamples(steps: others, points: run.evaluated, exact: exact).message,
          Reason.equalitiesProved(steps: provedSteps, all: false).message,
        ], sampledMethod
      )
    }
    let (first, last) = (chain.start.structuralKey, (chain.steps.last?.to ?? chain.start).structuralKey)
    let (lhs, rhs) = (claim.lhs.structuralKey, claim.rhs.structuralKey)
    let c = run.connects
    if (c.startsAtLHS && c.endsAtRHS && first == lhs && last == rhs)
      || (c.startsAtRHS && c.endsAtLHS && first == rhs && last == lhs)
    {
      return ([Reason.proved.message], .identity)
    }
    return (
      [Reason.equalitiesProved(steps: provedSteps, all: true).message, Reason.endsOnSamples(points: run.evaluated).message],
      .certified
    )
  }

  private func notConnected(_ run: Run) -> CheckOutcome {
    var feedback = [Reason.notConnected(points: run.evaluated).message]
    if !run.connects.startsAtLHS && !run.connects.startsAtRHS { feedback.append(Reason.startNotASide.message) }
    if !run.connects.endsAtRHS && !run.connects.endsAtLHS { feedback.append(Reason.endNotASide.message) }
    return CheckOutcome(verdict: .incorrect, feedback: feedback, method: .sampled)
  }

  private func holds(_ step: Chain.Step, at s: Sample, run: SampledEvaluation) -> RelationTruth.Outcome {
    guard case .success(let a) = run.evaluate(step.from, at: s), case .success(let b) = run.evaluate(step.to, at: s) else {
      return .fails
    }
    return RelationTruth.decide(a, step.relation, b, limits: run.decisionLimits)
  }

  private func failingStep(
    _ k: Int, _ step: Chain.Step, chain: Chain, at failing: Sample, run memo: PointMemo,
    context: CheckContext, lines: AnswerLines
  ) -> CheckOutcome {
    let run = memo.engine
    let fails: (Sample) -> Bool = { s in
      guard let s = self.assume(chain.assumptions, s, engine: run), case .success = run.evaluate(self.claim.lhs, at: s) else {
        return false
      }
      if case .holds = self.holds(step, at: s, run: run) { return false }
      return true
    }
    let shrunk =
      context.replayCase == nil
      ? memo.shrunk(failing, step: step, claim: claim.lhs) {
        run.minimal(failing, context: context, fails: fails)
      }
      : failing
    let small = assume(chain.assumptions, shrunk, engine: run) ?? failing
    let at = FormulaCheck.describe(small)
    let detail: Message
    switch (run.evaluate(step.from, at: small), run.evaluate(step.to, at: small)) {
    case (.success(let a), .success(let b)):
      let (left, right) = (ValueText.describe(a), ValueText.describe(b))
      detail = Reason.stepValues(at: at, left: left, right: right).message
    case (.failure(let e), _), (_, .failure(let e)):
      detail = Reason.stepNotEvaluable(at: at, why: e.message).message
    }
    let headline = Reason.stepFails(
      step: k + 1, relation: step.relation.rawValue, line: step.line + 1,
      justification: step.justification
    ).message
    return CheckOutcome(
      verdict: .incorrect,
      feedback: [headline, detail],
      counterexample: small.texts, method: .sampledPoint,
      location: lines.locate[step.line](0), replay: context.token(case: failing.index))
  }
}
