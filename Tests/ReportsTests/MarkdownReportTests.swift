import Foundation
import Marking
import Reports
import Testing

/// The Markdown summary: learner text never breaks a table.
@Suite("Markdown report")
struct MarkdownReportTests {
  /// The tables of a Markdown text: runs of consecutive lines that start with `|`.
  static func tables(_ markdown: String) -> [[String]] {
    var tables: [[String]] = []
    var current: [String] = []
    for line in lines(markdown) {
      if line.hasPrefix("|") {
        current.append(line)
      } else if !current.isEmpty {
        tables.append(current)
        current = []
      }
    }
    if !current.isEmpty { tables.append(current) }
    return tables
  }

  /// The lines as a Markdown reader sees them: LF, CR and CRLF all end a line. (Splitting a Swift
  /// String on "\n" would not: "\r\n" is one Character.)
  static func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var previousCR = false
    for u in text.unicodeScalars {
      if u == "\n" && previousCR {
        previousCR = false
        continue
      }
      previousCR = u == "\r"
      if u == "\n" || u == "\r" {
        lines.append(String(line))
        line = .init()
      } else {
        line.append(u)
      }
    }
    lines.append(String(line))
    return lines
  }

  /// The cell separators of a table row: `|` not escaped with a backslash.
  static func pipes(_ row: String) -> Int {
    var count = 0
    var escaped = false
    for ch in row {
      if ch == "|" && !escaped { count += 1 }
      escaped = ch == "\\" && !escaped
    }
    return count
  }

  static func check(_ markdown: String, students: Int) {
    let tables = Self.tables(markdown)
    #expect(tables.count == 2, "a parts table and a students table")
    for table in tables {
      let widths = Set(table.map(Self.pipes))
      #expect(widths.count == 1, "every row of a table has the same number of |: \(table)")
      for row in table { #expect(row.hasSuffix("|"), "row ends its last cell: \(row.debugDescription)") }
    }
    #expect((tables.last?.count ?? 0) == students + 2, "a row per student, plus header and rule")
    #expect(!markdown.contains("\r"), "no carriage return in the Markdown")
  }

  @Test("pipes and newlines in learner text do not break the tables")
  func tablesIntact() throws {
    let markdown = MarkdownReport.render(try Fixture.summary())
    Self.check(markdown, students: try Fixture.results().count)
  }

  @Test("learner text is neither HTML nor a link")
  func escaping() throws {
    let markdown = MarkdownReport.render(try Fixture.summary())
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("\\[x\\](javascript:alert(1))"), "the brackets are escaped, so no link")
    #expect(!markdown.contains("[x](javascript:"))
    #expect(markdown.contains("김민지"))
  }

  @Test("a Windows line break (CRLF) in a name does not break the table")
  func crlf() throws {
    let result = try Fixture.mark(
      """
      student: "First | line\\r\\n| second | line |"
      id: "crlf\\r\\nid"
      answers:
        log-partition:
          erratum: "no"
      """)
    Self.check(MarkdownReport.render(ClassSummary(results: [result])), students: 1)
  }
}
