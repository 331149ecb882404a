import AnswerDocument
import Catalogue
import Checks
import Sampling
import Testing

/// Equality steps of chains proved by the identity test: a sentence added, the verdict kept.
@Suite("Identity in chains")
struct ChainIdentityTests {
  @Test("shipped chain examples keep their verdict; exp–log equality steps are named as proved")
  func shippedChains() throws {
    let catalogue = try Catalogue.shipped()
    var named: [String] = []
    for exercise in catalogue.exercises {
      for part in exercise.parts where part.kind == "chain" {
        guard let example = part.example else { continue }
        let o = part.check.check(example, context: CheckContext(seed: 1, key: "\(exercise.id)/\(part.id)"))
        #expect(o.verdict == .correct, "\(exercise.id)/\(part.id)")
        #expect(o.method != .identity, "a chain's verdict stays sampled: \(exercise.id)/\(part.id)")
        if o.feedback.contains(where: { $0.id == "chain.equalities-proved" }) { named.append("\(exercise.id)/\(part.id)") }
      }
    }
    #expect(named.contains("lse-convex/proof"), "\(named)")
  }
}

/// The chapter's claims that are equations: proved when they are exp–log identities, their
/// sampled cases and verdicts as before.
@Suite("Identity in the chapter's claims")
struct ClaimIdentityTests {
  @Test("equations among the shipped claims are proved; every claim still holds on its cases")
  func claims() throws {
    var proved: [String] = []
    for exercise in try Catalogue.shipped().exercises {
      for claim in try exercise.claims {
        let report = claim.check.run(cases: 16, context: CheckContext(seed: 1, key: "\(exercise.id)/\(claim.id)"))
        #expect(report.holds, "\(exercise.id)/\(claim.id)")
        #expect(report.evaluated > 0)
        if report.method == .identity {
          proved.append("\(exercise.id)/\(claim.id)")
          #expect(claim.check.claim.op == .equal)
        }
      }
    }
    for id in [
      "ce-hessian/hessian-is-covariance", "ce-hessian/loss-is-lse-minus-linear", "softmax-vs-sigmoid/softmax-sums-to-one",
    ] {
      #expect(proved.contains(id), "\(id) in \(proved)")
    }
  }
}

/// Condition parts that are equations: proved when the learner's difference of sides is a
/// constant multiple of the reference's; otherwise sampled as before.
@Suite("Identity in condition parts")
struct ConditionIdentityTests {
  func check(_ answer: String) throws -> CheckOutcome {
    let part = try #require(try Catalogue.shipped().exercise("realsoftmax")?.part("gap-where"))
    let node = AnswerNode.scalar(.init(text: answer, lineStarts: [SourceLocation(line: 1, column: 1)]))
    return part.check.check(node, context: CheckContext(seed: 1, key: "realsoftmax/gap-where"))
  }

  @Test("equations with the same solutions are proved", arguments: ["a = b", "b = a", "a - b = 0", "2*a = 2*b", "a/2 - b/2 = 0"])
  func proved(_ answer: String) throws {
    let o = try check(answer)
    #expect(o.verdict == .correct)
    #expect(o.method == .identity)
    #expect(o.feedback.first?.id == "condition.proved")
  }

  @Test(
    "other right conditions are sampled; wrong ones get a counterexample",
    arguments: [
      ("exp(a) = exp(b)", true), ("abs(a - b) = 0", true), ("a >= b", false), ("a = 2*b", false), ("a - b = 1", false),
    ])
  func sampled(_ answer: String, _ right: Bool) throws {
    let o = try check(answer)
    #expect((o.verdict == .correct) == right, "\(answer)")
    #expect(o.method != .identity, "\(answer)")
  }
}
