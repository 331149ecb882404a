import ArgumentParser
import Catalogue
import Foundation
import Localization
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
  @OptionGroup var lang: LanguageOption

  func run() async throws {
    let language = lang.language
    let inputs = try AnswerFileList.expand(paths, extensions: [".yaml", ".yml", ".jsonl"], language: language)
    let answerFiles = inputs.filter { !$0.hasSuffix(".jsonl") }
    var results: [FileResult] = []
    for path in inputs where path.hasSuffix(".jsonl") {
      do { results += try ResultLines.read(path) } catch let failure as ResultLines.Failure {
        throw ValidationError(failure.description(in: language))
      }
    }
    if !answerFiles.isEmpty {
      let batch = BatchMarker(marker: Marker(catalogue: try catalogue.load(language: language), seed: seed))
      results += await batch.mark(answerFiles, progress: Progress.callback(files: answerFiles.count))
    }
    let summary = ClassSummary(results: results)
    let text: String
    switch format {
    case .html: text = HTMLReport.render(summary, language: language)
    case .md: text = MarkdownReport.render(summary, language: language)
    case .json: text = try ClassJSONReport.render(summary)
    case .csv: text = CSVReport.render(summary)
    case .junit: text = JUnitReport.render(summary, language: language)
    case .gradescope:
      guard summary.results.count == 1 else {
        throw ValidationError(language == .ko
          ? "gradescope 형식은 제출물 하나용입니다. 받은 파일: \(summary.results.count)개"
          : "the gradescope format is for one submission; got \(summary.results.count)")
      }
      text = try GradescopeReport.render(summary.results[0], language: language)
    }
    do { try AtomicFile.write(text, to: out, protecting: inputs) } catch let failure as AtomicFile.Failure {
      throw ValidationError(failure.message[language])
    }
    printError(language == .ko
      ? "softcheck: \(out) 에 썼습니다 (파일 \(summary.students)개)"
      : "softcheck: wrote \(out) (\(summary.students) file\(summary.students == 1 ? "" : "s"))")
  }
}
