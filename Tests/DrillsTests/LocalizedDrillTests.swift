import Catalogue
import Checks
import Localization
import Testing

@testable import Drills

/// Answers from a script; what the runner writes, with each answer echoed after its prompt as a
/// terminal would show it.
struct ScriptedConsole: DrillConsole {
  var lines: [String]
  var output = ""

  init(_ lines: [String]) { self.lines = lines }

  mutating func readLine(prompt: String) -> String? {
    guard !lines.isEmpty else { return nil }
    let line = lines.removeFirst()
    output += prompt + line + "\n"
    return line
  }

  mutating func write(_ text: String) { output += text }
}

/// Whether a text holds Hangul syllables.
func hasHangul(_ text: String) -> Bool {
  text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
}

/// The misconceptions inside a drill question's check.
func misconceptions(_ check: any CheckKind) -> [Misconception] {
  check.misconceptions
}

@Suite("drills in English and Korean")
struct LocalizedDrillTests {
  /// Every generated text in both languages: English without Hangul, Korean with it.
  func expectBoth(_ text: LocalizedText, _ what: String) {
    #expect(!text.en.isEmpty && !text.ko.isEmpty, "\(what): an empty text")
    #expect(!hasHangul(text.en), "\(what): Hangul in the English text: \(text.en)")
    #expect(hasHangul(text.ko), "\(what): no Hangul in the Korean text: \(text.ko)")
  }

  @Test(
    "every generator writes its title, prompts, hints and misconceptions in English and Korean",
    arguments: Generators.all.map(\.id))
  func generatorsSpeakBoth(kind: String) throws {
    let k = try #require(shippedDrills.kind(kind))
    expectBoth(k.title, "\(kind) title")
    for seed in UInt64(1)...30 {
      let q = try k.question(seed: seed)
      expectBoth(q.prompt, "\(kind) seed \(seed) prompt")
      #expect(q.hints.count >= 2, "\(kind) seed \(seed)")
      for (i, h) in q.hints.enumerated() { expectBoth(h, "\(kind) seed \(seed) hint \(i + 1)") }
      for m in misconceptions(q.check) { expectBoth(m.feedback, "\(kind) seed \(seed) misconception \(m.id)") }
      // Numbers and formulas are the same in both languages: every bracketed list of the
      // English prompt appears in the Korean one.
      for list in q.prompt.en.split(separator: " ").filter({ $0.hasPrefix("[") && $0.hasSuffix("],") }) {
        #expect(q.prompt.ko.contains(list.dropLast()), "\(kind) seed \(seed): \(list) missing from \(q.prompt.ko)")
      }
    }
  }

  @Test("the seeds' fixed drills carry the exercise's Korean prompts and hints")
  func seedDrillsSpeakBoth() throws {
    for k in shippedDrills.kinds.filter(\.isFixed) {
      expectBoth(k.title, "\(k.id) title")
      let q = try k.question(seed: 1)
      expectBoth(q.prompt, "\(k.id) prompt")
      for h in q.hints { expectBoth(h, "\(k.id) hint") }
    }
  }

  @Test("a Korean run: Korean title, prompt, hint, verdicts, feedback and summary; a caret under the error")
  func koreanRun() throws {
    let q = try question("kraft", seed: 11)
    let lengths = q.prompt.en.split(separator: "(")[2].split(separator: ")")[0].split(separator: ",")
      .map { Int($0.trimmingCharacters(in: .whitespaces))! }
    let wrong = String(lengths.reduce(0) { $0 + (1 << $1) })
    let title = try #require(shippedDrills.kind("kraft")).title
    var saved: [DrillProgress] = []
    var runner = DrillRunner(
      seed: 11, style: DrillStyle(colored: false), progress: DrillProgress(), session: 1,
      language: .ko
    ) { saved.append($0) }
    #expect(runner.prompt == "답> ")
    var console = ScriptedConsole(["?", wrong, "", "sofmax(1)", q.example])
    let before = runner.progress
    let summary = runner.run([(title, q)], console: &console)
    let out = console.output

    #expect(out.contains("[1/1] 부호어 길이의 크래프트 합"), "\(out)")
    #expect(out.contains("  \(q.prompt.ko)\n"), "\(out)")
    #expect(out.contains("답> ?\n  힌트: \(q.hints[0].ko)\n"), "\(out)")
    #expect(out.contains("✗ 오답: "), "\(out)")
    // The misconception's Korean feedback, written by the generator.
    #expect(out.contains("지수는 음수입니다. 각 부호어는 2^ℓ 이 아니라 분수 2^(−ℓ) 만큼 기여합니다."), "\(out)")
    #expect(out.contains("    오개념: kraft-exponent-sign\n"), "\(out)")
    #expect(out.contains("다시 해 보세요"), "\(out)")
    #expect(out.contains("(답을 입력하세요."), "\(out)")
    #expect(out.contains("! 답을 읽을 수 없습니다: "), "\(out)")
    // "답> " is four terminal columns wide (답 takes two), though it is three characters.
    #expect(out.contains("답> sofmax(1)\n    ^\n"), "the caret is under the s: \(out)")
    #expect(out.contains("✓ 정답"), "\(out)")
    #expect(out.contains("기록에는 처음 답이 남습니다."), "\(out)")
    for english in [
      "answer> ", "hint:", "incorrect", "correct", "misconception:", "try again", "cannot read", "Your first answer",
    ] {
      #expect(!out.contains(english), "English '\(english)' in a Korean run: \(out)")
    }
    #expect(summary.results.count == 1 && summary.results[0].result == .incorrect && summary.hints == 1)
    #expect(saved.count == 1 && runner.progress.box("kraft") == 1)

    let text = runner.summaryText(summary, before: before, after: runner.progress, savedPath: "/tmp/p.json")
    #expect(
      text == """

        요약: 문항 1개: 정답 0, 오답 1, 건너뜀 0, 힌트 1번.
        1번 상자로 돌아가 다음 실행에 다시 나올 종류: kraft.
        진도를 /tmp/p.json에 저장했습니다. `softcheck progress`로 볼 수 있습니다.
        """, "\(text)")
    let banner = runner.banner(questionCount: 1, freshNumbers: true)
    #expect(banner.hasPrefix("연습: 문항 1개, 시드 11.") && banner.contains("--seed 11을 주면"), "\(banner)")
  }

  @Test("the same run in English reads as before")
  func englishRun() throws {
    let q = try question("kraft", seed: 11)
    let title = try #require(shippedDrills.kind("kraft")).title
    var runner = DrillRunner(seed: 11, style: DrillStyle(colored: false), progress: DrillProgress(), session: 1) { _ in }
    var console = ScriptedConsole(["?", "sofmax(1)", q.example])
    let summary = runner.run([(title, q)], console: &console)
    let out = console.output
    #expect(out.contains("[1/1] Kraft sum of codeword lengths  (kraft)\n  \(q.prompt.en)\n"), "\(out)")
    #expect(out.contains("answer> ?\n  hint: \(q.hints[0].en)\n"), "\(out)")
    #expect(out.contains("answer> sofmax(1)\n        ^\n  ! cannot read this: "), "\(out)")
    #expect(out.contains("answer> \(q.example)\n  ✓ correct"), "\(out)")
    #expect(!hasHangul(out), "\(out)")
    let text = runner.summaryText(summary, before: DrillProgress(), after: runner.progress, savedPath: nil)
    #expect(text == "\nSummary: 1 question: 1 correct, 0 incorrect, 0 skipped; 1 hint.", "\(text)")
    #expect(
      runner.banner(questionCount: 2, freshNumbers: false)
        == "Drill: 2 questions, seed 11. Answer in the answer grammar; ? for a hint, skip, quit.")
  }

  @Test("the progress table aligns its columns by terminal width, in both languages")
  func progressTable() {
    var p = DrillProgress()
    p.record("kraft", .correct, hinted: false, session: 1)
    p.record("seed-numerics/cross-entropy", .incorrect, hinted: true, session: 1)
    let kinds = ["kraft", "entropy", "seed-numerics/cross-entropy"]
    for language in DisplayLanguage.allCases {
      let text = DrillTexts.progressReport(p, kinds: kinds, path: "/s/progress.json", language: language)
      let rows = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).map(String.init)
      #expect(rows.count == 4, "\(text)")
      // The last column (when a kind is due) starts at the same terminal column in every row,
      // though the Korean headers are two columns a syllable.
      let due = language == .en ? ["due", "in 2 runs", "never asked", "next run"] : ["다음 출제", "2번 실행 뒤", "아직 나오지 않음", "다음 실행"]
      let cells = [7, 7, 1, 7]
      let kindWidth = DisplayWidth.of("seed-numerics/cross-entropy")
      for (i, row) in rows.enumerated() {
        #expect(row.hasSuffix(due[i]), "\(language): '\(row)'")
        let before = String(row.dropLast(due[i].count))
        #expect(DisplayWidth.of(before) == kindWidth + 2 + cells[i] * DrillTexts.columnWidth, "\(language): misaligned '\(row)'")
      }
      if language == .en {
        #expect(text.hasPrefix("Drill progress: 1 run, 2 answers (/s/progress.json)\n\nkind "), "\(text)")
        #expect(rows[1].split(separator: " ").prefix(3) == ["kraft", "2", "1"], "\(text)")
        #expect(rows[2].hasSuffix("never asked"))
      } else {
        #expect(text.hasPrefix("연습 진도: 실행 1번, 답 2개 (/s/progress.json)\n\n종류 "), "\(text)")
        #expect(rows[0].contains("상자") && rows[0].hasSuffix("다음 출제"), "\(text)")
        #expect(rows[2].hasSuffix("아직 나오지 않음"))
        #expect(rows[3].hasSuffix("다음 실행"))
      }
    }
    #expect(
      DrillTexts.progressReport(DrillProgress(), kinds: kinds, path: "/p", language: .ko)
        == "연습 진도: 실행 0번, 답 0개 (/p)\n아직 기록이 없습니다. `softcheck drill`로 시작하세요.")
  }

  @Test("errors and notices carry ids and both languages")
  func errors() throws {
    guard case .failure(let e) = shippedDrills.select(["kraf"]) else {
      Issue.record("an unknown id was accepted")
      return
    }
    #expect(e.message.id == "drill.unknown-id")
    #expect(e.message[.en] == e.description && e.description.contains("did you mean 'kraft'"))
    #expect(e.message[.ko].contains("혹시 'kraft' 말인가요?"), "\(e.message[.ko])")
    let internalError = DrillTexts.internalError(DrillError(Message("drill.huffman-failed", en: "x", ko: "y")))
    #expect(
      internalError.id == "drill.internal-error" && internalError[.en] == "internal error: x" && internalError[.ko] == "내부 오류: y")
    #expect(DrillTexts.progressReset(path: "/p")[.en] == "Drill progress reset (/p).")
    expectBoth(DrillTexts.progressReset(path: "/p").text, "reset")
    var bad = DrillProgress()
    bad.format = "other/2"
    let problem = try #require(bad.problem)
    #expect(problem.id == "progress.unknown-format")
    expectBoth(problem.text, "unknown format")
    let list = DrillTexts.list(shippedDrills, language: .ko)
    let gapLine = try #require(list.split(separator: "\n").first { $0.hasPrefix("  realsoftmax-gap ") })
    #expect(gapLine.hasSuffix("  RealSoftMax − max의 차이  [realsoftmax]"), "\(list)")
  }
}
