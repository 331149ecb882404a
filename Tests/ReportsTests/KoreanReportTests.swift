import Foundation
import Localization
import Marking
import Reports
import Testing

/// Reports in Korean: the same structure as in English, aligned by display width (a Hangul
/// syllable takes two terminal columns), and HTML that declares `lang="ko"`.
@Suite("Korean reports")
struct KoreanReportTests {
  /// The column at which each part line's score (`0.5/1`) starts, by display width.
  static func scoreColumns(_ report: String) -> [Int] {
    report.split(separator: "\n").compactMap { line -> Int? in
      // Part lines: four spaces, a verdict symbol, the part id, the verdict, the score.
      guard line.hasPrefix("    "), let symbol = line.dropFirst(4).first, "✓~✗·!".contains(symbol),
        let space = line.lastIndex(of: " ")
      else { return nil }
      return String(line[..<space]).displayWidth
    }
  }

  @Test("terminal: the score column lines up in both languages", arguments: DisplayLanguage.allCases)
  func textAligned(_ language: DisplayLanguage) throws {
    let report = TextReport(colored: false, language: language)
    var checkedKorean = false
    for result in try Fixture.results() where !result.exercises.isEmpty {
      let text = report.render(result)
      let columns = Self.scoreColumns(text)
      guard columns.count > 1 else { continue }
      #expect(Set(columns).count == 1, "misaligned score column in \(result.file): \(columns)\n\(text)")
      if language == .ko, text.contains("부분 정답") || text.contains("오답") { checkedKorean = true }
    }
    if language == .ko { #expect(checkedKorean, "some fixture shows a Korean verdict word") }
  }

  @Test("terminal: Korean feedback, verdict words and labels")
  func textKorean() throws {
    let result = try Fixture.results().first { r in r.exercises.flatMap(\.parts).contains { $0.misconception != nil } }
    let text = TextReport(colored: false, language: .ko).render(try #require(result))
    #expect(text.contains("오개념: "))
    #expect(!text.contains("misconception: "))
    #expect(text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
  }

  @Test("HTML declares lang=ko and keeps one cell per column in every row")
  func htmlTables() throws {
    let html = HTMLReport.render(try Fixture.summary(), language: .ko)
    let root = try XMLTree.parse(try htmlAsXML(html))
    #expect(root.attributes["lang"] == "ko")
    let tables = root.all("table")
    #expect(tables.count >= 3)
    for table in tables {
      let header = table.all("th").count
      #expect(header > 0)
      for row in table.all("tbody").flatMap({ $0.elements("tr") }) {
        #expect(row.elements("td").count == header, "a row has \(row.elements("td").count) cells under \(header) headings")
      }
    }
    // Headings and verdict badges are Korean; the CSS classes stay the machine verdicts.
    #expect(root.all("h2").map(\.allText).contains("자주 보인 오개념"))
    let badges = root.all("span").filter { ($0.attributes["class"] ?? "").hasPrefix("badge v-") }
    #expect(!badges.isEmpty)
    for badge in badges where badge.attributes["class"] == "badge v-correct" { #expect(badge.allText == "정답") }
  }

  @Test("Markdown: every table row has as many cells as its header, in Korean too", arguments: DisplayLanguage.allCases)
  func markdownTables(_ language: DisplayLanguage) throws {
    let md = MarkdownReport.render(try Fixture.summary(), language: language)
    var columns: Int?
    for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        columns = nil
        continue
      }
      // Escaped pipes inside cells are not separators.
      let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
      if let columns { #expect(cells == columns, "\(line)") } else { columns = cells }
    }
    if language == .ko { #expect(md.hasPrefix("# softcheck 반 채점 보고서")) }
  }

  @Test("JUnit and CSV keep their machine fields in Korean")
  func machineFields() throws {
    let summary = try Fixture.summary()
    let en = JUnitReport.render(summary, language: .en)
    let ko = JUnitReport.render(summary, language: .ko)
    for type in ["type=\"incorrect\"", "type=\"partial\"", "type=\"invalid\""] {
      #expect(en.components(separatedBy: type).count == ko.components(separatedBy: type).count)
    }
    _ = try XMLTree.parse(ko)
    #expect(ko.contains("오답"))
  }
}
