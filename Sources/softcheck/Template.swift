import ArgumentParser
import Catalogue
import Localization
import Reports

struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: helpText("Print an answer file to fill in, with a comment per part.",
                                                                 "채워 넣을 답안 파일을 소문항마다 주석을 달아 출력합니다."))

  @Argument(help: argumentHelp("Exercise ids (all exercises when none is given).", "문제 id (하나도 주지 않으면 모든 문제)."))
  var ids: [String] = []

  @Flag(help: argumentHelp("Fill in every part with its reference example: a complete correct answer file (reveals the answers).",
                          "모든 소문항을 기준 답의 예로 채워, 완전한 정답 답안 파일을 만듭니다 (정답이 드러납니다)."))
  var answers = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let exercises = try catalogue.exercises(ids, language: lang.language)
    print(AnswerTemplate.render(exercises, filled: answers, language: lang.language))
  }
}
