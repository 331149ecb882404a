import Catalogue
import Foundation
import Marking
import Reports

#if canImport(Glibc)
import Glibc
#endif

/// The reports of a class marked earlier (`softcheck mark DIR --format jsonl > class.jsonl`), timed
/// without the marking: the best of `runs` renderings of each, wall-clock and CPU time (the CPU
/// time of the whole process, which a busy machine disturbs less), and the size.
enum RenderBenchmark {
  static func run(jsonl path: String, runs: Int) {
    let results: [FileResult]
    do { results = try ResultLines.read(path) } catch { fatalError("\(error)") }
    let catalogue = MarkingBenchmarks.catalogue
    let summary = ClassSummary(results: results)
    print("render \(results.count) results from \(path), best of \(runs)")
    var pages: [(name: String, html: String)] = []
    report("html class page alone", runs) {
      pages = HTMLReport.pages(summary, name: "class.html", catalogue: catalogue, studentPages: false)
    }
    report("html every page (paged)", runs) { pages = HTMLReport.pages(summary, name: "class.html", catalogue: catalogue) }
    print(
      "  \(pages.count) pages; class page \(pages[0].html.utf8.count) bytes, largest student page "
        + "\(pages.dropFirst().map(\.html.utf8.count).max() ?? 0) bytes")
    let options = ReportFormat.Options(catalogue: catalogue)
    for format in [ReportFormat.html, .csv, .json, .md] {
      var bytes = 0
      report("\(format.rawValue) as one file", runs) { bytes = ((try? format.render(summary, options)) ?? "").utf8.count }
      print("  \(bytes) bytes")
    }
  }

  /// Runs `body` `runs` times and prints its best wall-clock and best CPU time.
  static func report(_ name: String, _ runs: Int, _ body: () -> Void) {
    var wall = Double.infinity
    var cpu = Double.infinity
    for _ in 0..<runs {
      let (w0, c0) = (now(CLOCK_MONOTONIC), now(CLOCK_PROCESS_CPUTIME_ID))
      body()
      wall = min(wall, now(CLOCK_MONOTONIC) - w0)
      cpu = min(cpu, now(CLOCK_PROCESS_CPUTIME_ID) - c0)
    }
    print("\(name): " + String(format: "%.1f ms wall, %.1f ms CPU", wall * 1000, cpu * 1000))
  }

  static func now(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }
}
