import Exact
import SoftcheckTestSupport
import Testing

/// The binary64 layer decides only what it encloses soundly: every enclosure it builds holds the
/// value MPFR brackets at 256 bits, and what it cannot enclose it leaves to MPFR.
@Suite("binary64 intervals")
struct Binary64IntervalTests {
  /// SplitMix64: deterministic draws, so a failure names its case.
  struct Draws {
    var source: SplitMix
    init(state: UInt64) { source = SplitMix(state: state) }
    mutating func next() -> UInt64 { source.next() }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    /// Small and large rationals, both signs, sometimes past 2^53 so the GMP path is taken.
    mutating func rational() -> Rational {
      let big = below(5) == 0
      let n = Int(next() % (big ? UInt64(1) << 62 : 1000)) - (big ? 1 << 61 : 500)
      let d = Int(next() % (big ? UInt64(1) << 60 : 97)) + 1
      return Rational(n, d)
    }
  }

  /// A random computed value over `depth` levels of every operation the layer encloses.
  static func value(_ draws: inout Draws, depth: Int) throws -> RealValue {
    if depth == 0 { return .rational(draws.rational()) }
    let a = try value(&draws, depth: depth - 1)
    switch draws.below(9) {
    case 0: return try .sum(a, try value(&draws, depth: depth - 1))
    case 1: return try .product(a, try value(&draws, depth: depth - 1))
    case 2: return try .quotient(a, .sum(.exp(a), .rational(Rational(1, 3))))
    case 3: return try .exp(.quotient(a, .sum(.magnitude(a), .rational(1))))
    case 4: return try .log(.sum(.magnitude(a), .rational(Rational(1, 7))))
    case 5: return try .squareRoot(.magnitude(a))
    case 6: return try .maximum(a, try value(&draws, depth: depth - 1))
    case 7: return try .power(a, .rational(Rational(draws.below(5) + 1)))
    default: return .negation(a)
    }
  }

  @Test("every binary64 enclosure holds MPFR's 256-bit enclosure of the same value")
  func soundAgainstMPFR() throws {
    var draws = Draws(state: 2026)
    var enclosed = 0
    for _ in 0..<3000 {
      let v = try Self.value(&draws, depth: draws.below(5))
      guard let fast = v.binary64Enclosure, let precise = try? v.enclosure(precision: 256),
        let outward = Binary64Interval(precise)
      else { continue }
      enclosed += 1
      // MPFR's box is far narrower than one binary64 step: rounded outward to doubles it is the
      // pair of doubles around the true value, and a sound enclosure holds both.
      #expect(fast.lower <= outward.lower && outward.upper <= fast.upper, "\(fast) does not hold \(outward)")
    }
    #expect(enclosed > 2000, "only \(enclosed) of 3000 values were enclosed in binary64")
  }

  @Test("a decided sign is the sign MPFR certifies")
  func signsAgree() throws {
    var draws = Draws(state: 7)
    for _ in 0..<1000 {
      let a = try Self.value(&draws, depth: 2)
      let b = try Self.value(&draws, depth: 2)
      guard let d = try? RealValue.difference(a, b), let s = d.binary64Enclosure?.sign,
        let precise = try? d.enclosure(precision: 256).sign
      else { continue }
      #expect(s == precise)
    }
  }

  @Test("near-ties and equal values are left to MPFR, and a comparison says which layer decided")
  func nearTiesGoOn() throws {
    // 1/(1+exp(-1/5)) and exp(1/5)/(exp(1/5)+1) are equal: binary64 cannot decide them.
    let fifth = RealValue.rational(Rational(1, 5))
    let a = try RealValue.quotient(.rational(1), .sum(.rational(1), .exp(.negation(fifth))))
    let b = try RealValue.quotient(.exp(fifth), .sum(.exp(fifth), .rational(1)))
    #expect(try RealValue.difference(a, b).binary64Enclosure?.sign == nil)
    #expect(try RealValue.compare(a, b, limits: .init(maxPrecision: 256)).order == nil)
    // exp(1/5) against 1 + 1/5 + 1/50 + 1/750 + 10^-20: apart by about 7e-5, decided in binary64.
    let series = RealValue.rational(Rational(1) + Rational(1, 5) + Rational(1, 50) + Rational(1, 750))
    let near = try RealValue.compare(.exp(fifth), series)
    #expect(near.order == 1 && near.method == .certified(bits: 53))
    // Apart by 10^-30: binary64 cannot see it; MPFR decides at a higher precision.
    let tiny = try RealValue.sum(a, .rational(Rational(1, 1_000_000_000_000_000) * Rational(1, 1_000_000_000_000_000)))
    let close = try RealValue.compare(tiny, a)
    #expect(close.order == 1)
    #expect(close.method != .certified(bits: 53))
  }

  @Test("what binary64 cannot enclose soundly is nil, never a wrong bound")
  func refusals() throws {
    let huge = try RealValue.exp(.rational(Rational(1000)))
    #expect(huge.binary64Enclosure == nil)  // e^1000 overflows binary64
    let aroundZero = try RealValue.difference(.exp(.rational(Rational(1, 3))), .exp(.rational(Rational(1, 3))))
    #expect(try RealValue.log(.sum(aroundZero, .rational(Rational(1, 1 << 60)))).binary64Enclosure == nil)
    #expect(Binary64Interval(Rational(1, 3))!.lower < 1.0 / 3 && 1.0 / 3 < Binary64Interval(Rational(1, 3))!.upper)
  }
}
