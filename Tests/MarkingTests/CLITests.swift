import Foundation
import Marking
import SoftcheckTestSupport
import Testing

@Suite("softcheck command line, end to end")
struct CLITests {
  static let correct = try? String(
    contentsOf: CLI.packageRoot.appendingPathComponent("Examples/dyadic-correct.yaml"), encoding: .utf8)

  // MARK: mark: exit statuses

  @Test("mark the correct example: exit 0, 4 / 4")
  func markCorrect() throws {
    let r = try CLI.run(["mark", "Examples/dyadic-correct.yaml"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(r.stdout.contains("4 / 4"), "\(r.stdout)")
    #expect(!r.stdout.contains("\u{1B}["), "no styling when stdout is not a terminal")
  }

  @Test("mark the wrong example: exit 1, with misconceptions named")
  func markWrong() throws {
    let r = try CLI.run(["mark", "Examples/dyadic-wrong.yaml"])
    #expect(r.status == 1)
    #expect(r.stdout.contains("short-code-wrong-symbol"))
    #expect(r.stdout.contains("nats-vs-bits"))
  }

  @Test("mark a missing file: exit 2, and stderr names it")
  func markMissing() throws {
    let r = try CLI.run(["mark", "no-such-answers.yaml"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("no-such-answers.yaml"))
  }

  /// Exit 0 means "every part of every file is correct"; a file that could not be read was not
  /// marked at all, so the status must not be 0.
  @Test("mark a good file and a missing one: not exit 0")
  func markGoodAndMissing() throws {
    let r = try CLI.run(["mark", "Examples/dyadic-correct.yaml", "no-such-answers.yaml"])
    #expect(r.status != 0, "a missing file was silently skipped: stdout \(r.stdout)")
    #expect(r.stderr.contains("no-such-answers.yaml"))
  }

  @Test("mark --format bogus: usage error, exit 2")
  func bogusFormat() throws {
    let r = try CLI.run(["mark", "--format", "bogus", "Examples/dyadic-correct.yaml"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("bogus"))
  }

  @Test("mark with no path: usage error, exit 2")
  func noPath() throws {
    #expect(try CLI.run(["mark"]).status == 2)
  }

  @Test("an unknown subcommand or option: exit 2")
  func unknownCommand() throws {
    #expect(try CLI.run(["grade", "x.yaml"]).status == 2)
    #expect(try CLI.run(["mark", "--bogus", "Examples/dyadic-correct.yaml"]).status == 2)
  }

  @Test("a folder with one good and one non-YAML file: both marked, exit 1")
  func folderWithBadFile() throws {
    let dir = try TemporaryFolder()
    try dir.write("a-good.yaml", try #require(Self.correct))
    try dir.write("b-bad.yaml", "answers: [\n")
    let r = try CLI.run(["mark", "--format", "json", dir.url.path])
    #expect(r.status == 1, "stderr: \(r.stderr)")
    let array = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 2, "one bad file never stops the others")
    let good = try #require(array.first { ($0["file"] as? String)?.hasSuffix("a-good.yaml") == true })
    #expect((good["score"] as? NSNumber)?.doubleValue == 4)
    #expect((good["errors"] as? [Any])?.isEmpty == true)
    let bad = try #require(array.first { ($0["file"] as? String)?.hasSuffix("b-bad.yaml") == true })
    let error = try #require((bad["errors"] as? [[String: Any]])?.first)
    #expect((error["line"] as? NSNumber)?.intValue == 2)
    #expect((error["column"] as? NSNumber)?.intValue == 1)
  }

  @Test("the bad file's error is printed with file:line:column in text output")
  func folderTextOutput() throws {
    let dir = try TemporaryFolder()
    try dir.write("b-bad.yaml", "answers: [\n")
    let r = try CLI.run(["mark", dir.url.appendingPathComponent("b-bad.yaml").path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("b-bad.yaml:2:1:"), "\(r.stdout)")
  }

  @Test("a folder is searched recursively for .yaml and .yml only")
  func folderRecursive() throws {
    let dir = try TemporaryFolder()
    let good = try #require(Self.correct)
    try dir.write("a.yaml", good)
    try dir.write("sub/b.yml", good)
    try dir.write("notes.txt", "not an answer file")
    let r = try CLI.run(["mark", "--format", "jsonl", dir.url.path])
    #expect(r.status == 0, "stdout: \(r.stdout) stderr: \(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
  }

  @Test("a folder with no answer files: exit 2")
  func emptyFolder() throws {
    let dir = try TemporaryFolder()
    try dir.write("notes.txt", "nothing")
    #expect(try CLI.run(["mark", dir.url.path]).status == 2)
  }

  @Test("mark --format json of one file is one object; --reveal adds references")
  func jsonOneFile() throws {
    let plain = try CLI.run(["mark", "--format", "json", "Examples/dyadic-correct.yaml"])
    #expect(plain.status == 0)
    let o = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
    #expect(o["format"] as? String == "softcheck-result/1")
    #expect(o["id"] as? String == "2024-0137")
    #expect(!plain.stdout.contains("\"reference\""))
    let revealed = try CLI.run(["mark", "--format", "json", "--reveal", "Examples/dyadic-correct.yaml"])
    #expect(revealed.stdout.contains("\"reference\""))
  }

  @Test("--seed is recorded in the result")
  func seed() throws {
    let r = try CLI.run(["mark", "--format", "json", "--seed", "42", "Examples/dyadic-correct.yaml"])
    let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect((o["seed"] as? NSNumber)?.intValue == 42)
  }

  // MARK: list, show, template

  @Test("list: exit 0, names dyadic-code with its parts and points")
  func list() throws {
    let r = try CLI.run(["list"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("dyadic-code"))
    #expect(r.stdout.contains("code, expected-length, entropy-bits, entropy-nats"))
    #expect(r.stdout.contains("4 points"))
  }

  @Test("show dyadic-code --hints: statement, parts and hints")
  func showHints() throws {
    let r = try CLI.run(["show", "dyadic-code", "--hints"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("p = (1/2, 1/4, 1/4)"))
    for part in ["code", "expected-length", "entropy-bits", "entropy-nats"] {
      #expect(r.stdout.contains("- \(part) ("), "part \(part) listed")
    }
    #expect(r.stdout.contains("hint: The most probable symbol should get the shortest codeword."))
    let without = try CLI.run(["show", "dyadic-code"])
    #expect(without.status == 0)
    #expect(!without.stdout.contains("hint:"))
  }

  @Test("show an unknown id: exit 2 with did-you-mean")
  func showUnknown() throws {
    let r = try CLI.run(["show", "dyadic-cod"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("did you mean 'dyadic-code'"), "\(r.stderr)")
  }

  @Test("template dyadic-code parses back with no problems and every part unanswered")
  func template() throws {
    let r = try CLI.run(["template", "dyadic-code"])
    #expect(r.status == 0)
    let file = try AnswerFile.parse(r.stdout)
    #expect(file.problems.isEmpty, "\(file.problems.map(\.message))")
    #expect(file.answers.map(\.exercise.text) == ["dyadic-code"])
    let result = try Fixture.marker().mark(text: r.stdout, file: "template.yaml")
    #expect(result.errors.isEmpty)
    let parts = try #require(result.exercises.first?.parts)
    #expect(parts.map(\.part) == ["code", "expected-length", "entropy-bits", "entropy-nats"])
    #expect(parts.allSatisfy { $0.verdict == .unanswered })
  }

  @Test("template with no id covers every exercise and also parses back cleanly")
  func templateAll() throws {
    let r = try CLI.run(["template"])
    #expect(r.status == 0)
    let file = try AnswerFile.parse(r.stdout)
    #expect(file.problems.isEmpty)
    let ids = try Fixture.catalogue().exercises.map(\.id)
    #expect(file.answers.map(\.exercise.text) == ids)
  }

  @Test("template of an unknown id: exit 2")
  func templateUnknown() throws {
    #expect(try CLI.run(["template", "nope"]).status == 2)
  }

  @Test("--version and --help exit 0")
  func versionAndHelp() throws {
    let v = try CLI.run(["--version"])
    #expect(v.status == 0)
    #expect(!v.stdout.isEmpty)
    #expect(try CLI.run(["--help"]).status == 0)
    #expect(try CLI.run(["mark", "--help"]).status == 0)
  }

  /// cli.md: exit 2 for a usage error or when no input could be read; CatalogueOptions says a
  /// catalogue failure "should end the command with exit status 2".
  @Test("a broken --exercises folder: exit 2 with the file, line and column")
  func brokenCatalogue() throws {
    let dir = try TemporaryFolder()
    try dir.write(
      "bad.yaml",
      "id: bad\ntitle: {en: Bad, ko: 나쁨}\nstatement: {en: x, ko: 엑스}\nparts:\n  - id: a\n    kind: vaue\n    prompt: {en: p, ko: 피}\n"
    )
    let r = try CLI.run(["list", "--exercises", dir.url.path])
    #expect(r.status == 2, "stderr: \(r.stderr)")
    #expect(r.stderr.contains("bad.yaml:6:11"), "\(r.stderr)")
  }

  @Test("a missing --exercises folder: exit 2")
  func missingCatalogue() throws {
    let r = try CLI.run(["list", "--exercises", "/no/such/folder"])
    #expect(r.status == 2, "stderr: \(r.stderr)")
  }
}
