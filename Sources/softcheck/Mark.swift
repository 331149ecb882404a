import ArgumentParser
import Catalogue
import Checks
import Foundation
import Localization
import Marking
import Reports

struct Mark: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Mark answer files (a folder means every .yaml/.yml file in it, recursively).",
    discussion: "Exit status: 0 when every part of every file is correct, 1 when some part is not or some file is invalid, 2 for a usage error or when no input could be read.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

  @Argument(help: "Answer files or folders.")
  var paths: [String]

  @Option(help: "Output format.")
  var format: Format = .text

  @Option(help: "Seed for sampled checks (default \(Marker.defaultSeed)); the same seed always gives the same verdicts.")
  var seed: UInt64 = Marker.defaultSeed

  @Flag(help: "Show the reference answers in the feedback.")
  var reveal = false

  @Option(help: ArgumentHelp("Reproduce one sampled case: the token a verdict printed (exercise/part@seed#case).", valueName: "token"))
  var replay: String?

  @Option(help: "Colour the text output: auto, always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Re-mark the file whenever it is saved, showing only what changed and the next unanswered part (Ctrl-C stops).")
  var watch = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func run() async throws {
    if watch { try Watch.run(self) }
    let files = try AnswerFileList.expand(paths, language: lang.language)
    var marker = Marker(catalogue: try catalogue.load(language: lang.language), seed: seed, reveal: reveal)
    if let replay {
      guard let token = CheckContext.parse(token: replay) else {
        throw ValidationError(lang.language == .ko
          ? "'\(replay)' 는 재현 토큰이 아닙니다 (토큰은 realsoftmax/softmin@1#17 처럼 생겼습니다)"
          : "'\(replay)' is not a replay token (they look like realsoftmax/softmin@1#17)")
      }
      marker.seed = token.seed
      marker.replay = (token.key, token.index)
    }
    var results: [FileResult] = await BatchMarker(marker: marker).mark(files, progress: Progress.callback(files: files.count))
    if let key = marker.replay?.key {
      // Show only the replayed part.
      results = results.map { r in
        var r = r
        r.exercises = r.exercises.compactMap { e in
          var e = e
          e.parts = e.parts.filter { "\(e.id)/\($0.part)" == key }
          return e.parts.isEmpty ? nil : e
        }
        return r
      }
    }
    switch format {
    case .text:
      let report = TextReport(colored: color.enabled, language: lang.language)
      print(results.map(report.render).joined(separator: "\n\n"))
    case .json:
      print(results.count == 1 ? try JSONReport.object(results[0], language: lang.language) : try JSONReport.array(results, language: lang.language))
    case .jsonl:
      print(try JSONReport.lines(results, language: lang.language))
    }
    if !results.allSatisfy(\.isAllCorrect) { throw ExitCode(1) }
  }
}
