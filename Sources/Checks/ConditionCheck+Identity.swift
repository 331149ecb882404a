import Exact
import Language
import Sampling

extension ConditionCheck {
  /// `correct`, proved, when the learner's condition and the reference are both equations and
  /// `lhs − rhs` of one is a nonzero constant multiple `c` of the other's as exp–log expressions,
  /// both defined at every input: then they hold at exactly the same inputs (`b = a`,
  /// `a - b = 0`, `2*a = 2*b` for `a = b`). `c` is read off one sampled point; the identity test
  /// then proves it, so a wrong guess only means "not proved", and sampling decides as before.
  func provedSame(_ relation: Relation, run: SampledEvaluation, context: CheckContext) -> CheckOutcome? {
    guard relation.op == .equal, reference.op == .equal else { return nil }
    let mine = Expression.binary("-", relation.lhs, relation.rhs, offset: 0)
    let theirs = Expression.binary("-", reference.lhs, reference.rhs, offset: 0)
    guard let c = ratio(mine, theirs, run: run) else { return nil }
    let scaled = Expression.binary("*", .number(c, text: c.description, offset: 0), theirs, offset: 0)
    guard IdentityProof(variables: variables, dimensions: dimensions).proves(mine, equals: scaled, context: context) else {
      return nil
    }
    return CheckOutcome(verdict: .correct, feedback: [Reason.provedSame.message], method: .identity)
  }

  /// `mine / theirs` at the first of a few sampled points where both are exact and `theirs` has
  /// a nonzero entry (nil when there is none, or the ratio is 0). Nil as soon as the two have
  /// different shapes at a point: a multiple has its original's shape everywhere (`p = q`
  /// against `kl(p, q) = 0`, a vector against a number, is no multiple, and its divergence need
  /// not be worked out at 15 more points to say so).
  private func ratio(_ mine: Expression, _ theirs: Expression, run: SampledEvaluation) -> Rational? {
    for i in 0..<min(run.count, 16) {
      let s = run.sample(i)
      guard case .success(let a) = run.evaluate(mine, at: s), case .success(let b) = run.evaluate(theirs, at: s) else {
        continue
      }
      guard a.entries.count == b.entries.count else { return nil }
      for (x, y) in zip(a.entries, b.entries) {
        guard let p = x.rationalValue, let q = y.rationalValue, !q.isZero else { continue }
        if p.isZero { return nil }
        return try? p / q
      }
    }
    return nil
  }
}
