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

  @Test("every decided part says how: method for people, method_id for programs, kept through a round trip")
  func methods() throws {
    let summary = try Fixture.summary()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try ClassJSONReport.render(summary).utf8)) as? [String: Any])
    let results = try #require((object["summary"] as? [String: Any])?["results"] as? [[String: Any]])
    let parts = results.flatMap { ($0["exercises"] as? [[String: Any]] ?? []).flatMap { $0["parts"] as? [[String: Any]] ?? [] } }
    let decided = parts.filter { $0["method"] != nil }
    #expect(!decided.isEmpty)
    for part in decided {
      let id = try #require(part["method_id"] as? String, "method without method_id: \(part)")
      #expect(
        ["exact", "certified", "certified-bounds", "sampled", "sampled-point", "exact-match", "identity"].contains(id)
          || id.contains("binary64"), "\(id)")
      if id == "exact" { #expect((part["method"] as? String)?.hasPrefix("decided exactly") == true) }
    }
    #expect(parts.filter { $0["method_id"] != nil }.count == decided.count, "method_id only with method")
    let file = try #require(summary.results.first)
    let again = try JSONDecoder().decode(FileResult.self, from: try JSONEncoder().encode(file))
    let before = file.exercises.flatMap(\.parts).map { [$0.method, $0.methodID] }
    #expect(again.exercises.flatMap(\.parts).map { [$0.method, $0.methodID] } == before)
  }

  @Test("--lang reaches the class JSON: Korean feedback, the same ids, student null when absent")
  func language() throws {
    let summary = try Fixture.summary()
    func results(_ text: String) throws -> [[String: Any]] {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      return try #require((object["summary"] as? [String: Any])?["results"] as? [[String: Any]])
    }
    let en = try results(try ClassJSONReport.render(summary, language: .en))
    let ko = try results(try ClassJSONReport.render(summary, language: .ko))
    #expect(en.allSatisfy { $0["lang"] as? String == "en" } && ko.allSatisfy { $0["lang"] as? String == "ko" })
    #expect(en.allSatisfy { $0.keys.contains("student") }, "student is written, as null when absent")
    let feedback = ko.flatMap { ($0["exercises"] as? [[String: Any]] ?? []).flatMap { $0["parts"] as? [[String: Any]] ?? [] } }
      .compactMap { $0["feedback"] as? String }.filter { !$0.isEmpty }
    #expect(!feedback.isEmpty)
    #expect(feedback.allSatisfy { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } })
    #expect(en.map { $0["id"] as? String } == ko.map { $0["id"] as? String })
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
