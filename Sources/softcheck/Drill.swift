import ArgumentParser
import Drills
import Foundation
import Localization

struct Drill: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Practise: fresh questions at a prompt, each answer judged at once; progress is kept between runs.",
    discussion: """
      IDs are drill kinds or exercise ids (--list shows them); none means every kind. At the prompt, \
      type an answer in the answer grammar (a number, an expression, or a [...] list), ? for a hint, \
      skip for an answer, or quit. With --seed the same seed always asks the same questions; without \
      it the numbers are fresh each run and the kinds you missed come first. Progress is kept in \
      $XDG_STATE_HOME/softcheck/progress.json (by default ~/.local/state/softcheck/progress.json); \
      `softcheck progress` shows it.
      """)

  @Argument(help: "Drill kinds or exercise ids (default: every kind).")
  var ids: [String] = []

  @Option(help: "Seed for the questions: the same seed always asks the same questions, whatever your progress.")
  var seed: UInt64?

  @Option(help: "How many questions to ask.")
  var count = 5

  @Flag(help: "Forget all drill progress before starting.")
  var reset = false

  @Flag(help: "List the drill kinds and the exercises they practise, and exit.")
  var list = false

  @Option(help: "Colour the output: auto, always or never.")
  var color: ColorChoice = .auto

  @OptionGroup var catalogue: CatalogueOptions

  @OptionGroup var lang: LanguageOption

  func validate() throws {
    guard (1...200).contains(count) else { throw ValidationError(lang.language == .ko ? "--count 는 1 에서 200 사이여야 합니다 (받은 값: \(count))" : "--count must be between 1 and 200, not \(count)") }
  }

  func run() throws {
    let language = lang.language
    let drills = DrillCatalogue(catalogue: try catalogue.load(language: language))
    if list {
      print(DrillTexts.list(drills, language: language))
      return
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
    let plan = DrillPlan.plan(kinds: kinds, count: count, seed: runSeed,
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
    let saver = ProgressSaver(store: store, writable: loaded.writable, language: language)
    var runner = DrillRunner(seed: runSeed, style: style, progress: loaded.progress, session: session,
                             language: language) { saver.save($0) }
    print(runner.banner(questionCount: questions.count, freshNumbers: seed == nil))
    let summary: DrillRunner.Summary
    if isatty(STDIN_FILENO) != 0 {
      // The history file lives next to the progress file; its folder may not exist yet.
      try? FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true,
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

  init(store: ProgressStore, writable: Bool, language: DisplayLanguage) {
    self.store = store
    self.writable = writable
    self.language = language
  }

  func save(_ progress: DrillProgress) {
    guard writable else { return }
    do {
      try store.save(progress)
      saved = true
    } catch {
      if !reported { printError("softcheck: \(DrillTexts.progressNotSaved(error)[language])") }
      reported = true
    }
  }
}
