import Checks
import Exact
import Identity
import Language
import Sampling
import Testing

/// Same input, same output; bounded work; unsupported expressions give up cleanly.
@Suite("Identity: determinism and limits")
struct LimitsTests {
  let x = variables(["x": .realVector, "lambda": .positive])

  @Test("the same input gives the same verdict, points and degree, seed after seed")
  func deterministic() throws {
    let a = "max(x) + log(sum(exp(lambda*(x - max(x)))))/lambda"
    let r = "log(sum(exp(lambda*x)))/lambda"
    let first = try decide(a, r, x)
    for _ in 0..<3 { #expect(try decide(a, r, x) == first) }
    guard case .equal(let points, let degree, let regions) = first else {
      Issue.record("\(first)")
      return
    }
    #expect(points >= 2 * regions)
    #expect(degree > 0)
  }

  @Test("points needed: ε^k < 2^-100, ε = (⌊B/61⌋·2^11 + D)/2^60")
  func pointsNeeded() throws {
    #expect(try IdentityTest.pointsNeeded(degree: 1, bits: 0) == 2)
    #expect(try IdentityTest.pointsNeeded(degree: 512, bits: 60) == 2)
    #expect(try IdentityTest.pointsNeeded(degree: 1 << 20, bits: 60) == 3)
    // Coefficients of 2,000 bits may be divisible by 32 primes above 2^61: ε < 2^-43.
    #expect(try IdentityTest.pointsNeeded(degree: 64, bits: 2_000) == 3)
    #expect(try IdentityTest.pointsNeeded(degree: 64, bits: 61 << 30) == 6)
    #expect(throws: GiveUp.self) { try IdentityTest.pointsNeeded(degree: 64, bits: 1 << 40) }
  }

  @Test(
    "a recurring reference is mapped once per process: same verdicts, same units, hit or miss",
    arguments: [
      ("max(x) + log(sum(exp(x - max(x))))", "log(sum(exp(x)))"), ("softmax(x)", "exp(x)/sum(exp(x))"),
      ("abs(lambda - 1)", "max(lambda - 1, 1 - lambda)"), ("sum(x^2)", "sum(x)^2"),
    ])
  func recurringReference(_ answer: String, _ reference: String) throws {
    let (a, r) = (try expr(answer), try expr(reference))
    func run(recurs: Bool) -> (IdentityTest.Verdict, Int) {
      let meter = WorkMeter(limit: 5_000_000)
      var random = RandomSource(seed: 7, key: answer, index: 0)
      let v = WorkMeter.$current.withValue(meter) {
        IdentityTest(variables: x, dimensions: 2...4).decide(a, r, referenceRecurs: recurs, random: &random)
      }
      return (v, meter.spent)
    }
    let fresh = run(recurs: false)
    let (miss, hit) = (run(recurs: true), run(recurs: true))
    #expect(fresh.0 == miss.0 && miss.0 == hit.0)
    #expect(fresh.1 == miss.1 && miss.1 == hit.1)
  }

  @Test("a big expression gives up within its budget, and charges the part's meter")
  func bigGivesUp() throws {
    let big = "(sum(exp(x)) + sum(exp(2*x)) + sum(exp(3*x)) + 1)^40"
    let meter = WorkMeter(limit: 5_000_000)
    let v = try WorkMeter.$current.withValue(meter) { try decide(big, big + " + 0", x, dimensions: 2...6) }
    guard case .undecided = v else {
      Issue.record("\(v)")
      return
    }
    #expect(meter.spent > 0)
    #expect(meter.spent <= IdentityTest.maxUnits + 100_000)
  }

  @Test("a spent meter stops the test at once")
  func spentMeter() throws {
    let meter = WorkMeter(limit: 10)
    meter.record(11)
    let v = try WorkMeter.$current.withValue(meter) { try decide("softmax(x)", "exp(x)/sum(exp(x))", x) }
    guard case .undecided = v else {
      Issue.record("\(v)")
      return
    }
    #expect(meter.spent == 11)
  }

  /// A part checked ahead of its turn runs under a higher limit than in file order; it must do
  /// the same work, or its verdict could depend on the number of cores.
  @Test("the test does the same work whatever limit the part has left")
  func sameWorkUnderAnyLimit() throws {
    func run(_ limit: Int) throws -> (String, Int) {
      let meter = WorkMeter(limit: limit)
      let v = try WorkMeter.$current.withValue(meter) { try decide("softmax(x)", "exp(x)/sum(exp(x))", x) }
      return ("\(v)", meter.spent)
    }
    let free = try run(5_000_000)
    #expect(free.0.hasPrefix("equal"))
    for limit in [10, 1_000, free.1 - 1] { #expect(try run(limit) == free) }
  }

  @Test(
    "functions outside the mapped class give up",
    arguments: ["floor(lambda)", "argmax(x)", "factorial(3)", "huffman_lengths([1/2, 1/2])"])
  func unsupported(_ e: String) throws {
    guard case .undecided = try decide(e, e, x) else {
      Issue.record("\(e) was decided")
      return
    }
  }

  @Test("shapes that differ are different")
  func shapes() throws {
    #expect(try decide("softmax(x)", "sum(softmax(x))", x) == .different)
  }
}

/// Answers written to make the identity test work: each ends within the part's budget, and the
/// formula check's verdict is the sampled one.
@Suite("Identity: hostile answers")
struct HostileIdentityTests {
  @Test(
    "huge expansions, powers, nests and exponents end within budget",
    arguments: [
      "(a + b + lambda + 1)^64", "exp(exp(exp(exp(exp(exp(a))))))", "exp(1000000*a)/exp(999999*a)",
      "log(" + String(repeating: "(a + 1)*", count: 60) + "1)", "max(a, b, lambda)", "2^(2^(2^a))",
      "(" + (1...40).map { "exp(\($0)*a)" }.joined(separator: " + ") + ")^8",
    ])
  func hostile(_ answer: String) throws {
    let meter = WorkMeter(limit: 5_000_000)
    _ = try WorkMeter.$current.withValue(meter) {
      try decide(answer, "a", variables(["a": .real, "b": .real, "lambda": .positive]))
    }
    // The test stops at the first polynomial operation that would pass its limit; the exact
    // arithmetic inside the last one is charged as it happens, so it may end a little past it.
    #expect(meter.spent <= IdentityTest.maxUnits + IdentityTest.maxUnits / 100)
  }
}
