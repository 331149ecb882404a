import AnswerDocument
import Checks
import Identity
import Language
import Sampling
import Testing

/// The tables of forms against the independent sampled check: every "equivalent" form is
/// correct on sampled points, every "wrong" one gets a counterexample, so the identity test's
/// "equal" and "different" above agree with evaluation (and the tables are right).
@Suite("Identity against the sampled check")
struct CrossCheckTests {
  static func domain(_ kind: IdentityVariable.Kind) -> Domain {
    switch kind {
    case .real: return .real
    case .positive: return .positive
    case .unitInterval: return .probability
    case .count: return .count
    case .dimension: return .dimension
    case .realVector: return .logits
    case .simplex(let open): return open ? .openSimplex : .simplex
    }
  }

  func check(_ answer: String, _ r: Reference, identity: Bool) throws -> CheckOutcome {
    var f = FormulaCheck(
      variables: r.variables.map { Variable(name: $0.name, domain: Self.domain($0.kind)) },
      reference: try Parser.expression(r.reference), referenceText: r.reference, samples: 16,
      dimensions: 2...5)
    f.triesIdentity = identity
    let node = AnswerNode.scalar(.init(text: answer, lineStarts: [SourceLocation(line: 1, column: 1)]))
    return f.check(node, context: CheckContext(seed: 7, key: "cross/\(r.name)"))
  }

  @Test("equivalent forms are correct on sampled points too, and proved when defined everywhere", arguments: shippedReferences)
  func equivalent(_ r: Reference) throws {
    let definedness = Definedness(variables: r.variables)
    for form in r.equivalent {
      #expect(try check(form, r, identity: false).verdict == .correct, "\(form) sampled")
      let proved = try check(form, r, identity: true)
      #expect(proved.verdict == .correct, "\(form)")
      if definedness.isTotal(try Parser.expression(form)) { #expect(proved.method == .identity, "\(form)") }
    }
  }

  @Test("wrong forms get a sampled counterexample", arguments: shippedReferences)
  func wrong(_ r: Reference) throws {
    for form in r.wrong {
      let o = try check(form, r, identity: true)
      #expect(o.verdict != .correct, "\(form)")
    }
  }
}
