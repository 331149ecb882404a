import Foundation
import Marking
import Reports
import Testing

/// The class report as JSON (`softcheck-report/1`).
@Suite("Class JSON report")
struct ClassJSONReportTests {
  @Test("decodes, with the summary and every result")
  func decodes() throws {
    let summary = try Fixture.summary()
    let text = try ClassJSONReport.render(summary)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["format"] as? String == "softcheck-report/1")
    let s = try #require(object["summary"] as? [String: Any])
    #expect((s["students"] as? NSNumber)?.intValue == summary.students)
    #expect((s["results"] as? [Any])?.count == summary.results.count)
    #expect(s["duplicateIDs"] as? [String] == ["2024-0999"])
    #expect((s["invalidFiles"] as? NSNumber)?.intValue == 2)
    // Hostile text survives JSON escaping.
    let students = (s["results"] as? [[String: Any]] ?? []).compactMap { $0["student"] as? String }
    #expect(students.contains("<script>alert(1)</script>"))
    #expect(students.contains("O\"Brien, Dana\nsecond line"))
  }

  @Test("rendering the same summary twice gives the same bytes")
  func sameBytes() throws {
    let summary = try Fixture.summary()
    let first = try ClassJSONReport.render(summary)
    let second = try ClassJSONReport.render(summary)
    #expect(try canonicalJSON(first) == canonicalJSON(second), "same content")
    #expect(first == second, "same bytes: object keys must come out in a fixed order")
  }

  @Test("encoding one result twice gives the same bytes")
  func resultSameBytes() throws {
    let result = try Fixture.result("02-lee-partial.yaml")
    #expect(try JSONReport.object(result) == JSONReport.object(result))
    #expect(try JSONReport.lines([result]) == JSONReport.lines([result]))
  }
}
