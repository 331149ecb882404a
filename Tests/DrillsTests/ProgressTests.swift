import Foundation
import SoftcheckTestSupport
import Testing

@testable import Drills

#if canImport(Glibc)
import Glibc
#endif

@Suite("drill progress: Leitner boxes and the progress file")
struct ProgressTests {
  @Test("right moves up a box, wrong or skipped back to box 1, partial or hinted stays")
  func leitner() {
    var p = DrillProgress()
    p.record("kraft", .correct, hinted: false, session: 1)
    #expect(p.box("kraft") == 2)
    p.record("kraft", .correct, hinted: true, session: 2)
    #expect(p.box("kraft") == 2)
    p.record("kraft", .partial, hinted: false, session: 3)
    #expect(p.box("kraft") == 2)
    for s in 4...10 { p.record("kraft", .correct, hinted: false, session: s) }
    #expect(p.box("kraft") == DrillProgress.boxes)
    p.record("kraft", .incorrect, hinted: false, session: 11)
    #expect(p.box("kraft") == 1)
    p.record("entropy", .skipped, hinted: false, session: 11)
    #expect(p.box("entropy") == 1)
    let r = p.kinds["kraft"]!
    #expect(r.asked == 11 && r.correct == 9 && r.partial == 1 && r.incorrect == 1 && r.hinted == 1)
    #expect(p.sessions == 11)
    #expect(p.problem == nil)
  }

  @Test("a kind in box b is due 2^(b-1) runs after it was asked; a new kind is due at once")
  func due() {
    var p = DrillProgress()
    #expect(p.isDue("softmax", session: 1))
    p.record("softmax", .correct, hinted: false, session: 1)  // box 2: every 2 runs
    #expect(!p.isDue("softmax", session: 2))
    #expect(p.isDue("softmax", session: 3))
    p.record("softmax", .correct, hinted: false, session: 3)  // box 3: every 4 runs
    #expect(!p.isDue("softmax", session: 6))
    #expect(p.isDue("softmax", session: 7))
    p.record("hessian", .incorrect, hinted: false, session: 3)  // box 1: every run
    #expect(p.isDue("hessian", session: 4))
  }

  @Test("with an explicit seed the plan ignores progress; without, missed kinds come first")
  func plan() throws {
    let kinds = try shippedDrills.select(["kraft", "softmax", "entropy", "hessian"]).get()
    let fresh = DrillPlan.plan(kinds: kinds, count: 6, seed: 9).map(\.kind.id)
    #expect(fresh.count == 6)
    #expect(Set(fresh.prefix(4)).count == 4, "every kind once before any repeats")
    #expect(DrillPlan.plan(kinds: kinds, count: 6, seed: 9).map(\.kind.id) == fresh)
    let repeats = DrillPlan.plan(kinds: kinds, count: 6, seed: 9)
    #expect(repeats[4].occurrence == 1 && repeats[0].occurrence == 0)

    var p = DrillProgress()
    for k in ["kraft", "softmax", "entropy"] { p.record(k, .correct, hinted: false, session: 1) }
    p.record("hessian", .incorrect, hinted: false, session: 1)
    let next = DrillPlan.plan(kinds: kinds, count: 2, seed: 9, progress: p, session: 2).map(\.kind.id)
    #expect(next.first == "hessian", "the missed kind comes first: \(next)")
  }

  @Test("the file lives under XDG_STATE_HOME, else ~/.local/state")
  func location() {
    #expect(ProgressStore.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).path == "/s/softcheck/progress.json")
    #expect(ProgressStore.standard(environment: ["HOME": "/h"]).path == "/h/.local/state/softcheck/progress.json")
    // The XDG spec says relative paths are invalid and must be ignored.
    #expect(
      ProgressStore.standard(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]).path
        == "/h/.local/state/softcheck/progress.json")
  }

  @Test("save and load round-trip, and the folder is created")
  func roundTrip() throws {
    let dir = try ScratchFolder()
    let store = ProgressStore(path: dir.path + "/a/b/progress.json")
    var p = DrillProgress()
    p.record("kraft", .correct, hinted: false, session: 1)
    try store.save(p)
    let loaded = store.load()
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.progress == p)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/a/b")
    #expect(leftovers == ["progress.json"], "no temporary file is left behind")
    try store.reset()
    #expect(!FileManager.default.fileExists(atPath: store.path))
    #expect(store.load().progress == DrillProgress())
  }

  @Test("two drills on one file: each one's answers are kept, whichever saves last")
  func twoRunsMerge() throws {
    let dir = try ScratchFolder()
    let store = ProgressStore(path: dir.file("progress.json"))
    var start = DrillProgress()
    start.record("kraft", .correct, hinted: false, session: 1)
    try store.save(start)
    // Both runs read the same file, then answer three questions each, saving after each answer.
    let base = store.load().progress
    func run(_ kinds: [String], _ result: DrillProgress.Result) throws {
      var mine = base
      var saved = base
      for kind in kinds {
        mine.record(kind, result, hinted: false, session: base.sessions + 1)
        _ = try store.save(mine, since: saved)
        saved = mine
      }
    }
    try run(["kraft", "hessian", "entropy"], .correct)
    try run(["kraft", "hessian", "softmax"], .incorrect)
    let p = store.load().progress
    #expect(p.sessions == 3, "two runs after the first: \(p.sessions)")
    #expect(p.kinds.values.map(\.asked).reduce(0, +) == 7)
    #expect(p.kinds["kraft"]?.asked == 3 && p.kinds["kraft"]?.correct == 2 && p.kinds["kraft"]?.incorrect == 1)
    #expect(p.kinds["kraft"]?.box == 1, "the latest answer (wrong) sets the box")
    #expect(p.kinds["entropy"]?.correct == 1 && p.kinds["softmax"]?.incorrect == 1)
  }

  @Test("saves from two writers at once never lose an answer (the file is locked)")
  func concurrentSaves() throws {
    let dir = try ScratchFolder()
    let store = ProgressStore(path: dir.file("progress.json"))
    let kinds = ["kraft", "hessian"]
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      var mine = DrillProgress()
      var saved = DrillProgress()
      for _ in 0..<20 {
        mine.record(kinds[writer], .correct, hinted: false, session: 1)
        if (try? store.save(mine, since: saved)) != nil { saved = mine }
      }
    }
    let p = store.load().progress
    #expect(p.kinds["kraft"]?.asked == 20 && p.kinds["hessian"]?.asked == 20, "\(p.kinds)")
    #expect(p.sessions == 2)
  }

  @Test(
    "a damaged file is set aside with its content, reported, and progress starts afresh",
    arguments: [
      "{\"format\": \"softcheck-progress/1\", \"sessions\": 3, \"kinds\": {\"kraft\": {\"box\": 2, \"asked\"",
      "", "not json at all \u{0}\u{1}",
      "{\"format\": \"softcheck-progress/1\", \"sessions\": 1, \"kinds\": {\"kraft\": {\"box\": 9, \"lastSession\": 1, \"asked\": 1, \"correct\": 1, \"partial\": 0, \"incorrect\": 0, \"skipped\": 0, \"hinted\": 0}}}",
      "{\"format\": \"something-else/7\", \"sessions\": 1, \"kinds\": {}}",
    ])
  func corrupt(content: String) throws {
    let dir = try ScratchFolder()
    try dir.write("progress.json", content)
    let store = ProgressStore(path: dir.file("progress.json"))
    let loaded = store.load(now: Date(timeIntervalSince1970: 1_700_000_000))
    #expect(loaded.progress == DrillProgress())
    #expect(loaded.writable)
    let warning = try #require(loaded.warnings.first)
    let aside = dir.file("progress.json.corrupt-20231114T221320Z")
    #expect(warning.text.en.contains("set aside as \(aside)"), "\(warning)")
    #expect(warning.id == "progress.damaged-set-aside")
    #expect(warning.text.ko.contains(aside))
    #expect(!FileManager.default.fileExists(atPath: store.path))
    #expect(try String(contentsOfFile: aside, encoding: .utf8) == content, "the damaged file is kept as it was")
    // A second damaged file at the same second gets another name.
    try dir.write("progress.json", "{")
    let again = store.load(now: Date(timeIntervalSince1970: 1_700_000_000))
    #expect(again.warnings.first?.text.en.contains("corrupt-20231114T221320Z-2") == true)
  }

  @Test("a write interrupted before its rename leaves the old progress intact; the stale temporary file is removed")
  func interruptedWrite() throws {
    let dir = try ScratchFolder()
    let store = ProgressStore(path: dir.file("progress.json"))
    var p = DrillProgress()
    p.record("kraft", .correct, hinted: false, session: 1)
    try store.save(p)
    // What a writer killed mid-write leaves: half a new file under its temporary name. The pid is
    // above Linux's largest possible pid (2^22), so no live process owns it.
    let dead = store.temporaryPath(pid: 9_999_999)
    try Data("{\"format\": \"softcheck-progress/1\", \"sess".utf8).write(to: URL(fileURLWithPath: dead))
    // A live writer's temporary file (our parent's pid) must be left alone.
    let live = store.temporaryPath(pid: getppid())
    try Data("{".utf8).write(to: URL(fileURLWithPath: live))
    let loaded = store.load()
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.progress == p)
    #expect(!FileManager.default.fileExists(atPath: dead))
    #expect(FileManager.default.fileExists(atPath: live))
  }
}
