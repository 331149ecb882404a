import Foundation
import Marking
import Reports
import Testing

/// The JSON result of cli.md (`softcheck-result/1`), decoded with JSONSerialization so the test
/// sees exactly what a program reading `mark --format json` sees.
@Suite("JSON report of one file")
struct JSONReportTests {
  static let topKeys: Set<String> = ["format", "file", "id", "student", "seed", "score", "max", "errors", "exercises", "lang"]
  static let exerciseKeys: Set<String> = ["id", "score", "max", "parts"]
  static let partKeys: Set<String> = ["part", "verdict", "score", "max", "feedback", "misconception", "counterexample"]
  static let errorKeys: Set<String> = ["line", "column", "message", "id", "text"]

  static let wrongFile = Fixture.dyadicFile(
    [
      ("code", #"["10", "0", "11"]"#), ("expected-length", "5/3"), ("entropy-bits", "1.0397"),
    ], header: "studnet: Lee Jiho")

  private func decode(_ json: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    return try #require(object as? [String: Any], "the JSON of one result is an object")
  }

  private func result(reveal: Bool = false, _ text: String = wrongFile) throws -> [String: Any] {
    let r = try Fixture.marker(reveal: reveal).mark(text: text, file: "submissions/lee.yaml")
    return try decode(try JSONReport.object(r))
  }

  private func partObjects(_ object: [String: Any]) throws -> [[String: Any]] {
    let exercises = try #require(object["exercises"] as? [[String: Any]])
    return exercises.flatMap { ($0["parts"] as? [[String: Any]]) ?? [] }
  }

  @Test("the top level has the keys and types of cli.md")
  func topLevel() throws {
    let o = try result()
    #expect(Self.topKeys.isSubset(of: Set(o.keys)), "missing: \(Self.topKeys.subtracting(o.keys))")
    #expect(o["format"] as? String == "softcheck-result/1")
    #expect(o["file"] as? String == "submissions/lee.yaml")
    #expect(o["id"] as? String == "lee")
    #expect(o["student"] is NSNull, "student is null when the file names none")
    #expect((o["seed"] as? NSNumber)?.intValue == 1)
    #expect((o["score"] as? NSNumber)?.doubleValue == 0.5)
    #expect((o["max"] as? NSNumber)?.doubleValue == 4)
    let errors = try #require(o["errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    let e = try #require(errors.first)
    #expect(Set(e.keys) == Self.errorKeys)
    #expect((e["line"] as? NSNumber)?.intValue == 1)
    #expect((e["column"] as? NSNumber)?.intValue == 1)
    #expect((e["message"] as? String)?.contains("studnet") == true)
  }

  @Test("a student name and id from the file appear as strings")
  func studentAndID() throws {
    let o = try result(Fixture.dyadicFile([("expected-length", "3/2")], header: "student: Kim Minji\nid: 2024-0137"))
    #expect(o["student"] as? String == "Kim Minji")
    #expect(o["id"] as? String == "2024-0137")
    #expect((o["errors"] as? [Any])?.isEmpty == true)
  }

  @Test("exercises and parts have the keys and types of cli.md")
  func exercisesAndParts() throws {
    let o = try result()
    let exercises = try #require(o["exercises"] as? [[String: Any]])
    #expect(exercises.count == 1)
    let ex = try #require(exercises.first)
    #expect(Self.exerciseKeys.isSubset(of: Set(ex.keys)))
    #expect(ex["id"] as? String == "dyadic-code")
    #expect((ex["score"] as? NSNumber)?.doubleValue == 0.5)
    #expect((ex["max"] as? NSNumber)?.doubleValue == 4)
    let parts = try partObjects(o)
    #expect(parts.map { $0["part"] as? String } == ["code", "expected-length", "entropy-bits", "entropy-nats"])
    #expect(parts.map { $0["verdict"] as? String } == ["partial", "incorrect", "incorrect", "unanswered"])
    for p in parts {
      #expect(Self.partKeys.isSubset(of: Set(p.keys)), "missing: \(Self.partKeys.subtracting(p.keys))")
      #expect(p["score"] is NSNumber)
      #expect((p["max"] as? NSNumber)?.doubleValue == 1)
      #expect(p["feedback"] is String)
    }
    #expect((parts[0]["score"] as? NSNumber)?.doubleValue == 0.5)
    #expect(parts[0]["misconception"] as? String == "short-code-wrong-symbol")
    #expect(parts[1]["misconception"] as? String == "average-not-weighted")
    #expect(parts[2]["misconception"] as? String == "nats-vs-bits")
  }

  @Test("misconception and counterexample are JSON null when absent")
  func nulls() throws {
    let parts = try partObjects(try result())
    let unanswered = try #require(parts.first { $0["part"] as? String == "entropy-nats" })
    #expect(unanswered["misconception"] is NSNull)
    #expect(unanswered["counterexample"] is NSNull)
    let wrong = try #require(parts.first { $0["part"] as? String == "expected-length" })
    #expect(wrong["counterexample"] is NSNull)
  }

  @Test("a counterexample is an object of strings")
  func counterexampleObject() throws {
    let parts = try partObjects(try result())
    let code = try #require(parts.first { $0["part"] as? String == "code" })
    let c = try #require(code["counterexample"] as? [String: Any])
    #expect(!c.isEmpty)
    #expect(c.values.allSatisfy { $0 is String })
  }

  /// cli.md lists the keys of the result; the only others are the ones the instructor guide
  /// documents (`kind`, `method`, `method_id`, `work`, `line`, `column`, `replay`, `reference`, `answer`, and `manual`
  /// and `note` for points given by hand, on parts).
  @Test("the JSON has the keys of cli.md plus only the documented extras")
  func exactlyTheDocumentedKeys() throws {
    let o = try result()
    #expect(Set(o.keys) == Self.topKeys)
    for ex in try #require(o["exercises"] as? [[String: Any]]) {
      #expect(Set(ex.keys) == Self.exerciseKeys)
    }
    for p in try partObjects(o) {
      let documented = Self.partKeys.union([
        "kind", "messages", "method", "method_id", "work", "line", "column", "replay", "reference", "answer", "manual", "note",
      ])
      #expect(Self.partKeys.isSubset(of: Set(p.keys)))
      #expect(Set(p.keys).isSubset(of: documented), "undocumented: \(Set(p.keys).subtracting(documented).sorted())")
    }
  }

  // MARK: --reveal

  @Test("without --reveal no part carries a reference")
  func noReference() throws {
    let parts = try partObjects(try result(reveal: false))
    #expect(parts.allSatisfy { $0["reference"] == nil })
    // Nor does the feedback give the reference away: 3/2 is the answer to expected-length.
    let wrong = try #require(parts.first { $0["part"] as? String == "expected-length" })
    #expect((wrong["feedback"] as? String)?.contains("3/2") == false)
  }

  @Test("with --reveal an answered value part carries its reference")
  func reference() throws {
    let parts = try partObjects(try result(reveal: true))
    let length = try #require(parts.first { $0["part"] as? String == "expected-length" })
    let ref = try #require(length["reference"] as? String)
    #expect(ref.contains("3/2"), "\(ref)")
    let bits = try #require(parts.first { $0["part"] as? String == "entropy-bits" })
    #expect((bits["reference"] as? String)?.contains("3/2") == true)
  }

  /// cli.md: "--reveal shows reference answers". A learner who left a part blank, or wrote a code,
  /// gets nothing to compare with.
  @Test("with --reveal every graded part carries a reference, answered or not, code or value")
  func referenceEverywhere() throws {
    let parts = try partObjects(try result(reveal: true))
    for p in parts {
      #expect(p["reference"] is String, "no reference for \(p["part"] ?? "?") (\(p["verdict"] ?? "?"))")
    }
  }

  // MARK: Several results

  @Test("several results are a JSON array; jsonl is one object per line")
  func arrayAndLines() throws {
    let marker = try Fixture.marker()
    let a = marker.mark(text: Fixture.dyadicFile([("expected-length", "3/2")]), file: "a.yaml")
    let b = marker.mark(text: "answers: [\n", file: "b.yaml")
    let array = try JSONSerialization.jsonObject(with: Data(try JSONReport.array([a, b]).utf8)) as? [[String: Any]]
    #expect(array?.count == 2)
    #expect(array?.map { $0["id"] as? String } == ["a", "b"])
    let lines = try JSONReport.lines([a, b]).split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines {
      let o = try decode(String(line))
      #expect(o["format"] as? String == "softcheck-result/1")
    }
  }

  @Test("an unreadable file is one result with an error and no exercises")
  func invalidFile() throws {
    let r = try Fixture.marker().mark(text: "answers: [\n", file: "b.yaml")
    let o = try decode(try JSONReport.object(r))
    #expect((o["exercises"] as? [Any])?.isEmpty == true)
    let e = try #require((o["errors"] as? [[String: Any]])?.first)
    #expect(e["line"] is NSNumber)
    #expect(e["column"] is NSNumber)
    #expect((o["score"] as? NSNumber)?.doubleValue == 0)
  }
}
