import Language
import Sampling

extension SampledEvaluation {
  /// The sample moved to where "without loss of generality" assumptions hold: `b = 0` fixes `b`
  /// (equalities first); `a >= b` swaps `a` and `b` when they are the other way round; any other
  /// assumption keeps the sample only where it holds. Nil when the assumptions cannot all hold.
  func normalised(_ sample: Sample, under assumptions: [Relation]) -> Sample? {
    var s = sample
    for r in assumptions where r.op == .equal {
      if case (.name(let v, _), .number(let q, let text, _)) = (r.lhs, r.rhs), s.values[v] != nil {
        s.values[v] = .rational(q)
        s.texts[v] = text
      }
    }
    for r in assumptions where r.op != .equal && !holds(r, at: s) {
      if case (.name(let x, _), .name(let y, _)) = (r.lhs, r.rhs), s.values[x] != nil, s.values[y] != nil {
        (s.values[x], s.values[y]) = (s.values[y], s.values[x])
        (s.texts[x], s.texts[y]) = (s.texts[y], s.texts[x])
      }
    }
    return assumptions.allSatisfy { holds($0, at: s) } ? s : nil
  }

  /// Whether a relation holds at a sample, decided exactly or certified.
  func holds(_ r: Relation, at s: Sample) -> Bool {
    guard case .success(let a) = evaluate(r.lhs, at: s), case .success(let b) = evaluate(r.rhs, at: s),
      case .holds = RelationTruth.decide(a, r.op, b, limits: decisionLimits)
    else { return false }
    return true
  }
}

/// Checks that "without loss of generality" loses nothing.
package enum Normalisation {
  /// The index of the first normalisation `e` is not invariant under, checked on samples: a swap
  /// `x >= y` must leave `e` unchanged when `x` and `y` trade places; a shift `y = c` must leave it
  /// unchanged when every real variable moves by `c - y`. Any other form is unjustified.
  package static func unjustified(
    _ e: Expression, _ normalisations: [Relation], variables: [Variable],
    dimensions: ClosedRange<Int>, limits: LanguageLimits, context: CheckContext
  ) -> Int? {
    let engine = FormulaCheck(
      variables: variables, reference: e, referenceText: "", samples: 16,
      dimensions: dimensions, limits: limits
    ).engine(context)
    for (index, n) in normalisations.enumerated() {
      var map: [String: Expression] = [:]
      switch (n.lhs, n.op, n.rhs) {
      case (.name(let x, _), .equal, let c):
        for v in variables where v.domain == .real {
          map[v.name] = .binary("+", .name(v.name, offset: 0), .binary("-", c, .name(x, offset: 0), offset: 0), offset: 0)
        }
      case (.name(let x, _), _, .name(let y, _)):
        map = [x: .name(y, offset: 0), y: .name(x, offset: 0)]
      default: return index
      }
      if !engine.equivalent(e.substituting(map), e, context: context) { return index }
    }
    return nil
  }
}
