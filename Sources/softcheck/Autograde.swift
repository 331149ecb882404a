import ArgumentParser
import Catalogue
import Foundation
import Localization
import Marking
import Reports

/// `softcheck autograde`: marks one Gradescope submission and always writes `results.json`
/// (the kit's `run_autograder` calls it). An empty, unreadable or broken submission gets score 0,
/// a sentence a student understands, and every part of the assignment as a test.
struct Autograde: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "autograde",
    abstract: helpText(
      "Mark a Gradescope submission folder against an assignment and write results.json (used by the kit's run_autograder).",
      "Gradescope 제출 폴더를 과제에 맞춰 채점하고 results.json을 씁니다 (키트의 run_autograder가 씁니다)."))

  @Option(help: argumentHelp("The submission folder.", "제출 폴더.", valueName: "dir"))
  var submission: String

  @Option(help: argumentHelp("Where to write results.json.", "results.json을 쓸 곳.", valueName: "file"))
  var out: String

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var assignment: AssignmentOption
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let language = lang.language
    var marker = Marker(catalogue: try catalogue.load(language: language))
    marker.assignment = try assignment.required(marker.catalogue, language: language)
    let files = answerFiles()
    var result: FileResult
    if let first = files.first(where: { ($0 as NSString).lastPathComponent == "answers.yaml" }) ?? files.first {
      result = marker.mark(path: first)
      result.file = (first as NSString).lastPathComponent
      if files.count > 1 {
        let names = files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        result.errors.insert(
          FileError(
            line: nil, column: nil,
            message: Message(
              "autograde.several-files", en: "your submission has several .yaml files (\(names)); only \(result.file) was marked",
              ko: "제출물에 .yaml 파일이 여러 개 있습니다 (\(names)). \(result.file) 만 채점했습니다")), at: 0)
      }
    } else {
      result = marker.mark(text: "", file: "submission")
      result.errors = [
        FileError(
          line: nil, column: nil,
          message: Message(
            "autograde.no-file",
            en:
              "no .yaml answer file was found in your submission: upload your answers as one .yaml file (`softcheck template` writes one to fill in)",
            ko: "제출물에서 .yaml 답안 파일을 찾지 못했습니다: 답을 .yaml 파일 하나로 올리세요 (`softcheck template`이 채울 파일을 만들어 줍니다)"))
      ]
    }
    let json = try GradescopeReport.render(result, language: language)
    do { try AtomicFile.write(json, to: out) } catch let failure as AtomicFile.Failure {
      throw ValidationError(failure.message[language])
    }
  }

  /// The submission's `.yaml`/`.yml` files, sorted, without hidden ones (`__MACOSX/._a.yaml`).
  private func answerFiles() -> [String] {
    let all = (FileManager.default.enumerator(atPath: submission)?.allObjects as? [String]) ?? []
    return all.filter {
      ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml"))
        && !$0.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
    }
    .sorted().map { submission + "/" + $0 }
  }
}
