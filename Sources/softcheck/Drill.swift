import ArgumentParser
import Drills
import Foundation
import Localization

struct Drill: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill",
    abstract: helpText(
      "Practise: fresh questions at a prompt, each answer judged at once; progress is kept between runs.",
      "연습: 프롬프트에서 새 문제를 풀고, 답할 때마다 바로 판정을 받습니다. 진행 상황은 실행이 끝나도 남습니다."),
    discussion: helpText(
      """
      IDs are drill kinds or exercise ids (--list shows them); none means every kind. At the prompt, \
      type an answer in the answer grammar (a number, an expression, or a [...] list), ? for a hint, \
      skip for an answer, or quit. With --seed the same seed always asks the same questions; without \
      it the numbers are fresh each run and the kinds you missed come first. Progress is kept in \
      $XDG_STATE_HOME/softcheck/progress.json (by default ~/.local/state/softcheck/progress.json); \
      `softcheck progress` shows it.
      """,
      """
      IDs로는 연습 종류나 문제 id를 줍니다 (--list로 볼 수 있습니다). 하나도 주지 않으면 모든 종류를 \
      연습합니다. 프롬프트에서는 답안 문법으로 답 (수, 식, 또는 [...] 목록)을 입력하세요. ?는 힌트, \
      skip은 건너뛰고 답 보기, quit은 끝내기입니다. --seed를 주면 같은 시드는 언제나 같은 문제를 냅니다. \
      주지 않으면 실행할 때마다 수가 새로 나오고, 틀렸던 종류가 먼저 나옵니다. 진행 상황은 \
      $XDG_STATE_HOME/softcheck/progress.json (기본값 ~/.local/state/softcheck/progress.json)에 저장되며, \
      `softcheck progress`로 볼 수 있습니다.
      """))

  @Argument(help: argumentHelp("Drill kinds or exercise ids (default: every kind).", "연습 종류 또는 문제 id (기본값: 모든 종류)."))
  var ids: [String] = []

  @Option(
    help: argumentHelp(
      "Seed for the questions: the same seed always asks the same questions, whatever your progress.",
      "문제의 시드: 진행 상황과 상관없이 시드가 같으면 언제나 같은 문제가 나옵니다."))
  var seed: UInt64?

  @Option(help: argumentHelp("How many questions to ask.", "낼 문제 수."))
  var count = 5

  @Flag(help: argumentHelp("Forget all drill progress before starting.", "시작하기 전에 연습 진행 기록을 모두 지웁니다."))
  var reset = false

  @Flag(
    help: argumentHelp("List the drill kinds and the exercises they practise, and exit.", "연습 종류와 각 종류로 연습하는 문제를 보여 주고 끝냅니다."))
  var list = false

  @Option(help: argumentHelp("Colour the output: auto, always or never.", "출력에 색을 입힐지: auto, always, never 중 하나."))
  var color: ColorChoice = .auto

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var assignment: AssignmentOption

  @OptionGroup var lang: LanguageOption

  func validate() throws {
    guard (1...200).contains(count) else {
      throw ValidationError(
        lang.language == .ko ? "--count는 1에서 200 사이여야 합니다 (받은 값: \(count))" : "--count must be between 1 and 200, not \(count)")
    }
  }

  func run() throws {
    let language = lang.language
    let cat = try catalogue.load(language: language)
    let drills = DrillCatalogue(catalogue: cat)
    if list {
      print(DrillTexts.list(drills, language: language))
      return
    }
    var ids = self.ids
    if ids.isEmpty, let a = try assignment.load(cat, language: language) {
      // The drills of the assignment's exercises.
      ids = a.entries.map(\.exercise).filter(drills.knownIDs.contains)
      guard !ids.isEmpty else {
        throw ValidationError(
          language == .ko ? "과제 '\(a.id)'의 문제에는 연습이 없습니다" : "no drill practises the exercises of the assignment '\(a.id)'")
      }
    }
    let kinds: [DrillKind]
    switch drills.select(ids) {
    case .success(let k): kinds = k
    case .failure(let e): throw ValidationError(e.message[language])
    }
    let store = ProgressStore.standard()
    if reset {
      do {
        try store.reset()
        print(DrillTexts.progressReset(path: store.path)[language])
      } catch {
        printError("softcheck: \(error.message[language])")
        throw ExitCode(1)
      }
    }
    let loaded = store.load()
    for warning in loaded.warnings { printError("softcheck: \(warning[language])") }
    let session = loaded.progress.sessions + 1
    let runSeed = seed ?? UInt64.random(in: 1...999_999)
    let plan = DrillPlan.plan(
      kinds: kinds, count: count, seed: runSeed,
      progress: seed == nil ? loaded.progress : nil, session: session)
    var questions: [(title: LocalizedText, question: DrillQuestion)] = []
    for item in plan {
      do {
        questions.append((item.kind.title, try item.kind.question(seed: runSeed, occurrence: item.occurrence)))
      } catch {
        printError("softcheck: \(DrillTexts.internalError(error)[language])")
        throw ExitCode(1)
      }
    }

    let style = DrillStyle(colored: color.enabled)
    let saver = ProgressSaver(store: store, writable: loaded.writable, base: loaded.progress, language: language)
    var runner = DrillRunner(
      seed: runSeed, style: style, progress: loaded.progress, session: session,
      language: language
    ) { saver.save($0) }
    print(runner.banner(questionCount: questions.count, freshNumbers: seed == nil))
    let summary: DrillRunner.Summary
    if isatty(STDIN_FILENO) != 0 {
      // The history file lives next to the progress file; its folder may not exist yet.
      try? FileManager.default.createDirectory(
        atPath: store.directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      if var console = EditLineConsole(historyPath: store.directory + "/drill_history") {
        summary = runner.run(questions, console: &console)
      } else {
        var console = PlainConsole(echo: false)
        summary = runner.run(questions, console: &console)
      }
    } else {
      var console = PlainConsole(echo: true)
      summary = runner.run(questions, console: &console)
    }
    print(runner.summaryText(summary, before: loaded.progress, after: runner.progress, savedPath: saver.saved ? store.path : nil))
  }
}

/// Saves progress after each answer; a failure is reported once on stderr and never stops the drill.
final class ProgressSaver {
  let store: ProgressStore
  let writable: Bool
  let language: DisplayLanguage
  private(set) var saved = false
  private var reported = false
  /// What this run held when it last read or saved: its changes since are what the next save adds.
  private var base: DrillProgress

  init(store: ProgressStore, writable: Bool, base: DrillProgress, language: DisplayLanguage) {
    self.store = store
    self.writable = writable
    self.base = base
    self.language = language
  }

  func save(_ progress: DrillProgress) {
    guard writable else { return }
    do {
      _ = try store.save(progress, since: base)
      base = progress
      saved = true
    } catch {
      if !reported { printError("softcheck: \(DrillTexts.progressNotSaved(error)[language])") }
      reported = true
    }
  }
}
