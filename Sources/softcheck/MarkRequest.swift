import ArgumentParser
import Catalogue
import Checks
import Foundation
import Localization
import Marking
import Reports
import Sampling

/// What `softcheck mark` was asked to do, as plain values: `Mark` parses into one, and so does
/// ``init(plainArguments:)`` without ArgumentParser for the commonest call, answer files and
/// nothing else. Marking runs from here either way.
struct MarkRequest: Equatable {
  var paths: [String]
  var format: Mark.Format = .text
  var seed: UInt64 = Marker.defaultSeed
  var reveal = false
  var replay: String?
  var color: ColorChoice = .auto
  var watch = false
  var allowOutsideLinks = false
  var catalogue = CatalogueSource()
  var assignment = AssignmentSource()
  /// `--lang`, if given; the environment decides otherwise.
  var languageChoice: DisplayLanguage?

  /// The language to write in.
  var language: DisplayLanguage { languageChoice ?? .fromEnvironment(reading: EnvironmentVariable.value) }

  /// `mark FILE...` with nothing that could be an option, a flag or a request for help: what
  /// ArgumentParser would make of it (a test holds the two to the same request), without the
  /// few milliseconds its reflection costs a process. Nil for anything else.
  init?(plainArguments arguments: [String]) {
    guard !arguments.isEmpty, arguments.allSatisfy(Self.isPlainPath) else { return nil }
    paths = arguments
  }

  init(paths: [String]) { self.paths = paths }

  /// An argument ArgumentParser can only take as a path: not empty, not an option or flag
  /// (`-`, `--x`, `-x`), and not a word it may read as asking for help.
  private static func isPlainPath(_ argument: String) -> Bool {
    guard let first = argument.utf8.first else { return false }
    return first != UInt8(ascii: "-") && argument != "help"
  }

  /// Marks the files and prints the report; exit status 1 when some part is not correct.
  func run() async throws {
    // Styling is set on the main actor; plain output, the usual case, need not wait for it.
    if color.enabled { await TextReport.styleOutput(true) }
    if watch { try Watch.run(self) }
    let language = language
    let files = try AnswerFileList.expand(paths, allowOutsideLinks: allowOutsideLinks, language: language)
    // One file without an assignment needs only the exercises it answers.
    let exercises =
      files.count == 1 && assignment.path == nil
      ? try catalogue.load(answering: files[0], language: language) : try catalogue.load(language: language)
    var marker = Marker(catalogue: exercises, seed: seed, reveal: reveal)
    marker.assignment = try assignment.load(marker.catalogue, language: language)
    if reveal, let a = marker.assignment, !a.reveal { throw a.revealRefused(language) }
    if let replay {
      guard let token = CheckContext.parse(token: replay) else {
        throw ValidationError(
          language == .ko
            ? "\(KoreanParticle.topic.after("'\(replay)'")) 재현 토큰이 아닙니다 (토큰은 realsoftmax/softmin@1#17처럼 생겼습니다)"
            : "'\(replay)' is not a replay token (they look like realsoftmax/softmin@1#17)")
      }
      marker.seed = token.seed
      marker.replay = (token.key, token.index)
    }
    var results: [FileResult] = await BatchMarker(marker: marker).mark(files, progress: Progress.callback(files: files.count))
    if let key = marker.replay?.key { results = results.map { $0.keepingOnly(part: key) } }
    try write(results, language: language)
    if !results.allSatisfy(\.isAllCorrect) { throw ExitCode(1) }
  }

  private func write(_ results: [FileResult], language: DisplayLanguage) throws {
    switch format {
    case .text:
      let report = TextReport(colored: color.enabled, language: language)
      StandardOutput.line(results.map(report.render).joined(separator: "\n\n"))
    case .json:
      StandardOutput.line(
        results.count == 1
          ? try JSONReport.object(results[0], language: language) : try JSONReport.array(results, language: language))
    case .jsonl:
      StandardOutput.line(try JSONReport.lines(results, language: language))
    }
  }
}
