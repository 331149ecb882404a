import Exact
import Language
import Localization
import Sampling

extension ChainCheck {
  /// The sample moved to where the chain's assumptions hold (nil when it cannot be).
  func assume(_ assumptions: [Relation], _ sample: Sample, engine: SampledEvaluation) -> Sample? {
    assumptions.isEmpty ? sample : engine.normalised(sample, under: assumptions)
  }

  /// Whether two relations say the same after light normalisation (`a >= b` is `b <= a`).
  static func same(_ r: Relation, _ n: Relation) -> Bool {
    guard let a = LinearNormalForm(r.lhs), let b = LinearNormalForm(r.rhs), let c = LinearNormalForm(n.lhs),
      let d = LinearNormalForm(n.rhs), let ratio = (a - b).ratio(to: c - d)
    else { return false }
    if r.op == .equal || r.op == .notEqual { return r.op == n.op }
    return ratio.signum > 0 ? r.op == n.op : r.op.flipped == n.op
  }

  /// What the chain's opening assumption is worth: full credit when the part allows it, the
  /// weaker-claim credit when it does not (the chain then shows a special case only).
  func assumptionNote(_ chain: Chain) -> (message: Message, credit: Double)? {
    guard !chain.assumptions.isEmpty else { return nil }
    let text = chain.assumptions.map { "\($0.lhs.writtenText) \($0.op.rawValue) \($0.rhs.writtenText)" }.joined(separator: ", ")
    // Under `b = 0`, `a >= 0` is the hint's `a >= b`: equalities are substituted on both sides.
    var fixed: [String: Expression] = [:]
    for a in chain.assumptions where a.op == .equal { if case .name(let v, _) = a.lhs { fixed[v] = a.rhs } }
    func settled(_ r: Relation) -> Relation {
      r.op == .equal ? r : Relation(lhs: r.lhs.substituting(fixed), op: r.op, rhs: r.rhs.substituting(fixed), offset: r.offset)
    }
    let permitted = normalisations.map(settled)
    if chain.assumptions.map(settled).allSatisfy({ a in permitted.contains(where: { Self.same(a, $0) }) }) {
      return (Reason.wlogAllowed(assumption: text).message, 1)
    }
    let allowed = normalisations.map { "'\($0.lhs.writtenText) \($0.op.rawValue) \($0.rhs.writtenText)'" }
    return (Reason.wlogNotAllowed(assumption: text, allowed: allowed).message, weakerCredit)
  }

  /// The index of the first allowed normalisation the claim is not invariant under (see
  /// ``Normalisation/unjustified(_:_:variables:dimensions:limits:context:)``), applied to
  /// `lhs - rhs`.
  package func unjustifiedNormalisation(context: CheckContext) -> Int? {
    Normalisation.unjustified(
      .binary("-", claim.lhs, claim.rhs, offset: 0), normalisations, variables: variables,
      dimensions: dimensions, limits: limits, context: context)
  }
}

extension Expression {
  /// The expression with names replaced (all at once, so a swap `a ↔ b` works).
  func substituting(_ map: [String: Expression]) -> Expression {
    switch self {
    case .number: return self
    case .name(let n, _): return map[n] ?? self
    case .negate(let x, let o): return .negate(x.substituting(map), offset: o)
    case .call(let f, let args, let o): return .call(f, args.map { $0.substituting(map) }, offset: o)
    case .list(let items, let o): return .list(items.map { $0.substituting(map) }, offset: o)
    case .binary(let op, let a, let b, let o): return .binary(op, a.substituting(map), b.substituting(map), offset: o)
    }
  }
}

extension Expression {
  /// The expression as a part with these variables and prompt aliases reads it: the aliases
  /// replaced by what they stand for (`P(apple)` too), `p(1 - p)` read as `p*(1 - p)` where `p`
  /// is a variable or an alias (never a function there), and an index on a vector's name dropped.
  /// Formula and chain parts read their answers so.
  func readingNames(of variables: [Variable], aliases: [String: Expression]) -> Expression {
    let values = Set(variables.map(\.name)).union(aliases.keys)
    let vectors = Set(variables.filter(\.domain.isVector).map(\.name)).union(aliases.keys)
    let products = substitutingCalls(aliases).readingCallsAsProducts(of: values).droppingIndices(of: vectors)
    return aliases.isEmpty ? products : products.substituting(aliases)
  }

  /// The expression with the aliases that name a call, `P(apple)`, replaced by what they stand
  /// for: the prompt's own notation, read before `P(1 - P)` is read as a product.
  func substitutingCalls(_ map: [String: Expression]) -> Expression {
    switch self {
    case .number, .name: return self
    case .call(let f, let args, let o):
      if args.count == 1, case .name(let arg, _) = args[0], let e = map["\(f)(\(arg))"] { return e }
      return .call(f, args.map { $0.substitutingCalls(map) }, offset: o)
    case .negate(let x, let o): return .negate(x.substitutingCalls(map), offset: o)
    case .list(let items, let o): return .list(items.map { $0.substitutingCalls(map) }, offset: o)
    case .binary(let op, let a, let b, let o): return .binary(op, a.substitutingCalls(map), b.substitutingCalls(map), offset: o)
    }
  }
}

extension Chain {
  /// The chain with every expression transformed (a part's aliases, implicit products).
  func mapping(_ transform: (Expression) -> Expression) -> Chain {
    var c = self
    c.start = transform(start)
    c.steps = steps.map { step in
      var s = step
      s.from = transform(step.from)
      s.to = transform(step.to)
      return s
    }
    c.assumptions = assumptions.map { Relation(lhs: transform($0.lhs), op: $0.op, rhs: transform($0.rhs), offset: $0.offset) }
    return c
  }
}

extension Expression {
  /// `p(1 - p)` as `p*(1 - p)` when `p` names a value: a one-argument call of a name that is not a
  /// function is the learner's implicit multiplication.
  func readingCallsAsProducts(of values: Set<String>) -> Expression {
    switch self {
    case .number, .name: return self
    case .negate(let x, let o): return .negate(x.readingCallsAsProducts(of: values), offset: o)
    case .call(let f, let args, let o):
      let inner = args.map { $0.readingCallsAsProducts(of: values) }
      if values.contains(f), inner.count == 1 { return .binary("*", .name(f, offset: o), inner[0], offset: o) }
      return .call(f, inner, offset: o)
    case .list(let items, let o): return .list(items.map { $0.readingCallsAsProducts(of: values) }, offset: o)
    case .binary(let op, let a, let b, let o):
      return .binary(op, a.readingCallsAsProducts(of: values), b.readingCallsAsProducts(of: values), offset: o)
    }
  }
}

extension Expression {
  /// `p_i log(p_i/q_i)` as `p*log(p/q)`: an index written on a vector name (`_i`, `_j`, `_k`) is
  /// the elementwise reading the grammar already gives a vector.
  func droppingIndices(of vectors: Set<String>) -> Expression {
    switch self {
    case .number: return self
    case .name(let n, let o):
      for suffix in ["_i", "_j", "_k"] where n.hasSuffix(suffix) && vectors.contains(String(n.dropLast(2))) {
        return .name(String(n.dropLast(2)), offset: o)
      }
      return self
    case .negate(let x, let o): return .negate(x.droppingIndices(of: vectors), offset: o)
    case .call(let f, let args, let o): return .call(f, args.map { $0.droppingIndices(of: vectors) }, offset: o)
    case .list(let items, let o): return .list(items.map { $0.droppingIndices(of: vectors) }, offset: o)
    case .binary(let op, let a, let b, let o):
      return .binary(op, a.droppingIndices(of: vectors), b.droppingIndices(of: vectors), offset: o)
    }
  }
}
