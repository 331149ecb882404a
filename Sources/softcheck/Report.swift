import ArgumentParser
import Catalogue
import Foundation
import Marking
import Reports

struct Report: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Mark a class and write the instructor's report.",
    discussion: "PATH may be answer files, folders (recursive), or .jsonl results of earlier `mark --format jsonl` runs, so shards merge into one report.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case html, md, json, csv, junit, gradescope }

  @Argument(help: "Answer files, folders, or .jsonl results.")
  var paths: [String]

  @Option(help: ArgumentHelp("Where to write the report (written atomically).", valueName: "file"))
  var out: String

  @Option(help: "Report format.")
  var format: Format = .html

  @Option(help: "Seed for sampled checks.")
  var seed: UInt64 = Marker.defaultSeed

  @OptionGroup var catalogue: CatalogueOptions

  func run() async throws {
    let inputs = try AnswerFileList.expand(paths, extensions: [".yaml", ".yml", ".jsonl"])
    let answerFiles = inputs.filter { !$0.hasSuffix(".jsonl") }
    var results: [FileResult] = []
    for path in inputs where path.hasSuffix(".jsonl") {
      do { results += try ResultLines.read(path) } catch { throw ValidationError("\(error)") }
    }
    if !answerFiles.isEmpty {
      let batch = BatchMarker(marker: Marker(catalogue: try catalogue.load(), seed: seed))
      results += await batch.mark(answerFiles, progress: Progress.callback(files: answerFiles.count))
    }
    let summary = ClassSummary(results: results)
    let text: String
    switch format {
    case .html: text = HTMLReport.render(summary)
    case .md: text = MarkdownReport.render(summary)
    case .json: text = try ClassJSONReport.render(summary)
    case .csv: text = CSVReport.render(summary)
    case .junit: text = JUnitReport.render(summary)
    case .gradescope:
      guard summary.results.count == 1 else {
        throw ValidationError("the gradescope format is for one submission; got \(summary.results.count)")
      }
      text = try GradescopeReport.render(summary.results[0])
    }
    do { try AtomicFile.write(text, to: out, protecting: inputs) } catch { throw ValidationError("\(error)") }
    printError("softcheck: wrote \(out) (\(summary.students) file\(summary.students == 1 ? "" : "s"))")
  }
}
