import Foundation
import Marking
import Reports
import Testing

/// A large class's HTML report is paged: a light class page with an index of every learner, and
/// student pages beside it, each well-formed, self-contained and linked only to its siblings.
@Suite("Paged HTML report")
struct PagedHTMLTests {
  /// 120 results: the fixture class repeated under new ids.
  static func bigClass() throws -> ClassSummary {
    let base = try Fixture.results()
    let results = (0..<120).map { n -> FileResult in
      var r = base[n % base.count]
      r.id = String(format: "s%03d", n)
      return r
    }
    return ClassSummary(results: results)
  }

  @Test("a small class is one page; a large one a class page and a page per 50 learners")
  func pageCount() throws {
    #expect(HTMLReport.pages(try Fixture.summary(), name: "c.html").count == 1)
    let pages = HTMLReport.pages(try Self.bigClass(), name: "c.html", catalogue: try Fixture.catalogue())
    #expect(pages.map(\.name) == ["c.html", "c.students-1.html", "c.students-2.html", "c.students-3.html"])
  }

  @Test("every page is well-formed, runs no script, and links only to its sibling pages")
  func wellFormedAndLocal() throws {
    let pages = HTMLReport.pages(try Self.bigClass(), name: "c.html", catalogue: try Fixture.catalogue())
    let names = Set(pages.map(\.name))
    for page in pages {
      let root = try XMLTree.parse(try htmlAsXML(page.html))
      #expect(root.all("script").isEmpty)
      #expect(!page.html.lowercased().contains("http://") && !page.html.lowercased().contains("https://"))
      for a in root.all("a") {
        #expect(names.contains(a.attributes["href"] ?? ""), "\(page.name) links to \(a.attributes["href"] ?? "")")
      }
      for e in root.descendants {
        #expect(!e.attributes.keys.contains { $0.lowercased().hasPrefix("on") || $0.lowercased() == "src" })
      }
    }
  }

  @Test("the class page indexes every learner and holds no one's answers; the student pages hold them all")
  func contents() throws {
    let summary = try Self.bigClass()
    let pages = HTMLReport.pages(summary, name: "c.html", catalogue: try Fixture.catalogue())
    let classPage = try XMLTree.parse(try htmlAsXML(pages[0].html))
    #expect(classPage.all("details").filter { $0.attributes["class"] == "student" }.isEmpty)
    let indexed = classPage.all("a").filter { $0.attributes["href"]?.contains(".students-") == true }
    #expect(indexed.count == 120)
    let students = try pages.dropFirst().flatMap { try XMLTree.parse(try htmlAsXML($0.html)).all("details") }
      .filter { $0.attributes["class"] == "student" }
    #expect(students.count == 120)
    #expect(pages[0].html.utf8.count < pages[1].html.utf8.count * 3, "the class page stays light")
  }

  @Test("the same bytes every time, though pages render in parallel")
  func deterministic() throws {
    let summary = try Self.bigClass()
    let a = HTMLReport.pages(summary, name: "c.html").map(\.html)
    let b = HTMLReport.pages(summary, name: "c.html").map(\.html)
    #expect(a == b)
  }
}
