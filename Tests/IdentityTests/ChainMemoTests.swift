import AnswerDocument
import Catalogue
import Checks
import Exact
import Language
import Sampling
import Testing

/// Chains reuse values, decisions, passes and identity verdicts that earlier chains of the part
/// computed (``MeteredMemo``): a reuse must give the outcome and charge the work a fresh
/// computation would, under any budget, and chains that differ in structure must not share.
@Suite("Chain memo")
struct ChainMemoTests {
  static func node(_ lines: [String]) -> AnswerNode {
    .scalar(.init(text: lines.joined(separator: "\n"), lineStarts: lines.indices.map { SourceLocation(line: $0 + 1, column: 1) }))
  }

  /// Checks `lines` under a meter of `limit` units: the outcome and the units charged.
  static func check(_ part: Part, _ lines: [String], seed: UInt64, limit: Int) -> (CheckOutcome, Int) {
    let meter = WorkMeter(limit: limit)
    let context = CheckContext(seed: seed, key: "kl-nonnegative/proof")
    let outcome = WorkMeter.$current.withValue(meter) { part.check.check(node(lines), context: context) }
    return (outcome, meter.spent)
  }

  static let chains: [[String]] = [
    ["sum(p * log(p / q)) = -sum(p * log(q / p))", ">= -log(sum(p * (q / p)))", "= -log(sum(q))", "= 0"],
    ["sum(p*log(p/q)) = sum(p*log(q/p))", ">= 0  # log(1 + t) > 0 for t > 0"],
    ["sum(p*log(p/q)) = -sum(p*log(q/p))", ">= 0"],
  ]

  @Test("a reused chain is judged and charged as a fresh one, under every budget", arguments: chains.indices)
  func reuseIsFresh(_ index: Int) throws {
    let part = try #require(try Catalogue.shipped().exercise("kl-nonnegative")?.part("proof"))
    let lines = Self.chains[index]
    let seed = UInt64(90_000 + index)
    let (_, full) = Self.check(part, lines, seed: seed + 1000, limit: .max)
    #expect(full > 0)
    // Budgets that run out before, inside and after the work, each first on a fresh seed
    // (nothing cached), then again once an unlimited check has filled the memo.
    for limit in [full / 10, full / 2, full - 1, full, 2 * full] {
      let s = seed + UInt64(limit) * 7
      let fresh = Self.check(part, lines, seed: s, limit: limit)
      _ = Self.check(part, lines.map { $0.replacingOccurrences(of: " ", with: "") }, seed: s, limit: .max)
      let reused = Self.check(part, lines, seed: s, limit: limit)
      #expect(reused.1 == fresh.1, "limit \(limit)")
      #expect(reused.0.verdict == fresh.0.verdict, "limit \(limit)")
      #expect(reused.0.feedback.map(\.id) == fresh.0.feedback.map(\.id), "limit \(limit)")
      #expect(reused.0.feedback.map(\.text.en) == fresh.0.feedback.map(\.text.en), "limit \(limit)")
      #expect(reused.0.counterexample == fresh.0.counterexample, "limit \(limit)")
      #expect(reused.0.replay == fresh.0.replay, "limit \(limit)")
    }
  }

  @Test("chains that read alike but differ in structure are judged apart")
  func structureKeepsApart() throws {
    let part = try #require(try Catalogue.shipped().exercise("kl-nonnegative")?.part("proof"))
    // `-(a + b)` and `(-a) + b` are written alike by `writtenText`; their values differ.
    let right = ["sum(p*log(p/q)) = -(sum(p*log(q/p)) + 0)", ">= 0"]
    let wrong = ["sum(p*log(p/q)) = (-sum(p*log(q/p))) + 1", ">= 0"]
    let (r, _) = Self.check(part, right, seed: 7, limit: .max)
    let (w, _) = Self.check(part, wrong, seed: 7, limit: .max)
    #expect(r.verdict != .incorrect, "\(r.feedback.map(\.text.en))")
    #expect(w.verdict == .incorrect, "\(w.feedback.map(\.text.en))")
  }

  @Test("structural keys tell apart what written text runs together")
  func structuralKeys() throws {
    let a = try Parser.expression("-(a + b)", limits: .standard)
    let b = try Parser.expression("(-a) + b", limits: .standard)
    let c = try Parser.expression("- ( a+b )", limits: .standard)
    #expect(a.structuralKey != b.structuralKey)
    #expect(a.structuralKey == c.structuralKey)
  }
}
