import Foundation
import Marking
import Reports
import Testing

/// What each learner wrote reaches every report: JSON `answer`, the HTML rows, the Markdown list;
/// written (`text`) parts are `recorded`, never `correct`.
@Suite("What learners wrote")
struct WrittenAnswerTests {
  /// Every answered part of every fixture file, with the JSON object of its file.
  static func answeredParts() throws -> [(FileResult, [String: Any], PartResult, String)] {
    var out: [(FileResult, [String: Any], PartResult, String)] = []
    for r in try Fixture.results() {
      let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport.object(r).utf8)) as? [String: Any])
      let exercises = json["exercises"] as? [[String: Any]] ?? []
      for (e, exercise) in zip(r.exercises, exercises) {
        for (p, part) in zip(e.parts, exercise["parts"] as? [[String: Any]] ?? []) where p.verdict != .unanswered {
          out.append((r, part, p, "\(e.id)/\(p.part)"))
        }
      }
    }
    return out
  }

  @Test("JSON has `answer` on every answered part, and none on unanswered ones")
  func jsonAnswer() throws {
    let parts = try Self.answeredParts()
    #expect(parts.count > 50)
    for (r, json, p, _) in parts {
      #expect(json["answer"] != nil, "\(r.file) \(p.part) has no answer")
    }
    let blank = try Fixture.result("16-blank.yaml")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReport.object(blank).utf8)) as? [String: Any])
    for part in (json["exercises"] as? [[String: Any]] ?? []).flatMap({ $0["parts"] as? [[String: Any]] ?? [] })
    where part["verdict"] as? String == "unanswered" {
      #expect(part["answer"] == nil)
    }
  }

  @Test("the answer is the text as written; lists and maps stay structured, in the file's order")
  func structured() throws {
    let r = try Fixture.result("19-several.yaml")
    let text = try JSONReport.object(r)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let parts = (json["exercises"] as? [[String: Any]] ?? []).flatMap { $0["parts"] as? [[String: Any]] ?? [] }
    func answer(_ id: String) -> Any? {
      parts.first { $0["part"] as? String == id && $0["verdict"] as? String != "unanswered" }?["answer"]
    }
    #expect(answer("code") as? [String] == ["0", "10", "11"])
    #expect(answer("expected-length") as? String == "3/2")
    let symmetric = try #require(answer("symmetric") as? [String: Any])
    #expect(symmetric["answer"] as? String == "no")
    #expect((symmetric["witness"] as? [String: Any])?["p"] as? [String] == ["1/2", "1/2"])
    #expect(
      answer("proof") as? String
        == "sum(softmax(o)*v^2) - sum(softmax(o)*v)^2 = sum(softmax(o)*(v - sum(softmax(o)*v))^2)\n                                          >= 0\n"
    )
    // Key order as written: `answer` before `witness`.
    #expect(text.range(of: "\"answer\": \"no\"")!.lowerBound < text.range(of: "\"witness\"")!.lowerBound)
  }

  @Test("answers survive a jsonl round trip (shards)")
  func roundTrip() throws {
    let r = try Fixture.result("19-several.yaml")
    let line = try JSONReport.lines([r])
    let back = try JSONDecoder().decode(FileResult.self, from: Data(line.utf8))
    let before = r.exercises.flatMap(\.parts).map(\.answer)
    let after = back.exercises.flatMap(\.parts).map(\.answer)
    #expect(before.count == after.count)
    for (a, b) in zip(before, after) { #expect(a?.flattened == b?.flattened) }
  }

  @Test("a written part is recorded, never correct, and does not stop a file from being all correct")
  func recorded() throws {
    let r = try Fixture.result("23-written.yaml")
    let written = r.exercises.flatMap(\.parts).filter { $0.kind == "text" }
    #expect(written.count == 2)
    for p in written {
      #expect(p.verdict == .recorded)
      #expect(p.score == 0)
      #expect(p.answer != nil)
    }
    let json = try JSONReport.object(r)
    #expect(json.contains("\"verdict\": \"recorded\""))
    var onlyWritten = try Fixture.mark("answers:\n  pam3:\n    why: Fewer symbols per bit.\n")
    onlyWritten.exercises[0].parts.removeAll { $0.kind != "text" }
    #expect(onlyWritten.exercises[0].parts.map(\.verdict) == [.recorded])
    #expect(onlyWritten.isAllCorrect)
  }

  @Test("the class summary collects every written answer by part")
  func collected() throws {
    let summary = try Fixture.summary()
    #expect(summary.written.map(\.key) == ["mutual-information/identity", "pam3/why"])
    let why = try #require(summary.written.last?.answers.first)
    #expect(why.id == "2024-2323")
    #expect(why.text.contains("<b>Noise margin</b>"))
  }

  @Test("HTML shows each answer beside its verdict, typeset or as written, and escaped")
  func html() throws {
    let html = HTMLReport.render(try Fixture.summary(), catalogue: try Fixture.catalogue())
    let root = try XMLTree.parse(try htmlAsXML(html))
    let written = root.all("blockquote").map(\.allText)
    #expect(written.contains { $0.contains("<b>Noise margin</b>") }, "the written answer is shown as text")
    #expect(root.all("b").isEmpty)
    let whyRow = try #require(root.all("tr").first { $0.elements("td").first?.allText == "pam3/why" })
    #expect(whyRow.elements("td")[2].allText == "—", "a written part has no rate of correct answers")
    for (r, _, p, key) in try Self.answeredParts() {
      let section = try #require(root.all("details").first { $0.all("p").first?.allText == r.file })
      let row = try #require(section.all("tr").first { $0.all("code").first?.allText == key })
      let cells = row.elements("td")
      #expect(cells.count == 5)
      let answerCell = cells[3]
      #expect(!answerCell.all("math").isEmpty || !answerCell.allText.isEmpty, "\(r.file) \(p.part): no answer shown")
    }
  }

  @Test("Markdown lists each learner's answers and the written answers")
  func markdown() throws {
    let md = MarkdownReport.render(try Fixture.summary())
    #expect(md.contains("## Written answers"))
    #expect(md.contains("- `dyadic-code/expected-length` correct 1/1: 3/2"))
    #expect(!md.contains("<b>"))
  }

  @Test("a long answer is cut on pages for reading and kept in JSON")
  func hugeAnswer() throws {
    // Under what a result keeps (4,000 characters), over what a page shows (2,000).
    let formula = Array(repeating: "x", count: 900).joined(separator: " + ")
    let result = try Fixture.mark("answers:\n  log-partition:\n    shift: \"\(formula)\"\n")
    let shift = try #require(result.exercises.first?.parts.first { $0.part == "shift" })
    #expect(shift.answer?.flattened == formula, "the result keeps every character")
    #expect(try JSONReport.object(result).contains(formula))
    let summary = ClassSummary(results: [result])
    let html = HTMLReport.render(summary)
    #expect(!html.contains(formula))
    #expect(html.contains("(+\(formula.count - 2_000))"))
    #expect(throws: Never.self) { try XMLTree.parse(try htmlAsXML(html)) }
    let md = MarkdownReport.render(summary)
    #expect(!md.contains(formula) && md.contains("(+\(formula.count - 2_000))"))
  }
}
