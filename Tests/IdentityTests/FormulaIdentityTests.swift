import AnswerDocument
import Catalogue
import Checks
import Identity
import Language
import Sampling
import Testing

/// The identity test inside the formula check: what it may prove, and what it must leave to
/// the sampled check.
@Suite("Identity in formula parts")
struct FormulaIdentityTests {
  let context = CheckContext(seed: 1, key: "identity/part")

  func scalar(_ text: String) -> AnswerNode {
    .scalar(.init(text: text, lineStarts: [SourceLocation(line: 1, column: 1)]))
  }

  func check(_ answer: String, reference: String, _ variables: [Variable]) throws -> CheckOutcome {
    FormulaCheck(variables: variables, reference: try Parser.expression(reference), referenceText: reference, samples: 32)
      .check(scalar(answer), context: context)
  }

  @Test("every shipped formula part's example, in every variant, is proved equal")
  func shippedExamples() throws {
    let catalogue = try Catalogue.shipped()
    var proved = 0
    for exercise in catalogue.exercises {
      for student in ["s1", "s2", "s3", "s4", "s5", "s6"] {
        let variant = try exercise.variant(seed: 1, student: student)
        for part in variant.parts where part.kind == "formula" {
          guard let example = part.example else { continue }
          let o = part.check.check(example, context: CheckContext(seed: 1, key: "\(exercise.id)/\(part.id)"))
          #expect(o.verdict == .correct && o.method == .identity, "\(exercise.id)/\(part.id): \(String(describing: o.method))")
          proved += 1
        }
      }
    }
    #expect(proved >= 13 * 6)
  }

  @Test("a stable part's equivalence is proved; its binary64 checks run as before")
  func stable() throws {
    let part = try #require(try Catalogue.shipped().exercise("log-partition")?.part("stable"))
    let example = try #require(part.example)
    let o = part.check.check(example, context: CheckContext(seed: 1, key: "log-partition/stable"))
    #expect(o.verdict == .correct)
    #expect(o.method == .identityBinary64)
    #expect(o.feedback.contains { $0.id == "stable.finite" })
    let naive = part.check.check(scalar("log(sum(exp(x)))"), context: CheckContext(seed: 1, key: "log-partition/stable"))
    #expect(naive.verdict != .correct, "equal, but overflows in binary64")
  }

  @Test("log(-2) is not proved equal to log(2): it is defined nowhere")
  func logOfNegative() throws {
    let o = try check("log(-2)*z", reference: "log(2)*z", [Variable(name: "z", domain: .real)])
    #expect(o.verdict == .incorrect)
    #expect(o.method != .identity)
  }

  @Test("exp(log(-z)) is -z where defined, but not for z > 0: incorrect, as before")
  func definedOnPart() throws {
    let o = try check("exp(log(-z))", reference: "-z", [Variable(name: "z", domain: .real)])
    #expect(o.verdict == .incorrect)
    #expect(o.method != .identity)
    let p = try check("exp(log(z^2)/2)", reference: "z", [Variable(name: "z", domain: .real)])
    #expect(p.verdict == .incorrect)
    #expect(p.counterexample != nil)
  }

  @Test("a wrong formula keeps the sampled counterexample, shrunk")
  func wrongKeepsCounterexample() throws {
    let o = try check(
      "sigmoid(oa)", reference: "sigmoid(oa - oo)", [Variable(name: "oa", domain: .real), Variable(name: "oo", domain: .real)])
    #expect(o.verdict == .incorrect)
    #expect(o.counterexample != nil)
    #expect(o.method == .sampledPoint)
  }

  @Test("the verdict is the same run after run")
  func deterministic() throws {
    let v = [Variable(name: "x", domain: .realVector)]
    let first = try check("max(x) + log(sum(exp(x - max(x))))", reference: "log(sum(exp(x)))", v)
    #expect(first.method == .identity)
    for _ in 0..<3 {
      let again = try check("max(x) + log(sum(exp(x - max(x))))", reference: "log(sum(exp(x)))", v)
      #expect(again.verdict == first.verdict && again.method == first.method)
      #expect(again.feedback.map(\.text.en) == first.feedback.map(\.text.en))
    }
  }

  @Test("a replayed case is decided by sampling, as the token says")
  func replay() throws {
    let o = FormulaCheck(
      variables: [Variable(name: "a", domain: .real)], reference: try Parser.expression("exp(a)"),
      referenceText: "exp(a)", samples: 32
    )
    .check(scalar("1/exp(-a)"), context: CheckContext(seed: 1, key: "identity/part", replayCase: 3))
    #expect(o.verdict == .correct)
    #expect(o.method != .identity)
  }
}

/// The shipped misconceptions: the identity test calls each different, and the sampled check
/// then finds a real counterexample (a "different" that sampling could not confirm would be a
/// relation the mapping misses).
@Suite("Identity on the shipped misconceptions")
struct MisconceptionIdentityTests {
  @Test("every shipped formula misconception is different, and the formula check says incorrect")
  func misconceptions() throws {
    var count = 0
    for exercise in try Catalogue.shipped().exercises {
      for part in exercise.parts {
        guard let kind = part.check as? FormulaKind else { continue }
        for m in kind.check.misconceptions {
          guard case .expression(_, let text) = m.match, !text.isEmpty else { continue }
          let node = AnswerNode.scalar(.init(text: text, lineStarts: [SourceLocation(line: 1, column: 1)]))
          let context = CheckContext(seed: 1, key: "\(exercise.id)/\(part.id)")
          let verdict = kind.check.identityVerdict(node, context: context)
          if case .equal? = verdict { Issue.record("\(exercise.id)/\(part.id) \(m.id) proved equal: \(text)") }
          let o = kind.check.check(node, context: context)
          #expect(o.verdict != .correct, "\(exercise.id)/\(part.id) \(m.id): \(text)")
          count += 1
        }
      }
    }
    #expect(count >= 20)
  }
}
