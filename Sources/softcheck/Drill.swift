import ArgumentParser
import Drills
import Foundation

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

  func validate() throws {
    guard (1...200).contains(count) else { throw ValidationError("--count must be between 1 and 200, not \(count)") }
  }

  func run() throws {
    let drills = DrillCatalogue(catalogue: try catalogue.load())
    if list {
      printList(drills)
      return
    }
    let kinds: [DrillKind]
    switch drills.select(ids) {
    case .success(let k): kinds = k
    case .failure(let e): throw ValidationError(e.description)
    }
    let store = ProgressStore.standard()
    if reset {
      do {
        try store.reset()
        print("Drill progress reset (\(store.path)).")
      } catch {
        printError("softcheck: \(error)")
        throw ExitCode(1)
      }
    }
    let loaded = store.load()
    for warning in loaded.warnings { printError("softcheck: \(warning)") }
    let session = loaded.progress.sessions + 1
    let runSeed = seed ?? UInt64.random(in: 1...999_999)
    let plan = DrillPlan.plan(kinds: kinds, count: count, seed: runSeed,
                              progress: seed == nil ? loaded.progress : nil, session: session)
    var questions: [(title: String, question: DrillQuestion)] = []
    for item in plan {
      do {
        questions.append((item.kind.title, try item.kind.question(seed: runSeed, occurrence: item.occurrence)))
      } catch {
        printError("softcheck: internal error: \(error)")
        throw ExitCode(1)
      }
    }

    let style = DrillStyle(colored: color.enabled)
    print(style.bold("Drill: \(questions.count) question\(questions.count == 1 ? "" : "s"), seed \(runSeed).")
          + " Answer in the answer grammar; ? for a hint, skip, quit.")
    if seed == nil { print("Fresh numbers each run; kinds you missed come first. --seed \(runSeed) asks these numbers again.") }

    let saver = ProgressSaver(store: store, writable: loaded.writable)
    var runner = DrillRunner(seed: runSeed, style: style, progress: loaded.progress, session: session) { saver.save($0) }
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
    printSummary(summary, before: loaded.progress, after: runner.progress, style: style, saved: saver.saved ? store.path : nil)
  }

  private func printSummary(_ s: DrillRunner.Summary, before: DrillProgress, after: DrillProgress,
                            style: DrillStyle, saved: String?) {
    let answered = s.results.filter { $0.result != nil }.count
    print("")
    guard answered > 0 else {
      print(style.bold("Summary: no question answered."))
      return
    }
    var parts = ["\(s.count(.correct)) correct"]
    if s.count(.partial) > 0 { parts.append("\(s.count(.partial)) partial") }
    parts.append("\(s.count(.incorrect)) incorrect")
    parts.append("\(s.count(.skipped)) skipped")
    let of = s.stoppedEarly ? " (stopped early)" : ""
    let hints = s.hints > 0 ? "; \(s.hints) hint\(s.hints == 1 ? "" : "s")" : ""
    print(style.bold("Summary: \(answered) question\(answered == 1 ? "" : "s")\(of): ") + parts.joined(separator: ", ") + hints + ".")
    var seen: Set<String> = []
    var back: [String] = [], up: [String] = []
    for (kind, result) in s.results where result != nil && seen.insert(kind).inserted {
      let was = before.box(kind), now = after.box(kind)
      if result == .incorrect || result == .skipped {
        back.append(kind)
      } else if now > was {
        up.append("\(kind) → box \(now)")
      }
    }
    if !back.isEmpty { print("Back to box 1, asked again next run: \(back.joined(separator: ", ")).") }
    if !up.isEmpty { print("Up a box: \(up.joined(separator: ", ")).") }
    if let saved { print("Progress saved in \(saved); `softcheck progress` shows it.") }
  }

  private func printList(_ drills: DrillCatalogue) {
    let width = drills.kinds.map(\.id.count).max() ?? 0
    print("Drill kinds (softcheck drill KIND... or EXERCISE...):")
    for k in drills.kinds {
      let exercises = k.exercises.joined(separator: ", ")
      print("  " + k.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(k.title)  [\(exercises)]")
    }
  }
}

/// Saves progress after each answer; a failure is reported once on stderr and never stops the drill.
final class ProgressSaver {
  let store: ProgressStore
  let writable: Bool
  private(set) var saved = false
  private var reported = false

  init(store: ProgressStore, writable: Bool) {
    self.store = store
    self.writable = writable
  }

  func save(_ progress: DrillProgress) {
    guard writable else { return }
    do {
      try store.save(progress)
      saved = true
    } catch {
      if !reported { printError("softcheck: progress not saved: \(error)") }
      reported = true
    }
  }
}
