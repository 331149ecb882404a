import Foundation
import Marking
import Reports
import SoftcheckTestSupport
import Testing

/// Report files are written whole (temporary file, then rename), never over an input, and only
/// to the path asked for.
@Suite("AtomicFile")
struct AtomicFileTests {
  @Test("writes a new file, then replaces it whole, leaving no temporary file")
  func writeAndReplace() throws {
    let tmp = try TemporaryFolder()
    let out = tmp.path("report.html")
    try AtomicFile.write("first", to: out)
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "first")
    let big = String(repeating: "김민지 second ", count: 50_000)
    try AtomicFile.write(big, to: out)
    #expect(try String(contentsOfFile: out, encoding: .utf8) == big)
    #expect(tmp.listing() == ["report.html"])
  }

  @Test("a temporary file left by a killed run is removed by the next write; a live writer's is kept")
  func strayTemporaryFiles() throws {
    let tmp = try TemporaryFolder()
    // What a run killed between naming its file and renaming it leaves. The pid is above Linux's
    // largest (2^22), so no process owns it; our parent is alive.
    try tmp.write(".report.html.9999999.tmp", "half a rep")
    try tmp.write(".report.html.\(getppid()).tmp", "being written")
    try AtomicFile.write("whole", to: tmp.path("report.html"))
    #expect(tmp.listing() == [".report.html.\(getppid()).tmp", "report.html"])
  }

  @Test("replaces by rename: a reader holding the old file still sees it whole")
  func renameNotTruncate() throws {
    let tmp = try TemporaryFolder()
    let out = tmp.path("report.csv")
    try AtomicFile.write("old report\n", to: out)
    let reader = try #require(FileHandle(forReadingAtPath: out))
    defer { try? reader.close() }
    try AtomicFile.write("new report, longer than the old one\n", to: out)
    #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == "old report\n")
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "new report, longer than the old one\n")
  }

  @Test("refuses to overwrite an input, by the same path, another spelling, or a symlink")
  func protectsInputs() throws {
    let tmp = try TemporaryFolder()
    let input = tmp.path("kim.yaml")
    let original = "student: Kim\nanswers: {}\n"
    try original.write(toFile: input, atomically: true, encoding: .utf8)
    let link = tmp.path("link.html")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
    try FileManager.default.createDirectory(atPath: tmp.path("sub"), withIntermediateDirectories: true)
    for out in [input, tmp.path("sub/../kim.yaml"), tmp.path("./kim.yaml"), link] {
      #expect(throws: AtomicFile.Failure.self, "writing to \(out)") {
        try AtomicFile.write("<html/>", to: out, protecting: [input])
      }
    }
    // The input reached through a symlink on the command line is protected too.
    #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("<html/>", to: input, protecting: [link]) }
    #expect(try String(contentsOfFile: input, encoding: .utf8) == original)
    #expect(tmp.listing() == ["kim.yaml", "link.html", "sub"])
  }

  @Test("a folder or a missing parent folder is an error, not a stray file")
  func unwritable() throws {
    let tmp = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: tmp.path("dir"), withIntermediateDirectories: true)
    #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: tmp.path("dir")) }
    #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: tmp.path("missing/report.html")) }
    #expect(tmp.listing() == ["dir"])
  }

  /// (The command-line test runs `softcheck report` from inside such a folder, too.)
  @Test("an id like ../../x never becomes a path: every format writes only to --out")
  func idIsNotAPath() throws {
    let tmp = try TemporaryFolder()
    let deep = tmp.url.appendingPathComponent("a/b/c")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    let answer = deep.appendingPathComponent("x.yaml").path
    try """
    student: "../../../y"
    id: "../../x"
    answers:
      log-partition:
        erratum: "no"
    """.write(toFile: answer, atomically: true, encoding: .utf8)
    let result = try Fixture.marker().mark(path: answer)
    #expect(result.id == "../../x")
    let summary = ClassSummary(results: [result])
    let outputs: [(String, String)] = [
      ("r.html", HTMLReport.render(summary)), ("r.md", MarkdownReport.render(summary)),
      ("r.json", try ClassJSONReport.render(summary)), ("r.csv", CSVReport.render(summary)),
      ("r.xml", JUnitReport.render(summary)), ("results.json", try GradescopeReport.render(result)),
    ]
    for (name, text) in outputs {
      try AtomicFile.write(text, to: deep.appendingPathComponent(name).path, protecting: [answer])
    }
    #expect(
      tmp.listing() == ["a", "a/b", "a/b/c"]
        + ["r.csv", "r.html", "r.json", "r.md", "r.xml", "results.json", "x.yaml"].map { "a/b/c/" + $0 })
    #expect(!FileManager.default.fileExists(atPath: tmp.path("a/x")))
    #expect(!FileManager.default.fileExists(atPath: tmp.path("x")))
  }
}
