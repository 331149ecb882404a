import ArgumentParser
import Drills
import Foundation
import Localization

/// `softcheck progress`: the learner's drill progress, kind by kind. (Named so as not to clash
/// with `Progress`, the progress bar of batch marking.)
struct ProgressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "progress",
    abstract: helpText("Show your drill progress: the Leitner box of each kind of question, and when it is due.",
                       "연습 진행 상황을 보여 줍니다: 문제 종류마다 라이트너 상자와 다음에 나올 때."),
    discussion: helpText(
      "A kind moves up a box when you answer it right without a hint and back to box 1 when you miss or skip it; a kind in box b is asked again 2^(b-1) runs after it was last asked. The file is $XDG_STATE_HOME/softcheck/progress.json (by default ~/.local/state/softcheck/progress.json).",
      "힌트 없이 맞히면 그 종류는 한 상자 올라가고, 틀리거나 건너뛰면 1 번 상자로 돌아갑니다. b 번 상자에 있는 종류는 마지막으로 나온 뒤 2^(b-1)회 실행 뒤에 다시 나옵니다. 기록 파일은 $XDG_STATE_HOME/softcheck/progress.json (기본값 ~/.local/state/softcheck/progress.json) 입니다."))

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: argumentHelp("Output format.", "출력 형식."))
  var format: Format = .text

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let ko = lang.language == .ko
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
    let answers = progress.kinds.values.reduce(0) { $0 + $1.asked }
    print(ko ? "연습 진행: \(progress.sessions)회 실행, 답 \(answers)개 (\(store.path))"
             : "Drill progress: \(progress.sessions) run\(progress.sessions == 1 ? "" : "s"), \(answers) answer\(answers == 1 ? "" : "s") (\(store.path))")
    guard answers > 0 else {
      print(ko ? "아직 기록이 없습니다. `softcheck drill` 로 시작하세요." : "Nothing yet: `softcheck drill` starts.")
      return
    }
    // Every known kind, then kinds the file knows and this catalogue does not.
    let ids = kinds + progress.kinds.keys.filter { !kinds.contains($0) }.sorted()
    let kindHeading = ko ? "종류" : "kind"
    let width = max(ids.map(\.displayWidth).max() ?? 4, kindHeading.displayWidth)
    let columns = ko ? ["상자", "출제", "정답", "부분", "오답", "건너뜀", "힌트"] : ["box", "asked", "right", "partial", "wrong", "skipped", "hints"]
    print("")
    print(kindHeading.padded(toWidth: width) + "  " + columns.map { pad($0) }.joined() + (ko ? "다음 출제" : "due"))
    let next = progress.sessions + 1
    for id in ids {
      let name = id.padded(toWidth: width) + "  "
      guard let r = progress.kinds[id], r.asked > 0 else {
        print(name + pad("-") + (ko ? "아직 출제되지 않음" : "never asked"))
        continue
      }
      let dueAt = r.lastSession + DrillProgress.interval(box: r.box)
      let due = ko ? (dueAt <= next ? "다음 실행" : "\(dueAt - next + 1)회 뒤") : (dueAt <= next ? "next run" : "in \(dueAt - next + 1) runs")
      print(name + [r.box, r.asked, r.correct, r.partial, r.incorrect, r.skipped, r.hinted].map { pad(String($0)) }.joined() + due)
    }
  }

  private func pad(_ s: String) -> String { s.padded(toWidth: 9) }
}
