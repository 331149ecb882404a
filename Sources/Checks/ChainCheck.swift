import Sampling
import Localization
import Exact
import AnswerDocument
import Language

/// Checks a `chain` part: a proof written as a chain of relations.
///
/// Every step must hold on every sampled input (exactly or certified); the chain must add up to
/// the part's claim (start at one side, end at the other, relations composing in the claim's
/// direction); forbidden functions are rejected on every line; the first failing step is named
/// with a shrunk counterexample. A step that is the claim itself after light normalisation
/// (``LinearNormalForm``) argues nothing and caps the chain at partial credit. A chain may open
/// with `wlog a >= b`; it is then checked under that assumption. A chain that passes is reported
/// as "every step holds on N sampled inputs", never as a proof.
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

  package init(variables: [Variable], claim: Relation, samples: Int = 64, dimensions: ClosedRange<Int> = 2...6,
              forbidden: Set<String> = [], minimumSteps: Int = 2, weakerCredit: Double = 0.5,
              restatementCredit: Double = 1.0 / 3, normalisations: [Relation] = [], limits: LanguageLimits = .standard) {
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
  struct Run {
    var evaluated = 0
    var tally = SampledEvaluation.Tally()
    var connects = (startsAtLHS: true, endsAtRHS: true, startsAtRHS: true, endsAtLHS: true)
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    let lines: AnswerLines, chain: Chain
    switch read(answer) {
    case .success(let r): (lines, chain) = r
    case .failure(let outcome): return outcome.outcome
    }
    if let problem = structureProblem(chain, lines: lines) { return problem }
    guard let composite = chain.composite else {
      return CheckOutcome(verdict: .incorrect, feedback: [Message("chain.mixed-directions",
        en: "the steps point in opposite directions (both ≤ and ≥), so the chain establishes nothing between its ends",
        ko: "단계들의 방향이 서로 반대입니다 (≤ 와 ≥ 가 섞여 있습니다). 그래서 체인은 양 끝 사이에 아무 관계도 보이지 못합니다")])
    }
    let run: Run
    switch sample(chain, lines: lines, context: context) {
    case .success(let r): run = r
    case .failure(let outcome): return outcome.outcome
    }
    var outcome = conclude(chain, composite: composite, run: run, lines: lines)
    if outcome.verdict != .incorrect, outcome.verdict != .invalid, let proved = provedEqualities(chain, context: context) {
      outcome.feedback.append(proved)
    }
    return outcome
  }

  /// A finished outcome carried through a `Result`.
  struct Decided: Error { var outcome: CheckOutcome }

  private func read(_ answer: AnswerNode) -> Result<(AnswerLines, Chain), Decided> {
    guard let lines = AnswerLines.read(answer) else {
      return .failure(Decided(outcome: .invalid(Message("answer.expected-chain",
        en: "expected a chain: a block of lines (`proof: |`) or a list of lines, the first 'LHS rel RHS', each later one 'rel RHS'",
        ko: "체인이 필요합니다: 여러 줄 블록(`proof: |`)이나 줄의 목록으로 쓰되, 첫 줄은 'LHS rel RHS', 그다음 줄은 각각 'rel RHS' 형태로 쓰세요"),
        at: answer.location)))
    }
    do {
      let values = Set(variables.map(\.name)).union(aliases.keys)
      let vectors = Set(variables.filter(\.domain.isVector).map(\.name)).union(aliases.keys)
      let chain = try Chain.parse(lines: lines.lines, limits: limits).mapping {
        $0.readingCallsAsProducts(of: values).droppingIndices(of: vectors).substituting(aliases)
      }
      return .success((lines, chain))
    } catch {
      let line = error.line + 1, inner = error.error.asMessage
      return .failure(Decided(outcome: .invalid(
        Message(inner.id, en: "line \(line) of the chain: \(inner.text.en)", ko: "체인의 \(line)번째 줄: \(inner.text.ko)"),
        at: lines.locate[error.line](error.error.offset))))
    }
  }

  /// Forbidden or unknown names on any line, and chains too short to argue anything.
  private func structureProblem(_ chain: Chain, lines: AnswerLines) -> CheckOutcome? {
    let formula = FormulaCheck(variables: variables, reference: claim.lhs, referenceText: "", samples: samples,
                               dimensions: dimensions, forbidden: [], limits: limits)
    var expressions = [(chain.start, 0, chain.steps.first?.line ?? 0)] + chain.steps.enumerated().map { ($1.to, $0, $1.line) }
    if let line = chain.assumptionLine { expressions += chain.assumptions.flatMap { [($0.lhs, 0, line), ($0.rhs, 0, line)] } }
    for (e, k, line) in expressions {
      if let f = e.calledFunctions.intersection(forbidden).sorted().first {
        return CheckOutcome(verdict: .incorrect,
                            feedback: [Message("chain.forbidden-function",
                                               en: "step \(k + 1) uses '\(f)', which this proof may not use on any line: show why the claim holds without it",
                                               ko: "\(k + 1)단계에 이 증명의 어느 줄에도 쓸 수 없는 '\(f)' 함수가 있습니다: 그 함수 없이 주장이 성립하는 이유를 보이세요")],
                            location: lines.locate[line](0))
      }
      if let problem = formula.nameProblem(e) {
        return .invalid(Message(problem.id, en: "step \(k + 1): \(problem.text.en)", ko: "\(k + 1)단계: \(problem.text.ko)"),
                        at: lines.locate[line](0))
      }
    }
    guard chain.steps.count >= minimumSteps else {
      let n = chain.steps.count
      return CheckOutcome(verdict: .incorrect, feedback: [Message("chain.too-short",
        en: "a chain of \(n) step\(n == 1 ? "" : "s") only restates the claim: show the intermediate steps (at least \(minimumSteps))",
        ko: "\(n)단계짜리 체인은 주장을 다시 쓴 것일 뿐입니다: 중간 단계를 보이세요 (적어도 \(minimumSteps)단계)")])
    }
    return nil
  }

  /// One pass over the samples: each expression of the chain (and each side of the claim) is
  /// evaluated once per sample; steps compare neighbours; the ends are compared with the claim.
  private func sample(_ chain: Chain, lines: AnswerLines, context: CheckContext) -> Result<Run, Decided> {
    let engine = FormulaCheck(variables: variables, reference: claim.lhs, referenceText: "", samples: samples,
                              dimensions: dimensions, forbidden: [], limits: limits).engine(context)
    var run = Run()
    let expressions = [chain.start] + chain.steps.map(\.to)
    for i in engine.indices(context) {
      // Only inputs where the claim itself (and the chain's assumptions) makes sense count.
      guard let s = assume(chain.assumptions, engine.sample(i), engine: engine),
            case .success(let lhs) = engine.evaluate(claim.lhs, at: s), case .success(let rhs) = engine.evaluate(claim.rhs, at: s) else { continue }
      run.evaluated += 1
      var values: [Value] = []
      for (k, e) in expressions.enumerated() {
        guard case .success(let v) = engine.evaluate(e, at: s) else {
          return .failure(Decided(outcome: failingStep(max(0, k - 1), chain.steps[max(0, k - 1)], chain: chain, at: s,
                                                       run: engine, context: context, lines: lines)))
        }
        values.append(v)
      }
      for (k, step) in chain.steps.enumerated() {
        switch RelationTruth.decide(values[k], step.relation, values[k + 1], limits: engine.decisionLimits) {
        case .holds(let exact, let bits): run.tally.add(exact: exact, bits: bits)
        case .fails, .shapeMismatch, .undecided:
          return .failure(Decided(outcome: failingStep(k, step, chain: chain, at: s, run: engine, context: context, lines: lines)))
        }
      }
      func same(_ a: Value, _ b: Value) -> Bool {
        if case .agree = PointComparison.compare(a, b, limits: engine.decisionLimits) { return true }
        return false
      }
      let (first, last) = (values[0], values[values.count - 1])
      if run.connects.startsAtLHS && !same(first, lhs) { run.connects.startsAtLHS = false }
      if run.connects.endsAtRHS && !same(last, rhs) { run.connects.endsAtRHS = false }
      if run.connects.startsAtRHS && !same(first, rhs) { run.connects.startsAtRHS = false }
      if run.connects.endsAtLHS && !same(last, lhs) { run.connects.endsAtLHS = false }
    }
    return .success(run)
  }

  /// The verdict once every step holds: connected to the claim, strong enough, arguing.
  private func conclude(_ chain: Chain, composite: Relation.Operator, run: Run, lines: AnswerLines) -> CheckOutcome {
    guard run.evaluated > 0 else {
      return CheckOutcome(verdict: .invalid, feedback: [Message("exercise.no-valid-sample",
        en: "no sampled input satisfies the claim's domain (an error in the exercise file)",
        ko: "주장의 정의역을 만족하는 표본 입력이 하나도 없습니다 (연습 문제 파일의 오류입니다)")])
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
    let how = run.tally.exact == run.tally.points
      ? LocalizedText(en: "each decided exactly", ko: "모두 정확히 판정")
      : LocalizedText(en: "exactly or with certified bounds", ko: "정확히 또는 인증된 구간으로 판정")
    var feedback = [Message("chain.holds-on-samples",
      en: "every step holds on \(run.evaluated) sampled inputs (\(how.en)); this is evidence, not a proof",
      ko: "모든 단계가 표본 입력 \(run.evaluated)개에서 성립합니다 (\(how.ko)). 이것은 증거일 뿐, 증명은 아닙니다")]
    var credit = 1.0
    if !established.implies(claim.op) {
      feedback.append(Message("chain.weaker-relation",
        en: "but the chain establishes '\(established.rawValue)', which is weaker than the claim's '\(claim.op.rawValue)': which step is strict, and why?",
        ko: "하지만 체인이 보이는 관계('\(established.rawValue)')는 주장의 관계('\(claim.op.rawValue)')보다 약합니다: 어느 단계가 엄격한 부등식이며, 그 이유는 무엇인가요?"))
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
    let method = run.tally.exact == run.tally.points ? "decided exactly" : "certified"
    if credit >= 1 { return CheckOutcome(verdict: .correct, feedback: feedback, method: method) }
    return CheckOutcome(verdict: .partial, feedback: feedback, method: "sampled", credit: credit)
  }

  private func notConnected(_ run: Run) -> CheckOutcome {
    var feedback = [Message("chain.not-connected",
      en: "every step holds on \(run.evaluated) sampled inputs, but the chain does not connect the two sides of the claim",
      ko: "모든 단계가 표본 입력 \(run.evaluated)개에서 성립하지만, 체인이 주장의 양변을 잇지 않습니다")]
    if !run.connects.startsAtLHS && !run.connects.startsAtRHS {
      feedback.append(Message("chain.start-not-a-side", en: "its first expression is neither side of the claim",
                              ko: "체인의 첫 식이 주장의 어느 변과도 같지 않습니다"))
    }
    if !run.connects.endsAtRHS && !run.connects.endsAtLHS {
      feedback.append(Message("chain.end-not-a-side", en: "its last expression is neither side of the claim",
                              ko: "체인의 마지막 식이 주장의 어느 변과도 같지 않습니다"))
    }
    return CheckOutcome(verdict: .incorrect, feedback: feedback, method: "sampled")
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
      guard let s = self.assume(chain.assumptions, s, engine: run), case .success = run.evaluate(self.claim.lhs, at: s) else { return false }
      if case .holds = self.holds(step, at: s, run: run) { return false }
      return true
    }
    let shrunk = context.replayCase == nil
      ? Shrinker(variables: variables, minimumDimension: dimensions.lowerBound).shrink(failing, fails: fails)
      : failing
    let small = assume(chain.assumptions, shrunk, engine: run) ?? failing
    let at = FormulaCheck.describe(small)
    let detail: Message
    switch (run.evaluate(step.from, at: small), run.evaluate(step.to, at: small)) {
    case (.success(let a), .success(let b)):
      let (left, right) = (ValueText.describe(a), ValueText.describe(b))
      detail = Message("chain.step-values", en: "at \(at) the left side is \(left) and the right side is \(right)",
                       ko: "\(at) 에서 좌변은 \(left), 우변은 \(right)입니다")
    case (.failure(let e), _), (_, .failure(let e)):
      let why = e.message
      detail = Message("chain.step-not-evaluable", en: "at \(at) it cannot be evaluated: \(why.en)",
                       ko: "\(at) 에서 이 단계를 계산할 수 없습니다: \(why.ko)")
    }
    let note = step.justification.map { LocalizedText(en: " (your justification: \($0))", ko: " (적은 근거: \($0))") }
      ?? LocalizedText(en: "", ko: "")
    let (rel, line) = (step.relation.rawValue, step.line + 1)
    let headline = Message("chain.step-fails", en: "step \(k + 1) ('\(rel)' on line \(line)) does not hold\(note.en)",
                           ko: "\(k + 1)단계(\(line)번째 줄의 '\(rel)')가 성립하지 않습니다\(note.ko)")
    return CheckOutcome(verdict: .incorrect,
                        feedback: [headline, detail],
                        counterexample: small.texts, method: "decided at a sampled point",
                        location: lines.locate[step.line](0), replay: context.token(case: failing.index))
  }
}
