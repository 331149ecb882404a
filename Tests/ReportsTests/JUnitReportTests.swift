import Foundation
import Marking
import Reports
import SoftcheckTestSupport
import Testing

/// JUnit XML for CI servers: a `testsuite` per file, a `testcase` per part, and counts that add up.
@Suite("JUnit report")
struct JUnitReportTests {
  static let xml: Result<String, any Error> = Result { JUnitReport.render(try Fixture.summary()) }

  static func root() throws -> XElement { try XMLTree.parse(try xml.get()) }

  static func count(_ e: XElement, _ attribute: String) -> Int? { e.attributes[attribute].flatMap { Int($0) } }

  @Test("parses, with root testsuites and one testsuite per file")
  func structure() throws {
    let xml = try Self.xml.get()
    #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    let root = try Self.root()
    #expect(root.name == "testsuites")
    let suites = root.elements("testsuite")
    #expect(suites.count == (try Fixture.results().count))
    #expect(root.children.allSatisfy { $0.name == "testsuite" })
    for suite in suites {
      for attribute in ["name", "tests", "failures", "errors"] {
        #expect(suite.attributes[attribute] != nil, "testsuite \(suite.attributes["name"] ?? "?") has \(attribute)")
      }
    }
  }

  @Test("each testsuite's counts add up to its testcases and their failure, error and skipped elements")
  func suiteCounts() throws {
    for suite in try Self.root().elements("testsuite") {
      let name = suite.attributes["name"] ?? "?"
      let cases = suite.elements("testcase")
      #expect(Self.count(suite, "tests") == cases.count, "tests of \(name)")
      #expect(Self.count(suite, "failures") == cases.flatMap { $0.elements("failure") }.count, "failures of \(name)")
      #expect(Self.count(suite, "errors") == cases.flatMap { $0.elements("error") }.count, "errors of \(name)")
      #expect((Self.count(suite, "skipped") ?? 0) == cases.flatMap { $0.elements("skipped") }.count, "skipped of \(name)")
      for c in cases {
        #expect(
          c.elements("failure").count + c.elements("error").count + c.elements("skipped").count <= 1,
          "testcase \(c.attributes["name"] ?? "?") of \(name) has one outcome at most")
      }
    }
  }

  @Test("the testsuites totals are the sums over the testsuites")
  func rootCounts() throws {
    let root = try Self.root()
    let suites = root.elements("testsuite")
    for attribute in ["tests", "failures", "errors"] {
      let sum = suites.map { Self.count($0, attribute) ?? 0 }.reduce(0, +)
      #expect(
        Self.count(root, attribute) == sum,
        "testsuites \(attribute)=\(root.attributes[attribute] ?? "nil") but the suites add up to \(sum)")
    }
    if let skipped = Self.count(root, "skipped") {
      #expect(skipped == suites.map { Self.count($0, "skipped") ?? 0 }.reduce(0, +))
    }
  }

  @Test("every testcase has a name and a classname")
  func testcaseNames() throws {
    let cases = try Self.root().all("testcase")
    #expect(!cases.isEmpty)
    for c in cases {
      #expect(!(c.attributes["name"] ?? "").isEmpty)
      #expect(!(c.attributes["classname"] ?? "").isEmpty)
    }
  }

  @Test("the verdicts map onto failure, error and skipped")
  func verdicts() throws {
    let results = try Fixture.results()
    let parts = results.flatMap { $0.exercises.flatMap(\.parts) }
    let cases = try Self.root().all("testcase")
    #expect(
      cases.flatMap { $0.elements("failure") }.count == parts.filter { $0.verdict == .incorrect || $0.verdict == .partial }.count)
    #expect(cases.flatMap { $0.elements("skipped") }.count == parts.filter { $0.verdict == .unanswered }.count)
    // Every file with file-level errors (not only unreadable ones) gets one `file` error case.
    let invalidFiles = results.filter { !$0.errors.isEmpty }.count
    #expect(cases.flatMap { $0.elements("error") }.count == parts.filter { $0.verdict == .invalid }.count + invalidFiles)
  }

  @Test("file-level errors are reported even when the file also has marked exercises")
  func fileErrorsNotDropped() throws {
    // 08-han misspells an exercise ('realsoftmx'), 19-several a top-level key ('anwsers'): the
    // learner's answers to that exercise are ignored, so CI must see an error for the file.
    let root = try Self.root()
    for name in ["08-han-invalid-parts.yaml", "19-several.yaml"] {
      let r = try Fixture.result(name)
      #expect(!r.errors.isEmpty && !r.exercises.isEmpty)
      let suite = try #require(root.elements("testsuite").first { $0.attributes["name"] == r.id })
      let reported = suite.all("error").map { ($0.attributes["message"] ?? "") + $0.allText }.joined(separator: "\n")
      for e in r.errors {
        #expect(reported.contains(e.message.text.en), "\(name): \(e.message.text.en.debugDescription) is in the JUnit report")
      }
    }
  }

  @Test("hostile ids and names come back exactly after XML parsing")
  func escaping() throws {
    let names = Set(try Self.root().elements("testsuite").compactMap { $0.attributes["name"] })
    for r in try Fixture.results() { #expect(names.contains(r.id), "testsuite for \(r.id.debugDescription)") }
    #expect(!(try Self.xml.get()).contains("<script>"))
  }

  @Test("control characters in learner text are dropped, so the XML stays well-formed")
  func controlCharacters() throws {
    let result = try Fixture.mark(
      """
      student: "bell\\a escape\\e[31m"
      id: "ctl\\x01\\x08<&>"
      answers:
        log-partition:
          erratum: "yes"
      """)
    let xml = JUnitReport.render(ClassSummary(results: [result]))
    let root = try XMLTree.parse(xml)
    #expect(root.elements("testsuite").first?.attributes["name"] == "ctl<&>")
  }

  static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test("validates against the JUnit schema (only where xmllint is installed)", .enabled(if: xmllint != nil))
  func schema() throws {
    let tmp = try TemporaryFolder()
    let report = tmp.path("junit.xml")
    try (try Self.xml.get()).write(toFile: report, atomically: true, encoding: .utf8)
    let schema = try Fixture.fixtures.appendingPathComponent("junit.xsd").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.xmllint))
    process.arguments = ["--noout", "--nonet", "--schema", schema, report]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "xmllint: \(message)")
  }
}
