import Localization
import Exact
import Language

extension ChainCheck {
  /// The sample moved to where the assumption holds: `b = 0` fixes `b`; `a >= b` swaps `a` and `b`
  /// when they are the other way round; any other assumption keeps the sample only where it holds.
  func assume(_ assumption: Relation?, _ sample: Sample, engine: SampledEvaluation) -> Sample? {
    guard let assumption else { return sample }
    var s = sample
    switch (assumption.lhs, assumption.op, assumption.rhs) {
    case (.name(let v, _), .equal, .number(let q, let text, _)) where s.values[v] != nil:
      s.values[v] = .rational(q)
      s.texts[v] = text
    case (.name(let x, _), _, .name(let y, _)) where s.values[x] != nil && s.values[y] != nil && !holds(assumption, at: s, engine: engine):
      (s.values[x], s.values[y]) = (s.values[y], s.values[x])
      (s.texts[x], s.texts[y]) = (s.texts[y], s.texts[x])
    default: break
    }
    return holds(assumption, at: s, engine: engine) ? s : nil
  }

  private func holds(_ r: Relation, at s: Sample, engine: SampledEvaluation) -> Bool {
    guard case .success(let a) = engine.evaluate(r.lhs, at: s), case .success(let b) = engine.evaluate(r.rhs, at: s),
          case .holds = RelationTruth.decide(a, r.op, b, limits: engine.decisionLimits) else { return false }
    return true
  }

  /// Whether two relations say the same after light normalisation (`a >= b` is `b <= a`).
  static func same(_ r: Relation, _ n: Relation) -> Bool {
    guard let a = LinearNormalForm(r.lhs), let b = LinearNormalForm(r.rhs), let c = LinearNormalForm(n.lhs),
          let d = LinearNormalForm(n.rhs), let ratio = (a - b).ratio(to: c - d) else { return false }
    if r.op == .equal || r.op == .notEqual { return r.op == n.op }
    return ratio.signum > 0 ? r.op == n.op : r.op.flipped == n.op
  }

  /// What the chain's opening assumption is worth: full credit when the part allows it, the
  /// weaker-claim credit when it does not (the chain then shows a special case only).
  func assumptionNote(_ chain: Chain) -> (message: Message, credit: Double)? {
    guard let a = chain.assumption else { return nil }
    let text = "\(a.lhs.writtenText) \(a.op.rawValue) \(a.rhs.writtenText)"
    if normalisations.contains(where: { Self.same(a, $0) }) {
      return (Message("chain.wlog-allowed",
        en: "checked under your assumption '\(text)', which this part allows: the claim is unchanged by the swap or shift that brings any input there",
        ko: "적은 가정 '\(text)' 아래에서 확인했습니다. 이 문항은 이 가정을 허용합니다: 어떤 입력이든 맞바꾸기나 평행 이동으로 이 경우로 옮길 수 있고, 그래도 주장은 그대로입니다"), 1)
    }
    let allowed = normalisations.map { "'\($0.lhs.writtenText) \($0.op.rawValue) \($0.rhs.writtenText)'" }
    let list = allowed.isEmpty ? LocalizedText(en: "none", ko: "없음") : LocalizedText(en: allowed.joined(separator: ", "), ko: allowed.joined(separator: ", "))
    return (Message("chain.wlog-not-allowed",
      en: "your chain assumes '\(text)', which loses generality here (this part allows: \(list.en)): it shows a special case only; say why every input reduces to it",
      ko: "체인이 '\(text)'를 가정하는데, 이 문항에서는 일반성을 잃습니다 (허용되는 가정: \(list.ko)): 특수한 경우만 보인 것이니, 모든 입력이 이 경우로 바뀌는 이유를 보이세요"), weakerCredit)
  }

  /// The index of the first allowed normalisation the claim is not invariant under, checked on samples: a
  /// swap `x >= y` must leave `lhs - rhs` unchanged when `x` and `y` trade places; a shift
  /// `y = c` must leave it unchanged when every real variable moves by `c - y`.
  public func unjustifiedNormalisation(context: CheckContext) -> Int? {
    let difference = Expression.binary("-", claim.lhs, claim.rhs, offset: 0)
    let engine = FormulaCheck(variables: variables, reference: difference, referenceText: "", samples: min(samples, 16),
                              dimensions: dimensions, limits: limits).engine(context)
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
      if !engine.equivalent(difference.substituting(map), difference, context: context) { return index }
    }
    return nil
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
