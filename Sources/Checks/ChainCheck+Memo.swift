import Exact
import Language
import Sampling
import Synchronization

extension ChainCheck {
  /// Values of a chain's expressions, decisions of its steps and its ends at the sampled inputs,
  /// shared by every chain of the part (see ``MeteredMemo``): learners' chains differ in their
  /// text far more than in their expressions, and a chain's neighbouring steps share a side.
  struct PointMemo {
    /// Values hold numbers and computations: their memo is bounded by cost (about 100 MB at
    /// most; the 500 students' chains keep well under that).
    static let values = MeteredMemo<Key, Value?>(capacity: 50_000, costCapacity: 8_000_000)
    static let decisions = MeteredMemo<Key, RelationTruth.Outcome>(capacity: 50_000)
    static let agreements = MeteredMemo<Key, Bool>(capacity: 50_000)
    static let shrinks = MeteredMemo<String, Sample>(capacity: 10_000)
    static let passes = MeteredMemo<String, ChainCheck.Pass>(capacity: 10_000)

    /// An entry at one case: a value (`b` unused), a decision (`relation` its operator's
    /// number) or an agreement, over expressions numbered by ``MemoKeys``. Numbers, not text:
    /// a lookup hashes five words.
    struct Key: MemoKey {
      var setup: Int
      var index: Int
      var relation: Int
      var a: Int
      var b: Int
      var byteCount: Int { 40 }
    }

    /// What fixes the inputs and how they are read: the part and seed (so the sampler), the
    /// variables and vector lengths, the limits, and the chain's assumptions (which move the
    /// samples). Compared whole, never printed (printing a struct is slow reflection).
    struct Setup: Hashable, Sendable {
      var part: String
      var seed: UInt64
      var variables: [Variable]
      var dimensions: ClosedRange<Int>
      var limits: LanguageLimits
      var assumptions: [String]
    }

    private static let setups = Mutex<(ids: [Setup: Int], next: Int)>(([:], 0))

    /// The setup's number, given once (never twice, even after the table is cleared).
    static func id(_ setup: Setup) -> Int {
      setups.withLock { t in
        if let id = t.ids[setup] { return id }
        if t.ids.count >= 10_000 { t.ids.removeAll() }
        t.next += 1
        t.ids[setup] = t.next
        return t.next
      }
    }

    /// The setup's number, as every key of this check's entries starts.
    let setup: Int
    var prefix: String { "\(setup)|" }
    let engine: SampledEvaluation
    /// The claim's sides and the chain's expressions, compiled together: a chain's steps share
    /// most of their subexpressions.
    let compiled: CompiledExpressions

    init(_ check: ChainCheck, chain: Chain, context: CheckContext, engine: SampledEvaluation) {
      let assumptions = chain.assumptions.map { "\($0.lhs.structuralKey)\($0.op.rawValue)\($0.rhs.structuralKey)" }
      let setup = Setup(
        part: context.key, seed: context.seed, variables: check.variables, dimensions: check.dimensions,
        limits: check.limits, assumptions: assumptions)
      self.setup = Self.id(setup)
      self.engine = engine
      compiled = CompiledExpressions([check.claim.lhs, check.claim.rhs, chain.start] + chain.steps.map(\.to), engine: engine)
    }

    /// `e` (whose ``Expression/structuralKey`` is `key`) at the sample drawn as case `s.index`.
    func evaluate(_ e: Expression, key: Int, at s: Sample) -> Result<Value, ExpressionError> {
      // Only values are kept (an error is computed again), so entries stay small.
      var failure: ExpressionError?
      let value = Self.values.value(Key(setup: setup, index: s.index, relation: -1, a: key, b: 0)) {
        switch compiled.evaluate(key: key, at: s) ?? engine.evaluate(e, at: s) {
        case .success(let v): return (v, true)
        case .failure(let error):
          failure = error
          return (nil, false)
        }
      }
      if let value { return .success(value) }
      // No entry holds nil, so an empty answer came from `make`, which set the error.
      guard let failure else { preconditionFailure("the value memo returned neither a value nor an error") }
      return .failure(failure)
    }

    /// Whether `a op b` holds at the sample, `a` and `b` being the values of the expressions
    /// with keys `keyA` and `keyB` there.
    func decide(
      _ a: Value, _ op: Relation.Operator, _ b: Value, keys: (Int, Int), at s: Sample
    ) -> RelationTruth.Outcome {
      let relation = Relation.Operator.allCases.firstIndex(of: op) ?? -1
      return Self.decisions.value(Key(setup: setup, index: s.index, relation: relation, a: keys.0, b: keys.1)) {
        (RelationTruth.decide(a, op, b, limits: engine.decisionLimits), true)
      }
    }

    /// Whether `a` and `b` (values of the expressions with these keys) agree at the sample.
    func agree(_ a: Value, _ b: Value, keys: (Int, Int), at s: Sample) -> Bool {
      // The same expression (same structure, so the same value): nothing to compare.
      if keys.0 == keys.1 { return true }
      return Self.agreements.value(Key(setup: setup, index: s.index, relation: -2, a: keys.0, b: keys.1)) {
        if case .agree = PointComparison.compare(a, b, limits: engine.decisionLimits) { return (true, true) }
        return (false, true)
      }
    }

    /// The counterexample `shrink` makes of the failing sample for `step` (whether an input
    /// fails depends on the step's sides, the claim's left side, read there first, and the
    /// assumptions, which are in the setup).
    func shrunk(_ failing: Sample, step: Chain.Step, claim: Expression, _ shrink: () -> Sample) -> Sample {
      let sides = [claim, step.from, step.to].map { String(MemoKeys.id($0.structuralKey)) }
      let key = "\(prefix)\(failing.index)|shrink|\(sides.joined(separator: "|"))|\(step.relation.rawValue)"
      return Self.shrinks.value(key) { (shrink(), true) }
    }
  }
}
