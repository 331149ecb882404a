import Exact
import SoftcheckTestSupport
import Testing

/// Sums of logs of small numbers merge their sorted prime terms instead of refining a coprime
/// basis; the result must be the basis's, term for term.
@Suite("log-linear sums of small primes")
struct LogLinearMergeTests {
  /// `c·log(n/d)` with small parts, in nats or bits.
  static func term(_ draws: inout SplitMix, base: LogLinear.Base) throws -> LogLinear {
    let n = Int(draws.next() % 60) + 1
    let d = Int(draws.next() % 60) + 1
    let c = Rational(Int(draws.next() % 9) - 4, Int(draws.next() % 5) + 1)
    return try LogLinear.log(Rational(n, d), base: base).scaled(by: c)
  }

  @Test("a + b merged equals a + b refined through a large prime's log, in both bases", arguments: [LogLinear.Base.e, .two])
  func mergeIsRefinement(base: LogLinear.Base) throws {
    var draws = SplitMix(state: 314)
    // log(1000003): a prime above 1000², so sums with it take the coprime basis.
    let large = try LogLinear.log(Rational(1_000_003), base: base)
    for _ in 0..<400 {
      let a = try (0..<3).reduce(LogLinear(.zero, base: base)) { s, _ in try LogLinear.sum(s, try Self.term(&draws, base: base)) }
      let b = try (0..<3).reduce(LogLinear(.zero, base: base)) { s, _ in try LogLinear.sum(s, try Self.term(&draws, base: base)) }
      let merged = try LogLinear.sum(a, b)
      let refined = try LogLinear.difference(try LogLinear.sum(try LogLinear.sum(a, large), b), large)
      #expect(merged == refined, "\(a) + \(b)")
      #expect(try LogLinear.difference(merged, b) == a)
    }
  }

  @Test(
    "log(n/d) factored by trial division equals log(P·n/d) − log(P) refined through the prime P",
    arguments: [LogLinear.Base.e, .two])
  func factoringIsRefinement(base: LogLinear.Base) throws {
    var draws = SplitMix(state: 2718)
    let large = try LogLinear.log(Rational(1_000_003), base: base)
    for _ in 0..<400 {
      let n = Int(draws.next() % 5_000_000) + 1
      let d = Int(draws.next() % 5_000) + 1
      let factored = try LogLinear.log(Rational(n, d), base: base)
      let refined = try LogLinear.difference(try LogLinear.log(Rational(n * 1_000_003, d), base: base), large)
      #expect(factored == refined, "log(\(n)/\(d))")
    }
  }
}
