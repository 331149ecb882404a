import CGMPBenchLoop
import Exact

/// Benchmarks of the exact core: `Rational` addition against the same loops in C, and exact
/// sign decisions of the kind the value checks make.
enum ExactBenchmarks {
  static var all: [Benchmark] { rationalSums + entropySigns + nearTies + enclosures }

  // MARK: - Rational addition vs C on GMP

  /// The fractions of the C loop: (k%7+1)/(k%5+2), k = 0..<35 (denominators ≤ 6, so the
  /// accumulator stays within one limb because it is reset every 1024 steps).
  static let fractions: [Rational] = (0..<35).map { k in Rational(k % 7 + 1, k % 5 + 2) }

  static let rationalSums: [Benchmark] = [
    Benchmark("rational.add.inplace.c", iterations: 1_000_000) { n in
      cgmp_bench_sum_in_place(n)
    },
    Benchmark("rational.add.inplace.swift", iterations: 1_000_000, baseline: "rational.add.inplace.c") { n in
      let xs = fractions
      let zero = Rational.zero
      var acc = Rational.zero
      for i in 0..<n {
        acc += xs[i % 35]
        // Reset in place, as the C loop's mpq_set_si(acc, 0, 1) does: `acc = .zero` would
        // share storage with the constant and make the next `+=` copy.
        if i & 1023 == 1023 { acc *= zero }
      }
      return acc.doubleValue
    },
    Benchmark("rational.add.fresh.c", iterations: 1_000_000) { n in
      cgmp_bench_sum_fresh(n)
    },
    Benchmark("rational.add.fresh.swift", iterations: 1_000_000, baseline: "rational.add.fresh.c") { n in
      let xs = fractions
      var acc = Rational.zero
      for i in 0..<n {
        acc = acc + xs[i % 35]
        if i & 1023 == 1023 { acc = .zero }
      }
      return acc.doubleValue
    },
  ]

  // MARK: - Exact sign decisions on entropies

  /// Pairs of small rational distributions whose entropies a learner might be asked to order.
  /// The last pair is a permutation: equal entropies, decided structurally.
  static let distributionPairs: [([Rational], [Rational])] = [
    ([Rational(1, 2), Rational(1, 4), Rational(1, 4)], [Rational(1, 3), Rational(1, 3), Rational(1, 3)]),
    ([Rational(1, 5), Rational(4, 5)], [Rational(1, 4), Rational(3, 4)]),
    (
      [Rational(1, 10), Rational(2, 10), Rational(3, 10), Rational(4, 10)],
      [Rational(1, 4), Rational(1, 4), Rational(1, 4), Rational(1, 4)]
    ),
    ([Rational(1, 8), Rational(7, 8)], [Rational(1, 6), Rational(5, 6)]),
    ([Rational(2, 5), Rational(2, 5), Rational(1, 5)], [Rational(1, 2), Rational(1, 3), Rational(1, 6)]),
    ([Rational(1, 2), Rational(1, 4), Rational(1, 4)], [Rational(1, 4), Rational(1, 2), Rational(1, 4)]),
  ]

  /// `-Σ p·log2 p`, exactly.
  static func entropyInBits(_ distribution: [Rational]) throws -> LogLinear {
    var h = LogLinear(.zero, base: .two)
    for p in distribution where !p.isZero {
      h = try LogLinear.sum(h, try LogLinear.log(p, base: .two).scaled(by: -p))
    }
    return h
  }

  /// The differences `H(p) − H(q)`, built once, for the sign-only benchmark.
  static let entropyDifferences: [LogLinear] = distributionPairs.map { p, q in
    try! LogLinear.difference(entropyInBits(p), entropyInBits(q))
  }

  /// Sums `sign · weight` so a wrong sign changes the checksum.
  static func signChecksum(_ signs: [Int]) -> Double {
    Double(signs.enumerated().reduce(0) { $0 + $1.element * ($1.offset + 1) })
  }

  static let entropySigns: [Benchmark] = [
    // Build both entropies from the distributions, subtract, and decide the sign.
    Benchmark("sign.entropy.build+decide", iterations: 20_000) { n in
      var total = 0
      for i in 0..<n {
        let (p, q) = distributionPairs[i % distributionPairs.count]
        guard let d = try? LogLinear.difference(entropyInBits(p), entropyInBits(q)),
          let s = try? d.signum()
        else { return .nan }
        total += s.sign * (i % distributionPairs.count + 1)
      }
      return Double(total)
    },
    // The sign of an already built difference (the MPFR bracket, or exact zero).
    Benchmark("sign.entropy.decide", iterations: 100_000) { n in
      let ds = entropyDifferences
      var total = 0
      for i in 0..<n {
        guard let s = try? ds[i % ds.count].signum() else { return .nan }
        total += s.sign * (i % ds.count + 1)
      }
      return Double(total)
    },
    // 5/3 − log2 3 > 0, by the MPFR bracket at 64 bits.
    Benchmark("sign.5/3-log2(3)", iterations: 100_000) { n in
      let form = try! LogLinear.difference(
        LogLinear(Rational(5, 3), base: .two),
        LogLinear.log(Rational(3), base: .two))
      var total = 0
      for _ in 0..<n {
        guard let s = try? form.signum() else { return .nan }
        total += s.sign
      }
      return Double(total)
    },
  ]

  // MARK: - Near ties: a − b·log2 3 at the convergents of log2 3

  static func nearTie(_ a: Int, _ b: Int) -> LogLinear {
    try! LogLinear.log(Rational(3), base: .two).scaled(by: Rational(-b)).adding(Rational(a))
  }

  static func signLoop(_ form: LogLinear, limits: ExactLimits) -> @Sendable (Int) -> Double {
    { n in
      var total = 0
      for _ in 0..<n {
        guard let s = try? form.signum(limits: limits) else { return .nan }
        total += s.sign
      }
      return Double(total)
    }
  }

  /// The MPFR bracket (the default path) and, with the precision ceiling below the first
  /// bracket, the exact integer-power comparison (2^1054 vs 3^665).
  static let nearTies: [Benchmark] = [
    Benchmark(
      "neartie.84-53log2(3).mpfr", iterations: 100_000,
      run: signLoop(nearTie(84, 53), limits: .standard)),
    Benchmark(
      "neartie.84-53log2(3).intpow", iterations: 100_000,
      run: signLoop(nearTie(84, 53), limits: ExactLimits(maxPrecision: 32))),
    Benchmark(
      "neartie.1054-665log2(3).mpfr", iterations: 100_000,
      run: signLoop(nearTie(1054, 665), limits: .standard)),
    Benchmark(
      "neartie.1054-665log2(3).intpow", iterations: 20_000,
      run: signLoop(nearTie(1054, 665), limits: ExactLimits(maxPrecision: 32))),
  ]

  // MARK: - Where the MPFR bracket's time goes

  static let enclosures: [Benchmark] = [
    // One certified enclosure of log2 3 at 64 bits (two directed mpfr_log2 calls plus boxes).
    Benchmark("enclosure.log2(3)@64", iterations: 100_000) { n in
      let form = try! LogLinear.log(Rational(3), base: .two)
      var total = 0.0
      for _ in 0..<n { total += form.enclosure(precision: 64).width }
      return total * 1e18
    },
    // The same at 256 bits.
    Benchmark("enclosure.log2(3)@256", iterations: 20_000) { n in
      let form = try! LogLinear.log(Rational(3), base: .two)
      var total = 0.0
      for _ in 0..<n { total += form.enclosure(precision: 256).width }
      return total * 1e75
    },
  ]
}
