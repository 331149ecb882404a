/// A named workload for the benchmark harness.
///
/// `run(n)` performs `n` operations and returns a checksum derived from their results, so the
/// work cannot be optimised away and two implementations of the same loop can be compared.
/// The harness times `run(iterations)` several times and keeps the best (least disturbed) run.
struct Benchmark: Sendable {
  /// A dotted name, matched by `--filter`.
  var name: String
  /// Operations per timed run.
  var iterations: Int
  /// The name of another benchmark to report the time ratio against (`self / baseline`).
  var baseline: String?
  /// Performs `n` operations; returns a checksum of the results.
  var run: @Sendable (_ n: Int) -> Double

  init(_ name: String, iterations: Int, baseline: String? = nil, run: @escaping @Sendable (_ n: Int) -> Double) {
    self.name = name
    self.iterations = iterations
    self.baseline = baseline
    self.run = run
  }
}

/// The outcome of timing one benchmark.
struct Measurement {
  var benchmark: Benchmark
  /// Nanoseconds per operation in the fastest run.
  var bestNanosecondsPerOp: Double
  /// Nanoseconds per operation in the slowest run (to show the spread).
  var worstNanosecondsPerOp: Double
  /// The checksum the last run returned.
  var checksum: Double
}

/// Keeps a value alive and observable so the optimiser cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
  withUnsafeBytes(of: value) { bytes in
    for b in bytes { blackHoleSink &+= UInt(b) }
  }
}

nonisolated(unsafe) private var blackHoleSink: UInt = 0

extension Duration {
  var nanoseconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
  }
}

/// Times `benchmark`: one warm-up run of a tenth of the iterations, then `runs` timed runs.
func measure(_ benchmark: Benchmark, runs: Int) -> Measurement {
  let clock = ContinuousClock()
  blackHole(benchmark.run(max(1, benchmark.iterations / 10)))
  var best = Double.infinity
  var worst = 0.0
  var checksum = 0.0
  for _ in 0..<max(1, runs) {
    let start = clock.now
    checksum = benchmark.run(benchmark.iterations)
    let elapsed = (clock.now - start).nanoseconds
    blackHole(checksum)
    let perOp = elapsed / Double(benchmark.iterations)
    best = min(best, perOp)
    worst = max(worst, perOp)
  }
  return Measurement(benchmark: benchmark, bestNanosecondsPerOp: best, worstNanosecondsPerOp: worst, checksum: checksum)
}

/// Runs the benchmarks whose names contain `filter` (plus the baselines they are compared
/// with), printing one table row per benchmark as soon as it is measured.
func runBenchmarks(_ all: [Benchmark], filter: String?, runs: Int) -> [Measurement] {
  let matching = all.filter { filter.map($0.name.contains) ?? true }
  let needed = Set(matching.map(\.name) + matching.compactMap(\.baseline))
  let selected = all.filter { needed.contains($0.name) }
  if selected.isEmpty { return [] }

  let nameWidth = max(24, (selected.map(\.name.count).max() ?? 0) + 2)
  print(
    pad("benchmark", nameWidth) + lpad("iterations", 11) + lpad("ns/op", 11) + lpad("worst", 10)
      + lpad("ops/s", 11) + lpad("ratio", 8) + "  checksum")
  var results: [String: Measurement] = [:]
  var ordered: [Measurement] = []
  for benchmark in selected {
    let m = measure(benchmark, runs: runs)
    results[benchmark.name] = m
    ordered.append(m)
    var ratio = ""
    if let base = benchmark.baseline.flatMap({ results[$0] }) {
      ratio = fixed(m.bestNanosecondsPerOp / base.bestNanosecondsPerOp, 2)
    }
    print(
      pad(benchmark.name, nameWidth) + lpad(String(benchmark.iterations), 11)
        + lpad(fixed(m.bestNanosecondsPerOp, 1), 11) + lpad(fixed(m.worstNanosecondsPerOp, 1), 10)
        + lpad(rate(1e9 / m.bestNanosecondsPerOp), 11) + lpad(ratio, 8) + "  " + checksumText(m.checksum))
  }
  return ordered
}

// MARK: - Formatting (no Foundation)

private func pad(_ s: String, _ width: Int) -> String {
  s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
}

private func lpad(_ s: String, _ width: Int) -> String {
  s.count >= width ? " " + s : String(repeating: " ", count: width - s.count) + s
}

/// `x` with `digits` decimals, rounded half up (display only).
func fixed(_ x: Double, _ digits: Int) -> String {
  guard x.isFinite else { return String(x) }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let n = Int((abs(x) * scale).rounded())
  let whole = n / Int(scale)
  let frac = n % Int(scale)
  var text = String(whole)
  if digits > 0 {
    let f = String(frac)
    text += "." + String(repeating: "0", count: digits - f.count) + f
  }
  return (x < 0 && n != 0 ? "-" : "") + text
}

private func rate(_ perSecond: Double) -> String {
  if perSecond >= 1e6 { return fixed(perSecond / 1e6, 2) + " M" }
  if perSecond >= 1e3 { return fixed(perSecond / 1e3, 1) + " k" }
  return fixed(perSecond, 0)
}

private func checksumText(_ x: Double) -> String {
  x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
}
