import Identity
import Language
import Sampling

/// The identity test as the checks use it: a part's variables and vector lengths, and the
/// condition under which an "equal" is a proof for the part, namely that both sides are proved
/// defined at every input of the part (``Identity/Definedness``).
struct IdentityProof {
  var variables: [IdentityVariable]
  var dimensions: ClosedRange<Int>

  init(variables: [Variable], dimensions: ClosedRange<Int>) {
    self.variables = variables.map { IdentityVariable(name: $0.name, kind: Self.kind($0.domain)) }
    self.dimensions = dimensions
  }

  static func kind(_ domain: Domain) -> IdentityVariable.Kind {
    switch domain {
    case .real: return .real
    case .positive: return .positive
    case .probability: return .unitInterval
    case .simplex: return .simplex(open: false)
    case .openSimplex: return .simplex(open: true)
    case .realVector, .logits: return .realVector
    case .count: return .count
    case .dimension: return .dimension
    }
  }

  /// The identity test's verdict on `a = b`, with points drawn after both are fixed (the seed
  /// depends on both, the part and the marking seed).
  /// `b` is mapped once per process when it `recurs` (a part's reference).
  func verdict(_ a: Expression, _ b: Expression, recurs: Bool = false, context: CheckContext) -> IdentityTest.Verdict {
    let key = "identity|\(context.key)|\(a.writtenText)|\(b.writtenText)"
    var random = RandomSource(seed: context.seed, key: key, index: 0)
    return IdentityTest(variables: variables, dimensions: dimensions).decide(a, b, referenceRecurs: recurs, random: &random)
  }

  /// Whether `a = b` is proved wherever the part's variables range: equal as exp–log
  /// expressions, both defined everywhere. (Callers still confirm one point where both are
  /// evaluated, so that an identity between expressions defined nowhere proves nothing.)
  func proves(_ a: Expression, equals b: Expression, recurs: Bool = false, context: CheckContext) -> Bool {
    guard isTotal(a, context: context), isTotal(b, context: context) else { return false }
    if case .equal = verdict(a, b, recurs: recurs, context: context) { return true }
    return false
  }

  /// Whether `e` is proved defined wherever the part's variables range (never while a single
  /// sampled case is replayed: a replay shows that case as sampled).
  func isTotal(_ e: Expression, context: CheckContext) -> Bool {
    context.replayCase == nil && Definedness(variables: variables).isTotal(e)
  }
}
