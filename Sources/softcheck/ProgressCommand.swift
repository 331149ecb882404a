import ArgumentParser
import Drills
import Foundation
import Localization

/// `softcheck progress`: the learner's drill progress, kind by kind. (Named so as not to clash
/// with `Progress`, the progress bar of batch marking.)
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: helpText(
      "Show your drill progress: the Leitner box of each kind of question, and when it is due.",
      "연습 진행 상황을 보여 줍니다: 문제 종류마다 라이트너 상자와 다음에 나올 때."),
    discussion: helpText(
      "A kind moves up a box when you answer it right without a hint and back to box 1 when you miss or skip it; a kind in box b is asked again 2^(b-1) runs after it was last asked. The file is $XDG_STATE_HOME/softcheck/progress.json (by default ~/.local/state/softcheck/progress.json).",
      "힌트 없이 맞히면 그 종류는 한 상자 올라가고, 틀리거나 건너뛰면 1번 상자로 돌아갑니다. b번 상자에 있는 종류는 마지막으로 나온 뒤 2^(b-1)회 실행 뒤에 다시 나옵니다. 기록 파일은 $XDG_STATE_HOME/softcheck/progress.json (기본값 ~/.local/state/softcheck/progress.json)입니다."
    ))

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: argumentHelp("Output format.", "출력 형식."))
  var format: Format = .text

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let store = ProgressStore.standard()
    let loaded = store.load()
    for warning in loaded.warnings { printError("softcheck: \(warning[lang.language])") }
    let progress = loaded.progress
    if format == .json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(progress), as: UTF8.self))
      return
    }
    let kinds = DrillCatalogue(catalogue: try catalogue.load(language: lang.language)).kinds.map(\.id)
    print(DrillTexts.progressReport(progress, kinds: kinds, path: store.path, language: lang.language))
  }
}
