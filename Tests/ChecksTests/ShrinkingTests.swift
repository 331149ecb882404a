import Checks
import Exact
import Language
import Sampling
import Testing

@Suite("Counterexamples are shrunk toward small, simple inputs")
struct ShrinkingTests {
  @Test("softmin = -log(exp(a) + exp(b)) fails at a small integer point")
  func softminSign() throws {
    let check = try formula(ab, "-log(exp(-a) + exp(-b))")
    let outcome = check.check(scalar("-log(exp(a) + exp(b))"), context: context)
    #expect(outcome.verdict == .incorrect)
    let c = try #require(outcome.counterexample)
    // Both coordinates shrink to integers of magnitude at most 1.
    for name in ["a", "b"] {
      let v = try #require(c[name])
      #expect(["0", "1", "-1"].contains(v), "\(name) = \(v)")
    }
    #expect(outcome.replay?.hasPrefix("test/part@1#") == true)
  }

  @Test("hessian = diag(p) fails in dimension 2 at simple logits")
  func hessianDiagOnly() throws {
    let check = try formula([Variable(name: "o", domain: .logits)], "diag(softmax(o)) - outer(softmax(o), softmax(o))")
    let outcome = check.check(scalar("diag(softmax(o))"), context: context)
    #expect(outcome.verdict == .incorrect)
    let o = try #require(outcome.counterexample?["o"])
    #expect(o == "[0, 0]", "shrunk to \(o)")
  }

  @Test("KL is not symmetric: the property check shrinks to two-point distributions")
  func klSymmetric() throws {
    let pq = [Variable(name: "p", domain: .simplex), Variable(name: "q", domain: .simplex)]
    let claim = PropertyCheck(variables: pq, claim: try relation("kl(p, q) = kl(q, p)"))
    let report = claim.run(cases: 64, context: context)
    #expect(!report.holds)
    let c = try #require(report.counterexample)
    let p = try #require(c["p"])
    let q = try #require(c["q"])
    // Dimension 2, and each side simple.
    #expect(p.split(separator: ",").count == 2 && q.split(separator: ",").count == 2, "p = \(p), q = \(q)")
    #expect(p.count <= 12 && q.count <= 12, "p = \(p), q = \(q)")
  }

  @Test("the same seed gives the same counterexample; replaying its case reproduces the verdict")
  func determinismAndReplay() throws {
    let check = try formula(ab, "-log(exp(-a) + exp(-b))")
    let first = check.check(scalar("-log(exp(a) + exp(b))"), context: context)
    let second = check.check(scalar("-log(exp(a) + exp(b))"), context: context)
    #expect(first.counterexample == second.counterexample)
    #expect(first.replay == second.replay)
    let token = try #require(first.replay)
    let parsed = try #require(CheckContext.parse(token: token))
    #expect(parsed.key == "test/part" && parsed.seed == 1)
    let replayed = check.check(
      scalar("-log(exp(a) + exp(b))"),
      context: CheckContext(seed: parsed.seed, key: parsed.key, replayCase: parsed.index))
    #expect(replayed.verdict == .incorrect)
    #expect(replayed.replay == token)
  }

  @Test("a different seed draws different random inputs")
  func seedsDiffer() {
    let a = Sampler(variables: ab, seed: 1, key: "k").sample(20)
    let b = Sampler(variables: ab, seed: 2, key: "k").sample(20)
    #expect(a.texts != b.texts)
    #expect(Sampler(variables: ab, seed: 1, key: "k").sample(20).texts == a.texts)
  }
}
