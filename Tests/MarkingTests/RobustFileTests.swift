import Catalogue
import Foundation
import Marking
import SoftcheckTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Files as they arrive in a real course: saved on Windows, in UTF-16, huge, or not files at all.
@Suite("robust files")
struct RobustFileTests {
  static let complete = CLI.packageRoot.appendingPathComponent("Examples/complete-correct.yaml").path
  static let student = CLI.packageRoot.appendingPathComponent("Examples/student-lee.yaml").path

  /// Every part's verdict, score and position: what must not change with the encoding.
  static func summary(_ r: FileResult) -> [String] {
    r.exercises.flatMap { e in e.parts.map { "\(e.id)/\($0.part) \($0.verdict) \($0.score) \($0.line ?? 0):\($0.column ?? 0)" } }
      + r.errors.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message.id)" }
  }

  @Test(
    "a file saved on Windows (CRLF, CR only, BOM + CRLF) is marked as the LF file, positions included",
    arguments: [("\r\n", false), ("\r", false), ("\r\n", true)])
  func windowsFiles(ending: String, bom: Bool) throws {
    let dir = try TemporaryFolder()
    let marker = try Fixture.marker()
    for source in [Self.complete, Self.student] {
      let text = try String(contentsOfFile: source, encoding: .utf8)
      let converted = (bom ? "\u{FEFF}" : "") + text.replacingOccurrences(of: "\n", with: ending)
      try Data(converted.utf8).write(to: dir.url.appendingPathComponent("w.yaml"))
      let lf = marker.mark(path: source)
      let windows = marker.mark(path: dir.path("w.yaml"))
      #expect(windows.errors.isEmpty == lf.errors.isEmpty, "\(windows.errors.map(\.message.text.en))")
      #expect(Self.summary(windows) == Self.summary(lf))
    }
  }

  @Test(
    "UTF-16 and UTF-32 with a byte-order mark are read; UTF-16 without one is named",
    arguments: [
      String.Encoding.utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian,
    ])
  func otherEncodings(_ encoding: String.Encoding) throws {
    let dir = try TemporaryFolder()
    let text = try String(contentsOfFile: Self.complete, encoding: .utf8)
    let marks: [String.Encoding: [UInt8]] = [
      .utf16LittleEndian: [0xFF, 0xFE], .utf16BigEndian: [0xFE, 0xFF],
      .utf32LittleEndian: [0xFF, 0xFE, 0, 0], .utf32BigEndian: [0, 0, 0xFE, 0xFF],
    ]
    let body = try #require(text.data(using: encoding))
    try (Data(marks[encoding]!) + body).write(to: dir.url.appendingPathComponent("u.yaml"))
    let r = try Fixture.marker().mark(path: dir.path("u.yaml"))
    #expect(r.errors.isEmpty && r.isAllCorrect, "\(r.errors.map(\.message.text.en))")
    if encoding == .utf16LittleEndian {
      try body.write(to: dir.url.appendingPathComponent("nomark.yaml"))
      let bare = try Fixture.marker().mark(path: dir.path("nomark.yaml"))
      #expect(bare.errors.map(\.message.id) == ["file.utf16-no-mark"])
      #expect(bare.errors.first?.message.text.en.contains("save it as UTF-8") == true)
    }
  }

  @Test("a 2 GB sparse file is refused by its size, without being read")
  func sparseFile() throws {
    let dir = try TemporaryFolder()
    let path = dir.path("huge.yaml")
    #expect(FileManager.default.createFile(atPath: path, contents: Data("answers:\n".utf8)))
    #expect(truncate(path, 2 << 30) == 0)
    let before = Self.peakMemory()
    let r = try Fixture.marker().mark(path: path)
    #expect(r.errors.map(\.message.id) == ["file.too-large"])
    #expect(Self.peakMemory() - before < 64 << 20, "reading stops at the limit")
  }

  @Test("a device is read only up to the limit, and a folder is named as one")
  func devicesAndFolders() throws {
    let zero = try Fixture.marker().mark(path: "/dev/zero")
    #expect(zero.errors.map(\.message.id) == ["file.too-large"])
    let dir = try TemporaryFolder()
    #expect(try Fixture.marker().mark(path: dir.path).errors.map(\.message.id) == ["file.is-folder"])
  }

  @Test("thousands of unknown ids make a small result: the first fifty listed, the rest counted")
  func manyUnknownIds() throws {
    let exercises = (0..<3000).map { "  ex\($0): {a: 1}\n" }.joined()
    let parts = (0..<3000).map { "    p\($0): 1\n" }.joined()
    let r = try Fixture.marker().mark(text: "answers:\n" + exercises + "  dyadic-code:\n" + parts, file: "many.yaml")
    #expect(r.errors.count == 51)
    #expect(r.errors.last?.message.id == "answers.more-unknown-exercises")
    #expect(r.errors.last?.message.text.en.hasPrefix("2950 more") == true)
    let dyadic = try #require(r.exercises.first { $0.id == "dyadic-code" })
    #expect(dyadic.parts.filter { $0.kind == "unknown" }.count == 50)
    #expect(BatchMarker(marker: try Fixture.marker(), concurrency: 64).concurrency == BatchMarker.maximumConcurrency)
  }

  @Test("a result keeps at most 4000 characters of what was written for a part, and says how much it cut")
  func longAnswersCut() throws {
    let long = String(repeating: "1+", count: 50_000) + "1"
    let r = try Fixture.marker().mark(
      text:
        "answers:\n  dyadic-code:\n    expected-length: \"\(long)\"\n    code: [\(Array(repeating: "\"0\"", count: 5000).joined(separator: ", "))]\n",
      file: "long.yaml")
    let parts = try #require(r.exercises.first).parts
    guard case .text(let text)? = parts.first(where: { $0.part == "expected-length" })?.answer else {
      Issue.record("no text")
      return
    }
    #expect(text.count < 4_100 && text.hasSuffix("… [96001 more characters]"), "\(text.suffix(40))")
    guard case .list(let items)? = parts.first(where: { $0.part == "code" })?.answer else {
      Issue.record("no list")
      return
    }
    #expect(items.count == 4001 && items.last == .text("… [1000 more entries]"), "\(items.count)")
  }

  /// The process's peak resident memory, in bytes.
  static func peakMemory() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
  }
}

/// What a class folder holds, and what marking it reads.
@Suite("class folders")
struct AnswerFolderTests {
  @Test("any-case extensions, subfolders; hidden files, .git, pipes and links leaving the folder are left out")
  func whatIsRead() throws {
    let dir = try TemporaryFolder()
    for name in ["a.yaml", "B.YAML", "sub/c.Yml", "sub/deeper/d.yml", ".hidden.yaml", ".git/e.yaml", "notes.txt"] {
      try dir.write(name, "answers: {}\n")
    }
    let outside = try TemporaryFolder()
    try outside.write("secret.yaml", "answers: {}\n")
    #expect(symlink(outside.path("secret.yaml"), dir.path("leak.yaml")) == 0)
    #expect(symlink("/etc/passwd", dir.path("passwd.yaml")) == 0)
    #expect(symlink(dir.path("a.yaml"), dir.path("inside.yaml")) == 0)
    #expect(symlink(outside.path, dir.path("linked-folder")) == 0)
    #expect(mkfifo(dir.path("pipe.yaml"), 0o600) == 0)
    let (files, skipped) = AnswerFolder().files(in: dir.path)
    let names = files.map { String($0.dropFirst(dir.path.count + 1)) }
    #expect(names == ["B.YAML", "a.yaml", "inside.yaml", "sub/c.Yml", "sub/deeper/d.yml"])
    #expect(skipped.map { String($0.path.dropFirst(dir.path.count + 1)) } == ["leak.yaml", "passwd.yaml", "pipe.yaml"])
    #expect(skipped.map(\.reason.id) == ["folder.link-outside", "folder.link-outside", "folder.not-regular"])
    let allowing = AnswerFolder(allowOutsideLinks: true).files(in: dir.path).files
    #expect(allowing.contains(dir.path("leak.yaml")) && allowing.contains(dir.path("passwd.yaml")))
  }

  @Test("folders nested past the limit are named as skipped, not silently left out")
  func tooDeep() throws {
    let dir = try TemporaryFolder()
    try dir.write("a/b/c/deep.yaml", "answers: {}\n")
    try dir.write("a/shallow.yaml", "answers: {}\n")
    var folder = AnswerFolder()
    folder.maxDepth = 1
    let (files, skipped) = folder.files(in: dir.path)
    #expect(files == [dir.path("a/shallow.yaml")])
    #expect(skipped.map(\.reason.id) == ["folder.too-deep"] && skipped.first?.path == dir.path("a/b"))
  }

  @Test("mark DIR notes what it skipped on stderr and marks the rest")
  func markNotes() throws {
    let dir = try TemporaryFolder()
    try dir.write("kim.yaml", "answers:\n  dyadic-code:\n    expected-length: 3/2\n")
    #expect(symlink("/etc/passwd", dir.path("passwd.yaml")) == 0)
    let r = try CLI.run(["mark", dir.path, "--format", "json"])
    #expect(r.stderr.contains("passwd.yaml: skipped: a link to a file outside the folder"), "\(r.stderr)")
    #expect(!r.stdout.contains("root:"), "the linked file is never read")
    #expect(r.stdout.contains("kim.yaml"))
  }
}

/// A chain whose lines are broken by "\r\n" escapes inside a quoted scalar: each break is one
/// Character in Swift, and the chain still reads line by line.
@Suite("chains with Windows line breaks")
struct CRLFChainTests {
  @Test("a quoted chain with \\r\\n breaks is checked step by step, and a bad step is located")
  func crlfChain() throws {
    let good =
      "answers:\n  kl-nonnegative:\n    proof: \"sum(p*log(p/q)) = -sum(p*log(q/p))\\r\\n>= -log(sum(p*(q/p)))\\r\\n= -log(sum(q))\\r\\n= 0\"\n"
    let r = try Fixture.marker().mark(text: good, file: "crlf.yaml")
    #expect(r.exercises.first?.parts.first { $0.part == "proof" }?.verdict == .correct)
    let bad = good.replacingOccurrences(of: ">= -log(sum(p*(q/p)))", with: ">= -log(sum(p*(q/p))) + 1")
    let p = try #require(
      try Fixture.marker().mark(text: bad, file: "crlf.yaml").exercises.first?.parts.first { $0.part == "proof" })
    #expect(p.verdict != .correct)
    #expect(p.feedback(in: .en).contains("2"), "the failing line is named: \(p.feedback(in: .en))")
    #expect(p.line == 3, "line 2 of the chain is in the file's line 3: \(String(describing: p.line))")
  }
}
