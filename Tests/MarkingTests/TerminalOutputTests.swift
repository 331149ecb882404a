import Foundation
import Language
import SoftcheckTestSupport
import Testing

/// What reaches a terminal from input that anyone can write.
@Suite("terminal output")
struct TerminalOutputTests {
  static let hostile = """
    format: softcheck/1
    student: "A\\e[2JB\\e]0;title\\aC\\e[8mD\\u202Eevil"
    id: "x\\e[31my"
    answers:
      "dy\\e[2Jadic": {code: 1}
      dyadic-code:
        "co\\e[8mde": 1
        entropy-bits: "\\e[2J"
    """

  @Test(
    "control characters from names, ids, keys and answers are shown, never sent",
    arguments: [["--color", "never"], ["--color", "always"], []])
  func escapes(_ flags: [String]) throws {
    let dir = try TemporaryFolder()
    try dir.write("esc.yaml", Self.hostile)
    let r = try CLI.run(["mark", dir.path("esc.yaml")] + flags)
    // With colour, the only escapes are SGR colour codes softcheck writes itself.
    let stripped = r.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(!stripped.contains("\u{1B}") && !stripped.contains("\u{7}") && !stripped.contains("\u{202E}"), "\(stripped)")
    #expect(stripped.contains("A^[[2JB^[]0;title^GC^[[8mD\\u{202e}evil"), "\(stripped)")
    #expect(stripped.contains("dy^[[2Jadic"))
    #expect(!r.stderr.contains("\u{1B}"))
  }

  @Test("paths and ids from the command line are shown, never sent, in errors too")
  func commandLineEscapes() throws {
    let missing = try CLI.run(["mark", "no\u{1B}[2Jfile.yaml"])
    #expect(!missing.stderr.contains("\u{1B}") && missing.stderr.contains("no^[[2Jfile.yaml"), "\(missing.stderr)")
    let show = try CLI.run(["show", "dy\u{1B}[2Jadic"])
    #expect(show.status == 2 && !show.stderr.contains("\u{1B}"), "\(show.stderr)")
  }

  @Test("--color always colours output that goes to a pipe; --color never and NO_COLOR do not")
  func colourAlways() throws {
    let student = CLI.packageRoot.appendingPathComponent("Examples/student-lee.yaml").path
    #expect(try CLI.run(["mark", student, "--color", "always"]).stdout.contains("\u{1B}["))
    #expect(!(try CLI.run(["mark", student, "--color", "never"]).stdout.contains("\u{1B}[")))
    #expect(!(try CLI.run(["mark", student]).stdout.contains("\u{1B}[")))
  }

  @Test("the same unknown name gets the same suggestion in every run and whatever the candidates' order")
  func suggestionTies() throws {
    let names = ["o", "e", "p", "x", "y"]
    for _ in 0..<10 { #expect(NameSuggestion.closest(to: "q", among: names.shuffled()) == "e") }
    #expect(NameSuggestion.closest(to: "lg", among: ["ln", "log"]) == "log")
    #expect(NameSuggestion.closest(to: "lg", among: ["log", "ln"]) == "log")
    let dir = try TemporaryFolder()
    try dir.write("a.yaml", "answers:\n  ce-hessian:\n    gradient: softmax(q) - y\n")
    let outputs = try (0..<6).map { _ in try CLI.run(["mark", dir.path("a.yaml")]).stdout }
    #expect(Set(outputs).count == 1, "\(Set(outputs))")
  }
}
