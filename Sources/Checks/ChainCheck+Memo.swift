import Exact
import Language
import Sampling

extension ChainCheck {
  /// Values of a chain's expressions, decisions of its steps and its ends at the sampled inputs,
  /// shared by every chain of the part (see ``MeteredMemo``): learners' chains differ in their
  /// text far more than in their expressions, and a chain's neighbouring steps share a side.
  struct PointMemo {
    static let values = MeteredMemo<Result<Value, ExpressionError>>(capacity: 50_000)
    static let decisions = MeteredMemo<RelationTruth.Outcome>(capacity: 50_000)
    static let agreements = MeteredMemo<Bool>(capacity: 50_000)

    /// What fixes the inputs and how they are read: the part and seed (so the sampler), the
    /// variables and vector lengths, the limits, and the chain's assumptions (which move the
    /// samples).
    let prefix: String
    let engine: SampledEvaluation

    init(_ check: ChainCheck, chain: Chain, context: CheckContext, engine: SampledEvaluation) {
      let variables = check.variables.map { "\($0.name):\($0.domain.rawValue)" }.joined(separator: ",")
      let assumptions = chain.assumptions.map { "\($0.lhs.structuralKey)\($0.op.rawValue)\($0.rhs.structuralKey)" }
      let setup = "\(context.key)|\(context.seed)|\(check.dimensions)|\(variables)|\(check.limits)|\(assumptions)"
      prefix = "\(MemoKeys.id(setup))|"
      self.engine = engine
    }

    /// `e` (whose ``Expression/structuralKey`` is `key`) at the sample drawn as case `s.index`.
    func evaluate(_ e: Expression, key: String, at s: Sample) -> Result<Value, ExpressionError> {
      Self.values.value("\(prefix)\(s.index)|\(key)") {
        let result = engine.evaluate(e, at: s)
        if case .success = result { return (result, true) }
        return (result, false)
      }
    }

    /// Whether `a op b` holds at the sample, `a` and `b` being the values of the expressions
    /// with keys `keyA` and `keyB` there.
    func decide(
      _ a: Value, _ op: Relation.Operator, _ b: Value, keys: (String, String), at s: Sample
    ) -> RelationTruth.Outcome {
      Self.decisions.value("\(prefix)\(s.index)|\(keys.0)|\(op.rawValue)|\(keys.1)") {
        (RelationTruth.decide(a, op, b, limits: engine.decisionLimits), true)
      }
    }

    /// Whether `a` and `b` (values of the expressions with these keys) agree at the sample.
    func agree(_ a: Value, _ b: Value, keys: (String, String), at s: Sample) -> Bool {
      Self.agreements.value("\(prefix)\(s.index)|\(keys.0)|~|\(keys.1)") {
        if case .agree = PointComparison.compare(a, b, limits: engine.decisionLimits) { return (true, true) }
        return (false, true)
      }
    }
  }
}
