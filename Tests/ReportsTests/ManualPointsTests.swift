import Foundation
import Marking
import Reports
import Testing

/// Points given by hand for written answers (`report --manual FILE`).
@Suite("Points given by hand")
struct ManualPointsTests {
  static let file = """
    format: softcheck-manual/1
    worth:
      pam3/why: 2
      mutual-information/identity: 3
    points:
      2024-2323:
        pam3/why: 1.5
        mutual-information/identity: {points: 3, note: "clear and complete"}
    """

  @Test("applies points and maxima, marks them manual, and recomputes the totals")
  func applies() throws {
    let before = try Fixture.result("23-written.yaml")
    let after = try #require(try ManualPoints.parse(Self.file).apply(to: [before]).first)
    let parts = after.exercises.flatMap(\.parts)
    let why = try #require(parts.first { $0.part == "why" })
    #expect((why.score, why.max, why.manual, why.verdict) == (1.5, 2, true, .recorded))
    let identity = try #require(parts.first { $0.part == "identity" })
    #expect(identity.note == "clear and complete")
    #expect(after.score == before.score + 4.5)
    #expect(after.max == before.max + 5)
    #expect(after.exercises.map(\.score).reduce(0, +) == after.score)
    let json = try JSONReport.object(after)
    #expect(json.contains("\"manual\": true"))
    #expect(json.contains("\"note\": \"clear and complete\""))
  }

  @Test("reports show the points as given by hand")
  func shown() throws {
    let results = try ManualPoints.parse(Self.file).apply(to: try Fixture.results())
    let summary = ClassSummary(results: results)
    let html = HTMLReport.render(summary)
    let root = try XMLTree.parse(try htmlAsXML(html))
    #expect(root.all("span").contains { $0.attributes["class"] == "hand" && $0.allText.contains("by hand: 1.5/2") })
    #expect(MarkdownReport.render(summary).contains("(by hand: 1.5/2)"))
  }

  @Test(
    "mistakes are located: unknown learner, not a written part, too many points, bad numbers",
    arguments: [
      ("format: softcheck-manual/1\npoints:\n  nobody:\n    pam3/why: 1\n", 4, 5, "manual.unknown-learner"),
      ("format: softcheck-manual/1\npoints:\n  2024-2323:\n    pam3/trits: 1\n", 4, 5, "manual.not-written"),
      ("format: softcheck-manual/1\npoints:\n  2024-2323:\n    pam3/why: 1\n", 4, 5, "manual.too-many-points"),
      ("format: softcheck-manual/1\npoints:\n  2024-2323:\n    pam3/nope: 1\n", 4, 5, "manual.unknown-part"),
      ("format: softcheck-manual/1\nworth: {pam3/why: two}\n", 2, 19, "manual.not-points"),
      ("format: softcheck-manual/1\npoint: {}\n", 2, 1, "manual.unknown-key"),
      ("format: softcheck-manual/2\n", 1, 9, "manual.format"),
    ])
  func errors(_ text: String, _ line: Int, _ column: Int, _ id: String) throws {
    let results = [try Fixture.result("23-written.yaml")]
    do {
      _ = try ManualPoints.parse(text).apply(to: results)
      Issue.record("\(id) was not reported")
    } catch {
      #expect(error.message.id == id)
      #expect(error.location?.line == line)
      #expect(error.location?.column == column)
      #expect(error.description(file: "p.yaml", in: .ko).hasPrefix("p.yaml:\(line):\(column): "))
    }
  }
}
