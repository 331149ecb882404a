// softcheck-bench: micro-benchmarks of the exact core, with the same loops in C for reference.
//
//   swift build -c release --product softcheck-bench && .build/release/softcheck-bench
//   .build/release/softcheck-bench --filter rational --runs 9
//   .build/release/softcheck-bench --filter process. --runs 3   (whole processes: the issue's table)
//
// Each benchmark runs `iterations` operations per run; the table shows the best of the runs
// (default 5) in ns per operation, the worst for the spread, and, for benchmarks with a
// baseline, the ratio of their best time to the baseline's (Swift / C). To add benchmarks
// (e.g. for the answer parser), append a list of `Benchmark` values to `benchmarks` below.

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let benchmarks: [Benchmark] =
  ExactBenchmarks.all + MarkingBenchmarks.all + IdentityBenchmarks.all + CatalogueBenchmarks.all
  + EvaluationBenchmarks.all + ClassBenchmark.all
  + ProcessBenchmarks.all

var filter: String?
var runs = 5
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "--filter":
    guard let value = arguments.popFirst() else { fatalError("--filter needs a substring") }
    filter = value
  case "--runs":
    guard let value = arguments.popFirst().flatMap({ Int($0) }), value > 0 else { fatalError("--runs needs a positive integer") }
    runs = value
  case "--make-class":
    // Writes a generated class for timing the CLI itself: `--make-class DIR N`.
    guard let dir = arguments.popFirst(), let n = arguments.popFirst().flatMap({ Int($0) }) else {
      fatalError("--make-class DIR N")
    }
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    do { try ClassBenchmark.makeClass(count: n, in: dir) } catch { fatalError("\(error)") }
    print("wrote \(n) answer files to \(dir)")
    exit(0)
  case "--render-class":
    // Times the class reports alone on results marked earlier: `--render-class FILE.jsonl`.
    guard let path = arguments.popFirst() else { fatalError("--render-class FILE.jsonl") }
    RenderBenchmark.run(jsonl: path, runs: runs)
    exit(0)
  case "--list":
    for b in benchmarks { print(b.name) }
    exit(0)
  case "-h", "--help":
    print(
      "usage: softcheck-bench [--filter SUBSTRING] [--runs N] [--list] | --make-class DIR N | [--runs N] --render-class FILE.jsonl"
    )
    exit(0)
  default:
    print("unknown argument \(argument); try --help")
    exit(64)
  }
}

print("softcheck-bench: best of \(runs) runs" + (filter.map { ", filter \"\($0)\"" } ?? ""))
let results = runBenchmarks(benchmarks, filter: filter, runs: runs)
if results.isEmpty { print("no benchmark matches \"\(filter ?? "")\"; try --list") }
