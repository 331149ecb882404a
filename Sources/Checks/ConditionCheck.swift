import AnswerDocument
import Exact
import Language
import Localization
import Sampling

/// Checks a `condition` part: a relation in the part's variables (`p = q`, `a = b`) that must
/// hold exactly where the reference condition holds and fail where it fails, on structural
/// points (where it holds: `q = p`, `a = b`) and random ones (where it mostly fails).
package struct ConditionCheck: Sendable {
  package var variables: [Variable]
  package var reference: Relation
  package var samples: Int
  package var dimensions: ClosedRange<Int>
  package var misconceptions: [Misconception]
  package var limits: LanguageLimits

  package init(
    variables: [Variable], reference: Relation, samples: Int = 64, dimensions: ClosedRange<Int> = 2...6,
    misconceptions: [Misconception] = [], limits: LanguageLimits = .standard
  ) {
    self.variables = variables
    self.reference = reference
    self.samples = samples
    self.dimensions = dimensions
    self.misconceptions = misconceptions
    self.limits = limits
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    guard case .scalar(let scalar) = answer else {
      let found = answer.shapeText
      return .invalid(Reason.expectedCondition(found: found).message, at: answer.location)
    }
    let relation: Relation
    let core = ConditionProse.core(of: scalar.text)
    do { relation = try Parser.relation(core.text, limits: limits) } catch {
      return .invalid(error, at: scalar.location(ofOffset: error.offset + core.offset))
    }
    let formula = FormulaCheck(
      variables: variables, reference: reference.lhs, referenceText: "", samples: samples,
      dimensions: dimensions, limits: limits)
    for e in [relation.lhs, relation.rhs] {
      if let problem = formula.nameProblem(e) { return .invalid(problem, at: answer.location) }
    }
    let run = formula.engine(context)
    if let proved = provedSame(relation, run: run, context: context) { return proved }
    var holdsCount = 0
    var failsCount = 0
    // Both conditions compiled together: what they share is computed once a point.
    var both = run.compiled([reference.lhs, reference.rhs, relation.lhs, relation.rhs])
    for i in run.indices(context) {
      let s = run.sample(i)
      guard let expected = truth(reference.op, roots: 0, of: &both, at: s, point: i, run: run) else { continue }
      let given = truth(relation.op, roots: 2, of: &both, at: s, point: i, run: run)
      if given != expected {
        var candidate = -1
        let fails: (Sample) -> Bool = { t in
          candidate -= 1
          guard let e = self.truth(self.reference.op, roots: 0, of: &both, at: t, point: candidate, run: run) else {
            return false
          }
          return self.truth(relation.op, roots: 2, of: &both, at: t, point: candidate, run: run) != e
        }
        let small = run.minimal(s, context: context, fails: fails)
        let shouldHold = truth(reference, at: small, run: run) ?? expected
        let at = FormulaCheck.describe(small)
        var feedback = [(shouldHold ? Reason.missesCase(at: at) : Reason.extraCase(at: at)).message]
        // A misconception here is a wrong condition, written `answer: "lhs rel rhs"`; it matches
        // when the learner's condition agrees with it on every sample.
        let matched = misconceptions.first { m in
          guard case .relation(let wrong, _) = m.match else { return false }
          return (0..<min(run.count, 24)).allSatisfy { k in
            let t = run.sample(k)
            return truth(wrong, at: t, run: run) == truth(relation, at: t, run: run)
          }
        }
        if let m = matched { feedback.append(m.message) }
        return CheckOutcome(
          verdict: .incorrect, feedback: feedback, misconception: matched?.id, counterexample: small.texts,
          method: .sampledPoint, replay: context.token(case: i))
      }
      if expected { holdsCount += 1 } else { failsCount += 1 }
    }
    let total = holdsCount + failsCount
    return CheckOutcome(
      verdict: .correct,
      feedback: [Reason.agrees(points: total, holding: holdsCount, failing: failsCount).message],
      method: .exact)
  }

  /// Whether a relation holds at a sample; `nil` if it cannot be evaluated there.
  func truth(_ r: Relation, at s: Sample, run: SampledEvaluation) -> Bool? {
    guard case .success(let a) = run.evaluate(r.lhs, at: s), case .success(let b) = run.evaluate(r.rhs, at: s) else { return nil }
    return truth(a, r.op, b, run: run)
  }

  /// ``truth(_:at:run:)`` of the relation whose sides are roots `roots` and `roots + 1` of a
  /// compiled program, at the point `s` numbered `point`.
  func truth(
    _ op: Relation.Operator, roots: Int, of program: inout DeferredProgram, at s: Sample, point: Int, run: SampledEvaluation
  ) -> Bool? {
    guard case .success(let a) = program.evaluate(roots, at: s.values, point: point),
      case .success(let b) = program.evaluate(roots + 1, at: s.values, point: point)
    else { return nil }
    return truth(a, op, b, run: run)
  }

  private func truth(_ a: Value, _ op: Relation.Operator, _ b: Value, run: SampledEvaluation) -> Bool? {
    switch RelationTruth.decide(a, op, b, limits: run.decisionLimits) {
    case .holds: return true
    case .fails: return false
    case .shapeMismatch, .undecided: return nil
    }
  }
}
