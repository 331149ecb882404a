import Foundation
import SoftcheckTestSupport
import Testing

@testable import Drills

#if canImport(Glibc)
import Glibc
#endif

/// `softcheck drill` and `softcheck progress` driven through a pipe, as a script would.
@Suite("drill and progress on the command line")
struct DrillCLITests {
  /// The progress file of a state folder.
  static func progress(_ state: ScratchFolder) throws -> DrillProgress {
    let data = try Data(contentsOf: URL(fileURLWithPath: state.path + "/softcheck/progress.json"))
    return try JSONDecoder().decode(DrillProgress.self, from: data)
  }

  @Test("a correct answer: ✓ at once, summary, box 2")
  func correct() throws {
    let state = try ScratchFolder()
    let q = try question("kraft", seed: 11)
    let r = try DrillCLI.run(["drill", "kraft", "--seed", "11", "--count", "1"], input: q.example + "\n", state: state.path)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains(q.prompt.en))
    #expect(r.stdout.contains("answer> \(q.example)\n  ✓ correct"), "\(r.stdout)")
    #expect(r.stdout.contains("Summary: 1 question: 1 correct, 0 incorrect, 0 skipped."), "\(r.stdout)")
    #expect(r.stdout.contains("Up a box: kraft → box 2"))
    let p = try Self.progress(state)
    #expect(p.kinds["kraft"]?.correct == 1 && p.box("kraft") == 2 && p.sessions == 1)
  }

  @Test("a wrong answer: ✗ with the misconception, a retry, then skip shows an answer")
  func wrongThenSkip() throws {
    let state = try ScratchFolder()
    let q = try question("kraft", seed: 11)
    let lengths = q.prompt.en.split(separator: "(")[2].split(separator: ")")[0].split(separator: ",").map {
      Int($0.trimmingCharacters(in: .whitespaces))!
    }
    let flipped = lengths.reduce(0) { $0 + (1 << $1) }
    let r = try DrillCLI.run(
      ["drill", "kraft", "--seed", "11", "--count", "1"], input: "\(flipped)\n7/3\nskip\n", state: state.path)
    #expect(r.status == 0)
    #expect(r.stdout.contains("✗ incorrect"), "\(r.stdout)")
    #expect(r.stdout.contains("misconception: kraft-exponent-sign"))
    #expect(r.stdout.contains("try again"))
    #expect(r.stdout.contains("skipped. An answer: \(q.example)"), "\(r.stdout)")
    #expect(r.stdout.contains("0 correct, 1 incorrect, 0 skipped"), "the first answer is the one recorded: \(r.stdout)")
    #expect(r.stdout.contains("Back to box 1, asked again next run: kraft."))
    let p = try Self.progress(state)
    #expect(p.kinds["kraft"]?.incorrect == 1 && p.kinds["kraft"]?.asked == 1)
  }

  @Test("? shows the hints one at a time; a right answer after a hint stays in its box")
  func hints() throws {
    let state = try ScratchFolder()
    let q = try question("softmax", seed: 5)
    let r = try DrillCLI.run(
      ["drill", "softmax", "--seed", "5", "--count", "1"], input: "?\n?\n?\n\(q.example)\n", state: state.path)
    #expect(r.stdout.contains("hint: \(q.hints[0].en)"), "\(r.stdout)")
    #expect(r.stdout.contains("hint: \(q.hints[1].en)"))
    #expect(r.stdout.contains("no more hints"))
    #expect(r.stdout.contains("✓ correct"))
    #expect(r.stdout.contains("; 2 hints."), "\(r.stdout)")
    let p = try Self.progress(state)
    #expect(p.kinds["softmax"]?.hinted == 1 && p.box("softmax") == 1)
  }

  @Test("an unreadable answer is pointed at and does not count")
  func invalid() throws {
    let state = try ScratchFolder()
    let q = try question("softmax", seed: 5)
    let r = try DrillCLI.run(
      ["drill", "softmax", "--seed", "5", "--count", "1"], input: "sofmax([1, 2])\n\(q.example)\n", state: state.path)
    #expect(r.stdout.contains("! cannot read this"), "\(r.stdout)")
    #expect(r.stdout.contains("did you mean 'softmax'"))
    #expect(r.stdout.contains("\n        ^\n"), "a caret under the first character of the answer: \(r.stdout)")
    #expect(r.stdout.contains("1 correct, 0 incorrect"))
  }

  @Test("skip, then quit: later questions are not asked; the skip is recorded")
  func skipAndQuit() throws {
    let state = try ScratchFolder()
    let r = try DrillCLI.run(["drill", "--seed", "3", "--count", "3"], input: "skip\nquit\n", state: state.path)
    #expect(r.status == 0)
    #expect(r.stdout.contains("[1/3]") && r.stdout.contains("[2/3]"))
    #expect(!r.stdout.contains("[3/3]"))
    #expect(r.stdout.contains("Summary: 1 question (stopped early): 0 correct, 0 incorrect, 1 skipped."), "\(r.stdout)")
    let p = try Self.progress(state)
    #expect(p.kinds.values.map(\.skipped) == [1])
  }

  @Test("quit at once (or end of input): nothing recorded, no progress file")
  func quitAtOnce() throws {
    for input in ["quit\n", ""] {
      let state = try ScratchFolder()
      let r = try DrillCLI.run(["drill", "--seed", "3", "--count", "3"], input: input, state: state.path)
      #expect(r.status == 0)
      #expect(r.stdout.contains("Summary: no question answered."), "\(r.stdout)")
      #expect(!FileManager.default.fileExists(atPath: state.path + "/softcheck/progress.json"))
    }
  }

  @Test("same seed, same questions: two runs give the same transcript; another seed does not")
  func sameSeed() throws {
    func transcript(seed: String) throws -> String {
      let state = try ScratchFolder()
      let r = try DrillCLI.run(
        ["drill", "--seed", seed, "--count", "12"], input: String(repeating: "skip\n", count: 12), state: state.path)
      #expect(r.status == 0, "\(r.stderr)")
      return r.stdout.replacingOccurrences(of: state.path, with: "STATE")
    }
    let a = try transcript(seed: "2024")
    let b = try transcript(seed: "2024")
    #expect(a == b)
    #expect(a.contains("[12/12]"))
    let c = try transcript(seed: "2025")
    #expect(a != c)
    // And with progress from earlier runs: an explicit seed still asks the same questions.
    let state = try ScratchFolder()
    _ = try DrillCLI.run(["drill", "--seed", "7", "--count", "3"], input: "skip\nskip\nskip\n", state: state.path)
    let again = try DrillCLI.run(
      ["drill", "--seed", "2024", "--count", "12"], input: String(repeating: "skip\n", count: 12), state: state.path)
    let questions = { (t: String) in
      t.split(separator: "\n").filter { $0.hasPrefix("[") || $0.hasPrefix("  ") && !$0.contains("box") }
    }
    #expect(questions(again.stdout) == questions(a))
  }

  @Test("without --seed, the kind missed last time is asked first")
  func missedComesBack() throws {
    let state = try ScratchFolder()
    let softmax = try question("softmax", seed: 8)
    let plan = DrillPlan.plan(kinds: try shippedDrills.select(["kraft", "softmax"]).get(), count: 2, seed: 8).map(\.kind.id)
    // Answer softmax right and kraft wrong, in the seeded run's order.
    let answers = plan.map { $0 == "softmax" ? softmax.example + "\n" : "0\nskip\n" }
    let first = try DrillCLI.run(
      ["drill", "kraft", "softmax", "--seed", "8", "--count", "2"],
      input: answers.joined(), state: state.path)
    #expect(first.stdout.contains("1 correct, 1 incorrect"), "\(first.stdout)")
    let second = try DrillCLI.run(["drill", "kraft", "softmax", "--count", "1"], input: "skip\n", state: state.path)
    #expect(second.stdout.contains("[1/1] Kraft sum of codeword lengths"), "\(second.stdout)")
    #expect(second.stdout.contains("kinds you missed come first"))
  }

  @Test("progress survives a process killed between questions")
  func killed() throws {
    let state = try ScratchFolder()
    let kinds = try shippedDrills.select(["kraft", "entropy"]).get()
    let plan = DrillPlan.plan(kinds: kinds, count: 2, seed: 4)
    let first = try plan[0].kind.question(seed: 4)
    let live = try LiveProcess(["drill", "kraft", "entropy", "--seed", "4", "--count", "2"], state: state.path)
    #expect(live.waitFor("answer> "))
    live.send(first.example)
    // The next question is shown only after the first answer was saved.
    #expect(live.waitFor("[2/2]"), "\(live.text)")
    live.kill(SIGKILL)
    let p = try Self.progress(state)
    #expect(p.kinds[first.kind]?.correct == 1, "\(p)")
    let files = try FileManager.default.contentsOfDirectory(atPath: state.path + "/softcheck")
    #expect(!files.contains { $0.hasSuffix(".tmp") })
    let shown = try DrillCLI.run(["progress"], state: state.path)
    #expect(shown.stdout.contains("1 run, 1 answer"), "\(shown.stdout)")
  }

  @Test("a half-written progress file is set aside, reported on stderr, and the drill goes on")
  func halfFile() throws {
    let state = try ScratchFolder()
    let half = "{\n  \"format\" : \"softcheck-progress/1\",\n  \"kinds\" : {\n    \"kraft\" : {\n      \"asked\" : 3,\n      \"bo"
    try state.write("softcheck/progress.json", half)
    let q = try question("kraft", seed: 11)
    let r = try DrillCLI.run(["drill", "kraft", "--seed", "11", "--count", "1"], input: q.example + "\n", state: state.path)
    #expect(r.status == 0)
    #expect(r.stderr.contains("is damaged"), "\(r.stderr)")
    #expect(r.stderr.contains("set aside as \(state.path)/softcheck/progress.json.corrupt-"))
    let files = try FileManager.default.contentsOfDirectory(atPath: state.path + "/softcheck")
    let aside = try #require(files.first { $0.hasPrefix("progress.json.corrupt-") })
    #expect(try String(contentsOfFile: state.path + "/softcheck/" + aside, encoding: .utf8) == half)
    #expect(try Self.progress(state).kinds["kraft"]?.correct == 1, "a fresh, valid file")
  }

  @Test("progress shows every kind's box; a corrupt file is set aside there too")
  func progressCommand() throws {
    let state = try ScratchFolder()
    let empty = try DrillCLI.run(["progress"], state: state.path)
    #expect(empty.status == 0)
    #expect(empty.stdout.contains("Nothing yet"))
    let q = try question("kraft", seed: 11)
    _ = try DrillCLI.run(["drill", "kraft", "--seed", "11", "--count", "1"], input: q.example + "\n", state: state.path)
    let shown = try DrillCLI.run(["progress"], state: state.path)
    let kraft = try #require(shown.stdout.split(separator: "\n").first { $0.hasPrefix("kraft ") })
    #expect(kraft.split(separator: " ", omittingEmptySubsequences: true).prefix(3) == ["kraft", "2", "1"], "\(kraft)")
    #expect(shown.stdout.contains("never asked"))
    let json = try DrillCLI.run(["progress", "--format", "json"], state: state.path)
    #expect(json.stdout.contains("\"softcheck-progress/1\""))

    try state.write("softcheck/progress.json", "[1, 2")
    let corrupt = try DrillCLI.run(["progress"], state: state.path)
    #expect(corrupt.status == 0)
    #expect(corrupt.stderr.contains("set aside"))
    #expect(corrupt.stdout.contains("Nothing yet"))
  }

  @Test("--reset forgets progress")
  func reset() throws {
    let state = try ScratchFolder()
    let q = try question("kraft", seed: 11)
    _ = try DrillCLI.run(["drill", "kraft", "--seed", "11", "--count", "1"], input: q.example + "\n", state: state.path)
    let r = try DrillCLI.run(["drill", "kraft", "--seed", "11", "--count", "1", "--reset"], input: "quit\n", state: state.path)
    #expect(r.stdout.contains("Drill progress reset"))
    #expect(!FileManager.default.fileExists(atPath: state.path + "/softcheck/progress.json"))
  }

  @Test("usage errors exit 2: an unknown id (with a suggestion), a bad count")
  func usage() throws {
    let state = try ScratchFolder()
    let unknown = try DrillCLI.run(["drill", "krafft"], state: state.path)
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'kraft'"), "\(unknown.stderr)")
    #expect(try DrillCLI.run(["drill", "--count", "0"], state: state.path).status == 2)
    let list = try DrillCLI.run(["drill", "--list"], state: state.path)
    #expect(list.status == 0 && list.stdout.contains("realsoftmax-gap"))
  }
}
