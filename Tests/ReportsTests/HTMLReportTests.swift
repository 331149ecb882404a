import Foundation
import Marking
import Reports
import Testing

/// The class report as one self-contained HTML page: well-formed (as XML, after the doctype), no
/// external requests or scripts, every piece of learner text escaped.
@Suite("HTML report")
struct HTMLReportTests {
  static let html: Result<String, any Error> = Result { HTMLReport.render(try Fixture.summary()) }

  @Test("is well-formed XML once the doctype line is stripped")
  func wellFormed() throws {
    let root = try XMLTree.parse(try htmlAsXML(try Self.html.get()))
    #expect(root.name == "html")
    #expect(root.elements("head").count == 1)
    #expect(root.elements("body").count == 1)
  }

  @Test("makes no external request and runs no script")
  func selfContained() throws {
    let html = try Self.html.get().lowercased()
    for banned in ["http://", "https://", "src=", "<script", "<link", "url(", "@import"] {
      #expect(!html.contains(banned), "the report contains \(banned)")
    }
    let root = try XMLTree.parse(try htmlAsXML(try Self.html.get()))
    let names = Set(root.descendants.map { $0.name.lowercased() })
    for element in ["script", "link", "iframe", "img", "object", "embed", "base", "form"] {
      #expect(!names.contains(element), "the report has a <\(element)> element")
    }
    for e in root.descendants {
      for attribute in e.attributes.keys {
        #expect(!attribute.lowercased().hasPrefix("on"), "<\(e.name)> has an event handler \(attribute)")
        #expect(!["src", "href", "xlink:href", "action"].contains(attribute.lowercased()), "<\(e.name)> has \(attribute)")
        #expect(!(e.attributes[attribute] ?? "").lowercased().contains("javascript:"), "<\(e.name)> \(attribute) runs script")
      }
    }
  }

  @Test("declares its language and character set")
  func language() throws {
    let root = try XMLTree.parse(try htmlAsXML(try Self.html.get()))
    #expect(root.attributes["lang"] == "en")
    #expect(root.all("meta").contains { $0.attributes["charset"]?.uppercased() == "UTF-8" })
  }

  @Test("learner text is escaped: the <script> name appears only as text")
  func escapesLearnerText() throws {
    let html = try Self.html.get()
    #expect(!html.contains("<script>alert(1)</script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("<b>bold</b>"), "18-ampersand's <b> must not become markup")
    let root = try XMLTree.parse(try htmlAsXML(html))
    #expect(root.all("b").isEmpty)
    // Every learner's id and name reaches the page as exactly the text they wrote.
    let summaries = root.all("summary").map(\.allText)
    for r in try Fixture.results() {
      let expected = "\(r.id)\(r.student.map { " — \($0)" } ?? "")"
      #expect(summaries.contains { $0.hasPrefix(expected + ":") }, "the page shows \(expected.debugDescription) as written")
    }
    #expect(root.allText.contains("김민지"))
  }

  @Test("one section per file, with the duplicate id and the invalid files flagged")
  func students() throws {
    let root = try XMLTree.parse(try htmlAsXML(try Self.html.get()))
    let results = try Fixture.results()
    #expect(root.all("details").filter { $0.attributes["class"] == "student" }.count == results.count)
    let warnings = root.all("li").filter { $0.attributes["class"] == "warn" }.map(\.allText)
    #expect(warnings.contains { $0.contains("2024-0999") })
    #expect(warnings.contains { $0.contains("could not be marked: 2") })
    // File-level errors are on the page, with their line.
    let paragraphs = root.all("p").filter { $0.attributes["class"] == "warn" }.map(\.allText)
    #expect(paragraphs.contains { $0.contains("unknown exercise 'realsoftmx'") && $0.hasPrefix("line 13") })
    #expect(paragraphs.contains { $0.contains("not valid UTF-8") })
  }

  @Test("has an inline SVG histogram whose bars count every file")
  func histogram() throws {
    let html = try Self.html.get()
    #expect(html.contains("<svg"))
    let root = try XMLTree.parse(try htmlAsXML(html))
    let histogram = try #require(root.all("svg").first { $0.attributes["aria-label"] == "Score distribution" })
    let bars = histogram.all("rect")
    #expect(bars.count == 10)
    let counts = bars.compactMap { bar -> Int? in
      let title = bar.all("title").first?.allText ?? ""
      guard let colon = title.lastIndex(of: ":") else { return nil }
      return Int(title[title.index(after: colon)...].split(separator: " ").first ?? "")
    }
    #expect(counts.count == bars.count, "every bar has a title with its count")
    #expect(counts.reduce(0, +) == (try Fixture.results().count))
  }

  @Test("histogram bucket labels are rounded for people")
  func histogramLabels() throws {
    // The class maximum is 19, so buckets are 1.9 wide: 3 * 1.9 must read 5.7, not 5.699999999999999.
    let root = try XMLTree.parse(try htmlAsXML(try Self.html.get()))
    let histogram = try #require(root.all("svg").first { $0.attributes["aria-label"] == "Score distribution" })
    for title in histogram.all("title").map(\.allText) {
      #expect(!title.contains("99999") && !title.contains("00000"), "histogram label \(title.debugDescription)")
    }
  }

  @Test("has the block-coding plot of uniform3-code")
  func blockCodingPlot() throws {
    let root = try XMLTree.parse(try htmlAsXML(try Self.html.get()))
    let plot = try #require(
      root.all("svg").first { $0.attributes["aria-label"] == "Optimal bits per symbol against block length" })
    #expect(plot.all("circle").count == 16)
    #expect(plot.all("line").contains { $0.attributes["class"] == "asymptote" })
    #expect(plot.allText.contains("log2 3"))
  }

  @Test("is the same bytes every time")
  func deterministic() throws {
    let summary = try Fixture.summary()
    #expect(HTMLReport.render(summary) == (try Self.html.get()))
  }

  @Test("learner text that looks like an entity is shown as written, and stays well-formed")
  func entityLikeText() throws {
    let result = try Fixture.mark(
      """
      student: "Tom &amp; Jerry &copy; R&D; &#60;b&#62;"
      id: "&lt;x&gt;"
      answers:
        log-partition:
          erratum: "no"
      """)
    let html = HTMLReport.render(ClassSummary(results: [result]))
    let root = try XMLTree.parse(try htmlAsXML(html))
    let summary = try #require(root.all("summary").first).allText
    #expect(summary.hasPrefix("&lt;x&gt; — Tom &amp; Jerry &copy; R&D; &#60;b&#62;:"), "shown: \(summary.debugDescription)")
  }

  @Test("control characters in learner text do not make the page ill-formed")
  func controlCharacters() throws {
    let result = try Fixture.mark(
      """
      student: "bell\\a escape\\e[31m nul-ish\\x01 end"
      id: "ctl\\x08"
      answers:
        log-partition:
          erratum: "no"
      """)
    #expect(result.student?.unicodeScalars.contains { $0.value == 0x1B } == true, "the YAML escapes reached the name")
    let html = HTMLReport.render(ClassSummary(results: [result]))
    #expect(
      !html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" },
      "the page carries raw control characters")
    #expect(throws: Never.self) { try XMLTree.parse(try htmlAsXML(html)) }
  }
}
