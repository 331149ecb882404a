import Catalogue
import Checks
import Foundation
import Testing

@Suite("Docs stay in step with the exercises")
struct DocsTests {
  static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Docs")

  @Test("every misconception id is listed in Docs/misconceptions.md, with its part")
  func misconceptionsListed() throws {
    let text = try String(contentsOf: Self.docs.appendingPathComponent("misconceptions.md"), encoding: .utf8)
    for e in try Catalogue.shipped().exercises {
      for p in e.parts {
        let ids = p.check.misconceptions.map(\.id)
        for id in ids {
          #expect(
            text.contains("| `\(id)` | `\(e.id)/\(p.id)` |"), "\(id) at \(e.id)/\(p.id) is missing from Docs/misconceptions.md")
        }
      }
    }
  }

  /// The command lines inside the code blocks of a Markdown file, without their comments (each
  /// guide comments in its own language).
  static func commandLines(_ markdown: String) -> Set<String> {
    var inCode = false
    var out: Set<String> = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inCode.toggle()
        continue
      }
      let command = line.components(separatedBy: "  #")[0].trimmingCharacters(in: .whitespaces)
      if inCode, command.hasPrefix("softcheck ") { out.insert(command) }
    }
    return out
  }

  @Test("the Korean student guide has the English guide's sections and every command it shows")
  func koreanGuideInStep() throws {
    let en = try String(contentsOf: Self.docs.appendingPathComponent("student-guide.md"), encoding: .utf8)
    let ko = try String(contentsOf: Self.docs.appendingPathComponent("student-guide.ko.md"), encoding: .utf8)
    let sections = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("## ") }.count }
    #expect(sections(en) == sections(ko))
    let missing = Self.commandLines(en).subtracting(Self.commandLines(ko))
    #expect(missing.isEmpty, "commands of the English guide missing from the Korean one: \(missing.sorted())")
    #expect(!Self.commandLines(en).isEmpty)
    #expect(ko.contains("student-guide.md") && en.contains("student-guide.ko.md"), "each guide links to the other")
  }

  @Test("every exercise and part is described in Docs/exercises.md")
  func exercisesListed() throws {
    let text = try String(contentsOf: Self.docs.appendingPathComponent("exercises.md"), encoding: .utf8)
    for e in try Catalogue.shipped().exercises {
      #expect(text.contains("## `\(e.id)`"))
      for p in e.parts { #expect(text.contains("| `\(p.id)` | \(p.kind)"), "\(e.id)/\(p.id)") }
    }
  }
}
