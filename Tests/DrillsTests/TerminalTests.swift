import Foundation
import SoftcheckTestSupport
import Testing

@testable import Drills

#if canImport(Glibc)
import Glibc
#endif

/// `script` from util-linux, which runs a command on a pseudo-terminal.
let scriptTool: String? = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("drill on a pseudo-terminal, and mark --watch")
struct TerminalTests {
  /// stdin is a terminal here, so the drill reads with libedit (when it loads) and does not echo
  /// answers itself. `script` copies its own stdin to the terminal and sends end-of-file after it.
  @Test("the prompt works on a terminal (script -qc)", .enabled(if: scriptTool != nil, "util-linux `script` is not installed"))
  func pseudoTerminal() throws {
    let state = try ScratchFolder()
    let exe = try #require(DrillCLI.executable)
    let q = try question("kraft", seed: 11)
    let command = "'\(exe.path)' drill kraft --seed 11 --count 1"
    let r = try DrillCLI.runProgram(
      try #require(scriptTool), ["-qec", command, "/dev/null"],
      input: "?\n\(q.example)\n", environment: DrillCLI.environment(state: state.path))
    let out = r.stdout.replacingOccurrences(of: "\r", with: "")
    #expect(r.status == 0, "\(out) \(r.stderr)")
    #expect(out.contains("answer> "), "\(out)")
    #expect(out.contains("hint: \(q.hints[0].en)"))
    #expect(out.contains("✓ correct"), "\(out)")
    #expect(out.contains("Summary: 1 question: 1 correct"))
    if dlopen("libedit.so.2", RTLD_NOW) != nil {
      // libedit shows the line it read after the prompt (a plain read would leave it to the
      // terminal's echo, which happens when `script` types ahead, before the prompt).
      #expect(out.contains("answer> \(q.example)"), "\(out)")
    }
    let p = try DrillCLI.progressOf(state)
    #expect(p.kinds["kraft"]?.hinted == 1)
  }

  /// libedit converts the prompt and typed lines with the C library's multibyte functions: in
  /// the "C" locale a Korean prompt crashed it before the first answer. Korean from the locale
  /// (one that may not be installed, as on most servers), from --lang under LANG=C, and English,
  /// each typed at a real pseudo-terminal with a real terminal type.
  @Test(
    "the drill in Korean and English at a terminal, whatever locale is installed",
    .enabled(if: scriptTool != nil, "util-linux `script` is not installed"),
    arguments: [
      (["LANG": "ko_KR.UTF-8"], [String](), "답> "),
      (["LANG": "C", "LC_ALL": "C"], ["--lang", "ko"], "답> "),
      (["LANG": "C.UTF-8"], ["--lang", "ko"], "답> "),
      (["LANG": "en_US.UTF-8"], [String](), "answer> "),
    ])
  func localizedTerminal(locale: [String: String], flags: [String], prompt: String) throws {
    let state = try ScratchFolder()
    let exe = try #require(DrillCLI.executable)
    let q = try question("kraft", seed: 11)
    let command = (["'\(exe.path)'", "drill", "kraft", "--seed", "11", "--count", "1"] + flags).joined(separator: " ")
    var env = DrillCLI.environment(state: state.path)
    env["TERM"] = "xterm-256color"
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    for (k, v) in locale { env[k] = v }
    // A Korean word typed first (not an answer: it gets a located error), then the answer.
    let r = try DrillCLI.runProgram(
      try #require(scriptTool), ["-qec", command, "/dev/null"],
      input: "한글\n\(q.example)\n", environment: env)
    let out = r.stdout.replacingOccurrences(of: "\r", with: "")
    #expect(r.status == 0, "\(out) \(r.stderr)")
    #expect(!out.contains("crashed") && !r.stderr.contains("crashed"), "\(out)")
    #expect(out.contains(prompt), "\(out)")
    #expect(out.contains(prompt == "답> " ? "정답" : "✓ correct"), "\(out)")
  }

  @Test("mark --watch re-marks on every save and shows only what changed, then the next unanswered part")
  func watch() throws {
    let state = try ScratchFolder()
    let dir = try ScratchFolder()
    let file = dir.file("answers.yaml")
    func save(_ answers: String, replacing: Bool) throws {
      let text = "answers:\n  dyadic-code:\n" + answers
      if replacing {
        // As editors that write a new file and rename it over the old one.
        try dir.write(".answers.yaml.swp", text)
        #expect(rename(dir.file(".answers.yaml.swp"), file) == 0)
      } else {
        // As editors that write in place.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: 0)
        handle.write(Data(text.utf8))
        try handle.close()
      }
    }
    try dir.write("answers.yaml", "")
    try save("    code: [\"0\", \"10\", \"11\"]\n    expected-length: 1\n", replacing: false)
    let live = try LiveProcess(["mark", "--watch", file], state: state.path)
    defer { live.kill(SIGINT) }
    #expect(live.waitFor("next: dyadic-code/entropy-bits"), "\(live.text)")
    let initial = live.text
    #expect(initial.contains("Watching"))
    #expect(initial.contains("expected-length"))

    try save("    code: [\"0\", \"10\", \"11\"]\n    expected-length: 3/2\n", replacing: true)
    #expect(live.waitFor("changed: dyadic-code/expected-length incorrect → correct"), "\(live.text)")
    #expect(live.waitFor("next: dyadic-code/entropy-bits", after: initial.count))
    let second = String(live.text.dropFirst(initial.count))
    #expect(!second.contains("✓ code"), "an unchanged part is not shown again: \(second)")

    let before = live.text.count
    try save("    code: [\"0\", \"10\", \"11\"]\n    expected-length: 3/2\n    entropy-bits: 3/2\n", replacing: false)
    #expect(live.waitFor("dyadic-code/entropy-bits unanswered → correct", after: before), "\(live.text)")
    #expect(live.waitFor("next: dyadic-code/entropy-nats", after: before))
  }

  @Test("mark --watch --assignment marks the assignment: its first unanswered part comes next")
  func watchAssignment() throws {
    let state = try ScratchFolder()
    let dir = try ScratchFolder()
    try dir.write("hw.yaml", "format: softcheck-assignment/1\nid: hw\nexercises: [pam3, dyadic-code]\n")
    try dir.write("answers.yaml", "answers:\n  dyadic-code:\n    code: [\"0\", \"10\", \"11\"]\n")
    let live = try LiveProcess(
      ["mark", "--watch", "--assignment", dir.file("hw.yaml"), dir.file("answers.yaml")], state: state.path)
    defer { live.kill(SIGINT) }
    #expect(live.waitFor("next: pam3/trits"), "\(live.text)")
  }
}

extension DrillCLI {
  static func progressOf(_ state: ScratchFolder) throws -> DrillProgress {
    let data = try Data(contentsOf: URL(fileURLWithPath: state.path + "/softcheck/progress.json"))
    return try JSONDecoder().decode(DrillProgress.self, from: data)
  }
}
