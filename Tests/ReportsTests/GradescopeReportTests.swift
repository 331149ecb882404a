import Foundation
import Marking
import Reports
import Testing

/// Gradescope's `results.json` for one submission.
@Suite("Gradescope report")
struct GradescopeReportTests {
  /// Decodes the report and checks the fields Gradescope reads; returns the top-level object.
  @discardableResult
  static func check(_ result: FileResult) throws -> [String: Any] {
    let text = try GradescopeReport.render(result)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "a JSON object")
    let score = try #require(object["score"] as? NSNumber, "score is a number")
    let tests = try #require(object["tests"] as? [[String: Any]], "tests is an array of objects")
    var sum = 0.0
    for test in tests {
      #expect(test["name"] is String)
      let s = try #require(test["score"] as? NSNumber, "test score is a number")
      let m = try #require(test["max_score"] as? NSNumber, "max_score is a number")
      #expect(test["output"] is String)
      #expect(s.doubleValue <= m.doubleValue)
      sum += s.doubleValue
    }
    #expect(abs(sum - score.doubleValue) < 1e-9, "the tests add up to the score")
    #expect(tests.count == result.exercises.flatMap(\.parts).count)
    return object
  }

  @Test("one result decodes with score and tests of name, score, max_score, output")
  func fields() throws {
    let object = try Self.check(try Fixture.result("02-lee-partial.yaml"))
    #expect((object["score"] as? NSNumber)?.doubleValue == 1)
    let tests = object["tests"] as? [[String: Any]] ?? []
    #expect(
      tests.map { $0["name"] as? String } == [
        "dyadic-code/code", "dyadic-code/expected-length", "dyadic-code/entropy-bits", "dyadic-code/entropy-nats",
      ])
    #expect((tests.first?["output"] as? String)?.contains("short-code-wrong-symbol") == true)
    #expect((tests.first?["max_score"] as? NSNumber)?.doubleValue == 1)
  }

  @Test("every fixture file gives valid results.json, the invalid ones with their error")
  func everyFile() throws {
    for r in try Fixture.results() { try Self.check(r) }
    let notYAML = try Self.check(try Fixture.result("09-not-yaml.yaml"))
    #expect((notYAML["output"] as? String)?.contains("not valid YAML") == true)
    let hostile = try Self.check(try Fixture.result("12-script.yaml"))
    #expect((hostile["score"] as? NSNumber)?.doubleValue == 3)
  }
}
