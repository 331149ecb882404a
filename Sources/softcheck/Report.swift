import ArgumentParser
import Catalogue
import Foundation
import Localization
import Marking
import Reports

struct Report: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: helpText(
      "Mark a class and write the instructor's report.",
      "한 반의 답안을 채점하고 교수자용 보고서를 씁니다."),
    discussion: helpText(
      "PATH may be answer files, folders (recursive), or .jsonl results of earlier `mark --format jsonl` runs, so shards merge into one report. Each --out is written from the same marking, in the format its extension names (.html, .md, .json, .csv, .xml for JUnit).",
      "PATH로는 답안 파일, 폴더 (하위 폴더 포함), 또는 앞서 `mark --format jsonl`로 얻은 .jsonl 결과를 줄 수 있습니다. 그래서 나누어 채점한 결과를 보고서 하나로 합칠 수 있습니다. --out 옵션마다 한 번의 채점 결과를 확장자가 가리키는 형식 (.html, .md, .json, .csv, JUnit은 .xml)으로 씁니다."
    ))

  @Argument(help: argumentHelp("Answer files, folders, or .jsonl results.", "답안 파일, 폴더, 또는 .jsonl 결과."))
  var paths: [String]

  @Option(
    help: argumentHelp(
      "Where to write a report (written atomically); repeat it for several formats from one marking.",
      "보고서를 쓸 파일 (원자적으로 씁니다). 여러 번 주면 한 번 채점해 여러 형식으로 씁니다.", valueName: "file"))
  var out: [String]

  @Option(
    help: argumentHelp(
      "Report format, for a single --out (default: from its extension, else html).",
      "보고서 형식. --out 옵션이 하나일 때만 씁니다 (기본값: 확장자에서, 아니면 html)."))
  var format: ReportFormat?

  @Option(
    help: argumentHelp(
      "Points given by hand for written answers (a YAML file; see the instructor guide).",
      "서술형 답에 손으로 준 점수 (YAML 파일, 교수자 안내서 참고).", valueName: "file"))
  var manual: String?

  @Flag(
    help: argumentHelp(
      "Start CSV files with a UTF-8 byte order mark (for spreadsheets that need it for Korean names).",
      "CSV 파일을 UTF-8 BOM으로 시작합니다 (한글 이름을 읽으려면 BOM이 필요한 스프레드시트용)."))
  var csvBom = false

  @Option(help: argumentHelp("Seed for sampled checks.", "표본 점 검사의 시드."))
  var seed: UInt64 = Marker.defaultSeed

  @Flag(
    help: argumentHelp(
      "In a folder, also read links to files outside it (skipped by default, with a note).",
      "폴더 안에서 폴더 밖의 파일을 가리키는 링크도 읽습니다 (기본은 알리고 건너뜁니다)."))
  var allowOutsideLinks = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var assignment: AssignmentOption
  @OptionGroup var lang: LanguageOption

  func validate() throws {
    let ko = lang.language == .ko
    guard !out.isEmpty else { throw ValidationError(ko ? "--out 옵션이 필요합니다" : "--out is required") }
    if format != nil, out.count > 1 {
      throw ValidationError(
        ko
          ? "--format 옵션은 --out 옵션이 하나일 때만 씁니다. 여러 개면 각 파일의 확장자로 형식을 정합니다"
          : "--format is for a single --out; with several, each file's extension names its format")
    }
  }

  func run() async throws {
    let language = lang.language
    let outputs = out.map { (path: $0, format: format ?? ReportFormat(path: $0) ?? .html) }
    let inputs = try AnswerFileList.expand(
      paths, extensions: ["yaml", "yml", "jsonl"], allowOutsideLinks: allowOutsideLinks,
      language: language)
    let cat = try catalogue.load(language: language)
    var marker = Marker(catalogue: cat, seed: seed)
    marker.assignment = try assignment.load(cat, language: language)
    let summary = try summarize(
      try applyManual(try await results(inputs, marker: marker), language), marker: marker,
      quiet: outputs.allSatisfy { $0.format == .gradescope })
    let options = ReportFormat.Options(language: language, catalogue: cat, csvByteOrderMark: csvBom)
    for output in outputs {
      let files: [(path: String, text: String)]
      do {
        files = try output.format.files(summary, options, path: output.path)
        for file in files { try AtomicFile.write(file.text, to: file.path, protecting: inputs) }
      } catch let failure as AtomicFile.Failure {
        throw ValidationError(failure.message[language])
      } catch let failure as ReportFormat.Failure {
        throw ValidationError(failure.message[language])
      }
      let pages =
        files.count > 1
        ? (language == .ko ? ", 학생 쪽 \(files.count - 1)개" : ", and \(files.count - 1) student pages beside it") : ""
      printError(
        language == .ko
          ? "softcheck: \(output.path)에 썼습니다 (파일 \(summary.students)개\(pages))"
          : "softcheck: wrote \(output.path) (\(summary.students) file\(summary.students == 1 ? "" : "s")\(pages))")
    }
  }

  /// Every input marked once: answer files on every core, `.jsonl` results read back.
  private func results(_ inputs: [String], marker: Marker) async throws -> [FileResult] {
    let answerFiles = inputs.filter { !$0.lowercased().hasSuffix(".jsonl") }
    var results: [FileResult] = []
    for path in inputs where path.lowercased().hasSuffix(".jsonl") {
      do { results += try ResultLines.read(path) } catch let failure as ResultLines.Failure {
        throw ValidationError(failure.description(in: lang.language))
      }
    }
    if !answerFiles.isEmpty {
      results += await BatchMarker(marker: marker).mark(answerFiles, progress: Progress.callback(files: answerFiles.count))
    }
    return results
  }

  /// The class summary, saying what every student's maximum is: the assignment's total, or
  /// without one the exercises the whole class answered (said on stderr too, unless `quiet`).
  private func summarize(_ results: [FileResult], marker: Marker, quiet: Bool) throws -> ClassSummary {
    if let a = marker.assignment {
      var summary = ClassSummary(results: results)
      summary.basis = a.basis
      return summary
    }
    let common = ClassTotals.common(results, marker: marker)
    var summary = ClassSummary(results: common.results)
    summary.basis = ClassTotals.basis(common.exercises, total: summary.maxScore)
    if !quiet { printError("softcheck: " + (summary.basis?[lang.language] ?? "")) }
    return summary
  }

  /// The results with the points given by hand in `--manual`, if any.
  private func applyManual(_ results: [FileResult], _ language: DisplayLanguage) throws -> [FileResult] {
    guard let manual else { return results }
    guard let data = FileManager.default.contents(atPath: manual), let text = String(data: data, encoding: .utf8) else {
      throw ValidationError(
        language == .ko ? "\(KoreanParticle.object.after(manual)) UTF-8 텍스트로 읽을 수 없습니다" : "cannot read \(manual) as UTF-8 text")
    }
    do {
      return try ManualPoints.parse(text).apply(to: results)
    } catch {
      throw ValidationError(error.description(file: manual, in: language))
    }
  }
}

extension ReportFormat: ExpressibleByArgument {}
