import Catalogue
import Checks
import Foundation
import Localization
import Sampling
import SoftcheckTestSupport
import Testing

@testable import Reports

/// `softcheck props` for instructors: an HTML page with each claim typeset and pictured, and
/// terminal text that fits the terminal.
@Suite("props reports")
struct PropsReportTests {
  /// Every shipped claim checked on a few cases.
  static let results: Result<[ClaimResult], any Error> = Result {
    try Catalogue.shipped().exercises.flatMap { e in
      try e.claims.map { claim in
        ClaimResult(
          exercise: e.id, claim: claim,
          report: claim.check.run(cases: 24, context: CheckContext(seed: 1, key: "\(e.id)/\(claim.id)")), seconds: 0)
      }
    }
  }

  @Test("the HTML page is well-formed, self-contained, and has a section per exercise and an article per claim")
  func page() throws {
    let results = try Self.results.get()
    let html = PropertyHTML.render(results)
    let root = try XMLTree.parse(try htmlAsXML(html))
    let lowered = html.lowercased()
    for banned in ["http://", "https://", "<script", "<link", "src=", "href=", "url(", "@import"] {
      #expect(!lowered.contains(banned), "props HTML contains \(banned)")
    }
    #expect(root.all("section").count == Set(results.map(\.exercise)).count)
    let articles = root.all("article")
    #expect(articles.count == results.count)
    for (article, r) in zip(articles, results) {
      #expect(!article.all("math").isEmpty, "\(r.claim) is typeset")
      #expect(article.allText.contains(r.statement.en))
    }
  }

  @Test("a picture for every claim whose sides are numbers, and every family of picture is used")
  func pictures() throws {
    let words = ReportWords(language: .en)
    var families: Set<String> = []
    for r in try Self.results.get() {
      let scalarSides = r.points.count >= 2
      let picture = ClaimPicture(r, words)
      #expect((picture != nil) == scalarSides, "\(r.exercise)/\(r.claim): picture \(picture != nil), scalar sides \(scalarSides)")
      guard let picture else { continue }
      families.insert(picture.diagonal ? "sides: \(picture.xLabel)" : "gap against \(picture.xLabel)")
      let svg = try XMLTree.parse(picture.svg(label: r.claim))
      #expect(svg.all("circle").count >= 1)
      #expect(svg.all("line").contains { $0.attributes["class"] == "diag" })
    }
    for family in [
      "sides: right side", "gap against λ", "gap against z", "gap against ½‖p − q‖₁", "gap against a − b",
      "gap against cases, sorted",
    ] {
      #expect(families.contains(family), "no claim is pictured as \(family); families: \(families.sorted())")
    }
  }

  @Test("terminal text fits the width, in both languages, and has no time column")
  func wrapped() throws {
    let results = try Self.results.get()
    for language in DisplayLanguage.allCases {
      let text = PropertyReport.text(results, language: language, width: 60)
      for line in text.split(separator: "\n") {
        let longestWord = line.split(separator: " ").map { String($0).displayWidth }.max() ?? 0
        #expect(String(line).displayWidth <= max(60, longestWord + 4), "too wide: \(line)")
      }
      #expect(!text.contains("0.00s") && !text.contains(" time"), "no time column")
    }
  }
}

/// `softcheck props` end to end: the HTML file, and text that fits `COLUMNS`.
@Suite("softcheck props (end to end)")
struct PropsCommandTests {
  @Test("--format html --out writes one well-formed page with pictures, and nothing on stdout")
  func html() throws {
    let tmp = try TemporaryFolder()
    let run = try CLI.run([
      "props", "realsoftmax", "kl-nonnegative", "--cases", "12", "--format", "html", "--out", tmp.path("p.html"),
    ])
    #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
    #expect(run.stdout.isEmpty)
    let root = try XMLTree.parse(try htmlAsXML(try String(contentsOfFile: tmp.path("p.html"), encoding: .utf8)))
    #expect(root.all("section").count == 2)
    #expect(root.all("svg").count >= 4)
    #expect(tmp.listing() == ["p.html"])
  }

  @Test("text output wraps to COLUMNS in both languages")
  func wraps() throws {
    for language in ["en", "ko"] {
      let run = try CLI.run(["props", "realsoftmax", "--cases", "8", "--lang", language], environment: ["COLUMNS": "50"])
      #expect(run.status == 0, "exit \(run.status): \(run.stderr)")
      for line in run.stdout.split(separator: "\n") {
        let longestWord = line.split(separator: " ").map { String($0).displayWidth }.max() ?? 0
        #expect(String(line).displayWidth <= max(50, longestWord + 4), "too wide: \(line)")
      }
    }
  }
}
