import Checks
import Foundation
import Marking
import Reports
import Testing

/// The fixture class itself: it must keep covering what the report tests rely on.
@Suite("Fixture class")
struct FixtureClassTests {
  @Test("about twenty files, every verdict kind, invalid files, a duplicate id, hostile names")
  func coverage() throws {
    let results = try Fixture.results()
    #expect(results.count >= 20)
    let verdicts = Set(results.flatMap { $0.exercises.flatMap(\.parts).map(\.verdict) })
    for v in Verdict.allCases { #expect(verdicts.contains(v), "some part is \(v.rawValue)") }
    let summary = ClassSummary(results: results)
    #expect(summary.students == results.count)
    #expect(summary.invalidFiles == 2, "09-not-yaml and 21-latin1 cannot be marked")
    #expect(summary.duplicateIDs == ["2024-0999"])
    let exercises = Set(results.flatMap { $0.exercises.map(\.id) })
    for id in ["dyadic-code", "realsoftmax", "kl-nonnegative", "lse-convex", "log-partition"] {
      #expect(exercises.contains(id), "some file answers \(id)")
    }
    let students = results.compactMap(\.student)
    #expect(students.contains("<script>alert(1)</script>"))
    #expect(students.contains("김민지"))
    #expect(students.contains("=cmd|' /C calc'!A0"))
    #expect(students.contains { $0.contains("\"") && $0.contains(",") && $0.contains("\n") })
    #expect(results.contains { $0.id == "../../etc/passwd" })
  }

  @Test("the not-YAML and not-UTF-8 files each get one located error and no exercises")
  func unreadableFiles() throws {
    let notYAML = try Fixture.result("09-not-yaml.yaml")
    #expect(notYAML.exercises.isEmpty)
    #expect(notYAML.errors.count == 1)
    #expect(notYAML.errors.first?.line != nil)
    let latin1 = try Fixture.result("21-latin1.yaml")
    #expect(latin1.exercises.isEmpty)
    #expect(latin1.errors.map(\.message.text.en) == ["the file is not valid UTF-8 text: save it as UTF-8"])
    // The fixture must stay Latin-1: if someone re-saves it as UTF-8 this test says so.
    let bytes = try Data(contentsOf: try Fixture.classFolder.appendingPathComponent("21-latin1.yaml"))
    #expect(String(data: bytes, encoding: .utf8) == nil, "21-latin1.yaml is not valid UTF-8")
  }
}
