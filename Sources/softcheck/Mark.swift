import ArgumentParser
import Catalogue
import Checks
import Foundation
import Localization
import Marking
import Reports
import Sampling

struct Mark: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: helpText(
      "Mark answer files (a folder means every .yaml/.yml file in it, recursively).",
      "답안 파일을 채점합니다 (폴더를 주면 그 안의 모든 .yaml/.yml 파일을 하위 폴더까지 채점합니다)."),
    discussion: helpText(
      "Exit status: 0 when every part of every file is correct, 1 when some part is not or some file is invalid, 2 for a usage error or when no input could be read.",
      "종료 상태: 모든 파일의 모든 문항이 정답이면 0, 정답이 아닌 문항이나 잘못된 파일이 있으면 1, 사용법 오류이거나 읽을 수 있는 입력이 하나도 없으면 2입니다."))

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

  @Argument(help: argumentHelp("Answer files or folders.", "답안 파일 또는 폴더."))
  var paths: [String]

  @Option(help: argumentHelp("Output format.", "출력 형식."))
  var format: Format = .text

  @Option(
    help: argumentHelp(
      "Seed for sampled checks (default \(Marker.defaultSeed)); the same seed always gives the same verdicts.",
      "표본 점 검사의 시드 (기본값 \(Marker.defaultSeed)). 시드가 같으면 판정도 언제나 같습니다."))
  var seed: UInt64 = Marker.defaultSeed

  @Flag(help: argumentHelp("Show the reference answers in the feedback.", "피드백에 기준 답을 보여 줍니다."))
  var reveal = false

  @Option(
    help: argumentHelp(
      "Reproduce one sampled case: the token a verdict printed (exercise/part@seed#case).",
      "표본 사례 하나를 재현합니다: 판정과 함께 출력된 토큰 (exercise/part@seed#case)을 주세요.", valueName: "token"))
  var replay: String?

  @Option(help: argumentHelp("Colour the text output: auto, always or never.", "텍스트 출력에 색을 입힐지: auto, always, never 중 하나."))
  var color: ColorChoice = .auto

  @Flag(
    help: argumentHelp(
      "Re-mark the file whenever it is saved, showing only what changed and the next unanswered part (Ctrl-C stops).",
      "파일을 저장할 때마다 다시 채점하고, 바뀐 것과 아직 답하지 않은 다음 문항만 보여 줍니다 (Ctrl-C로 멈춥니다)."))
  var watch = false

  @Flag(
    help: argumentHelp(
      "In a folder, also read links to files outside it (skipped by default, with a note).",
      "폴더 안에서 폴더 밖의 파일을 가리키는 링크도 읽습니다 (기본은 알리고 건너뜁니다)."))
  var allowOutsideLinks = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var assignment: AssignmentOption
  @OptionGroup var lang: LanguageOption

  /// What was asked, as plain values.
  var request: MarkRequest {
    var request = MarkRequest(paths: paths)
    (request.format, request.seed, request.reveal, request.replay) = (format, seed, reveal, replay)
    (request.color, request.watch, request.allowOutsideLinks) = (color, watch, allowOutsideLinks)
    (request.catalogue, request.assignment, request.languageChoice) = (catalogue.source, assignment.source, lang.choice)
    return request
  }

  func run() async throws { try await request.run() }
}
