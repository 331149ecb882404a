import Catalogue
import Marking
import Reports
import Testing

/// What `mark --watch` shows after a save, as pure functions of two results.
@Suite("watch report")
struct WatchReportTests {
  static func mark(_ parts: String) throws -> FileResult {
    try Fixture.marker().mark(text: "answers:\n  dyadic-code:\n" + parts, file: "a.yaml")
  }

  @Test("only the parts that changed are shown, with the transition, then the next unanswered part")
  func changes() throws {
    let before = try Self.mark("    code: [\"0\", \"10\", \"11\"]\n    expected-length: 1\n")
    let after = try Self.mark("    code: [\"0\", \"10\", \"11\"]\n    expected-length: 3/2\n")
    let text = WatchReport.changes(from: before, to: after, report: TextReport(colored: false))
    #expect(text.contains("changed: dyadic-code/expected-length incorrect → correct"), "\(text)")
    #expect(!text.contains("✓ code"), "an unchanged part is not shown again")
    let next = WatchReport.next(in: after, path: "a.yaml", catalogue: try Fixture.catalogue())
    #expect(next.hasPrefix("next: dyadic-code/entropy-bits"), "\(next)")
    #expect(WatchReport.changes(from: after, to: after, report: TextReport(colored: false)).contains("no verdict changed"))
  }

  @Test("replay keeps only the replayed part")
  func replayFilter() throws {
    let r = try Self.mark("    code: [\"0\", \"10\", \"11\"]\n    expected-length: 1\n").keepingOnly(part: "dyadic-code/code")
    #expect(r.exercises.map(\.id) == ["dyadic-code"] && r.exercises[0].parts.map(\.part) == ["code"])
    #expect(try Self.mark("").keepingOnly(part: "dyadic-code/code").exercises.flatMap(\.parts).count <= 1)
  }
}
