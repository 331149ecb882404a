import Catalogue
import Foundation
import Marking
import Reports

/// The reports of a class marked earlier (`softcheck mark DIR --format jsonl > class.jsonl`), timed
/// without the marking: the best of `runs` renderings of each format, and its size.
enum RenderBenchmark {
  static func run(jsonl path: String, runs: Int) {
    let results: [FileResult]
    do { results = try ResultLines.read(path) } catch { fatalError("\(error)") }
    let catalogue = MarkingBenchmarks.catalogue
    let clock = ContinuousClock()
    let summaryTime = clock.measure { _ = ClassSummary(results: results) }
    let summary = ClassSummary(results: results)
    print("render \(results.count) results from \(path); class summary \(milliseconds(summaryTime)) ms")
    let options = ReportFormat.Options(catalogue: catalogue)
    var pages: [(name: String, html: String)] = []
    var paged = Duration.seconds(1_000)
    for _ in 0..<runs { paged = min(paged, clock.measure { pages = HTMLReport.pages(summary, name: "class.html", catalogue: catalogue) }) }
    var best = Duration.seconds(1_000)
    for _ in 0..<runs {
      best = min(best, clock.measure { _ = HTMLReport.pages(summary, name: "class.html", catalogue: catalogue, studentPages: false) })
    }
    print("html class page alone: best of \(runs) \(milliseconds(best)) ms")
    print("html, paged (every page): best of \(runs) \(milliseconds(paged)) ms for \(pages.count) pages; class page \(pages[0].html.utf8.count) bytes, "
          + "largest student page \(pages.dropFirst().map(\.html.utf8.count).max() ?? 0) bytes")
    for format in [ReportFormat.html, .csv, .json, .md] {
      var best = Duration.seconds(1_000)
      var bytes = 0
      for _ in 0..<runs {
        var text = ""
        let t = clock.measure { text = (try? format.render(summary, options)) ?? "" }
        best = min(best, t)
        bytes = text.utf8.count
      }
      print("\(format.rawValue): best of \(runs) \(milliseconds(best)) ms, \(bytes) bytes")
    }
  }

  static func milliseconds(_ d: Duration) -> String {
    String(format: "%.1f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15)
  }
}
