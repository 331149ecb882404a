import ArgumentParser
import Catalogue
import Foundation
import Localization
import Marking
import Reports

struct Report: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: helpText("Mark a class and write the instructor's report.",
                       "한 반의 답안을 채점하고 교수자용 보고서를 씁니다."),
    discussion: helpText(
      "PATH may be answer files, folders (recursive), or .jsonl results of earlier `mark --format jsonl` runs, so shards merge into one report.",
      "PATH 로는 답안 파일, 폴더 (하위 폴더 포함), 또는 앞서 `mark --format jsonl` 로 얻은 .jsonl 결과를 줄 수 있습니다. 그래서 나누어 채점한 결과를 보고서 하나로 합칠 수 있습니다."))

  enum Format: String, ExpressibleByArgument, CaseIterable { case html, md, json, csv, junit, gradescope }

  @Argument(help: argumentHelp("Answer files, folders, or .jsonl results.", "답안 파일, 폴더, 또는 .jsonl 결과."))
  var paths: [String]

  @Option(help: argumentHelp("Where to write the report (written atomically).", "보고서를 쓸 파일 (원자적으로 씁니다).", valueName: "file"))
  var out: String

  @Option(help: argumentHelp("Report format.", "보고서 형식."))
  var format: Format = .html

  @Option(help: argumentHelp("Seed for sampled checks.", "표본 점 검사의 시드."))
  var seed: UInt64 = Marker.defaultSeed

  @Flag(help: argumentHelp("In a folder, also read links to files outside it (skipped by default, with a note).",
                          "폴더 안에서 폴더 밖의 파일을 가리키는 링크도 읽습니다 (기본은 알리고 건너뜁니다)."))
  var allowOutsideLinks = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func run() async throws {
    let language = lang.language
    let inputs = try AnswerFileList.expand(paths, extensions: ["yaml", "yml", "jsonl"], allowOutsideLinks: allowOutsideLinks,
                                           language: language)
    let answerFiles = inputs.filter { !$0.lowercased().hasSuffix(".jsonl") }
    var results: [FileResult] = []
    for path in inputs where path.lowercased().hasSuffix(".jsonl") {
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
    case .json: text = try ClassJSONReport.render(summary, language: language)
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
