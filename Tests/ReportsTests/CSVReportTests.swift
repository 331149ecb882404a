import Foundation
import Marking
import Reports
import SwiftCSV
import Testing

/// The gradebook CSV read back with SwiftCSV: one row per file, hostile text intact apart from the
/// formula-injection guard, every score a number.
@Suite("CSV report")
struct CSVReportTests {
  static let csv: Result<String, any Error> = Result { CSVReport.render(try Fixture.summary()) }

  /// The rows as SwiftCSV parses them, without its padding of short rows.
  static func rawRows(_ text: String) throws -> (header: [String], rows: [[String]]) {
    let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
    var rows: [[String]] = []
    try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { rows.append($0) }
    return (csv.header, rows)
  }

  @Test("round-trips through SwiftCSV with one row per file and the promised header")
  func roundTrip() throws {
    let text = try Self.csv.get()
    let (header, rows) = try Self.rawRows(text)
    #expect(Array(header.prefix(5)) == ["id", "student", "file", "total", "max"])
    #expect(rows.count == (try Fixture.results().count))
    for row in rows {
      #expect(row.count == header.count, "row \(row.first ?? "?") has \(row.count) fields, the header \(header.count)")
    }
    let parts = try Fixture.summary().parts.map(\.key)
    #expect(Array(header.dropFirst(5)) == parts)
    // The named view agrees.
    let named = try NamedCSV(string: text, delimiter: .comma)
    #expect(named.rows.count == rows.count)
  }

  @Test("uses CRLF between records, as RFC 4180 says")
  func lineEndings() throws {
    let text = try Self.csv.get()
    #expect(text.hasSuffix("\r\n"))
    #expect(text.components(separatedBy: "\r\n").count - 1 == (try Fixture.results().count) + 1)
  }

  @Test("hostile ids and names come back intact, apart from the formula guard")
  func hostileText() throws {
    let (header, rows) = try Self.rawRows(try Self.csv.get())
    let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
    let byFile = Dictionary(grouping: rows) { $0.at(column["file"] ?? 2) }
    for r in try Fixture.results() {
      let row = try #require(byFile[r.file]?.first, "a row for \(r.file)")
      #expect(row.at(0) == guardedCSVField(r.id), "id of \(r.file)")
      #expect(row.at(1) == guardedCSVField(r.student ?? ""), "student of \(r.file)")
    }
    let formula = try #require(byFile[try Fixture.result("14-formula.yaml").file]?.first)
    #expect(formula.at(1) == "'=cmd|' /C calc'!A0")
    #expect(formula.at(0) == "'@SUM(1+1)*cmd|' /C calc'!A0")
    let quotes = try #require(byFile[try Fixture.result("13-quotes-commas.yaml").file]?.first)
    #expect(quotes.at(1) == "O\"Brien, Dana\nsecond line")
    #expect(quotes.at(0) == "2024,\"0777\"")
    let script = try #require(byFile[try Fixture.result("12-script.yaml").file]?.first)
    #expect(script.at(1) == "<script>alert(1)</script>")
    #expect(script.at(0) == "../../etc/passwd")
    #expect(rows.contains { $0.at(1) == "김민지" })
    // No field a spreadsheet would run as a formula.
    for row in rows {
      for field in row {
        if let first = field.first, "=+-@".contains(first) {
          #expect(Double(field) != nil, "field \(field.debugDescription) starts a formula")
        }
      }
    }
  }

  @Test("totals, maxima and part scores parse as numbers, and the parts add up to the total")
  func scores() throws {
    let (header, rows) = try Self.rawRows(try Self.csv.get())
    for row in rows {
      let total = try #require(Double(row.at(3)), "total \(row.at(3).debugDescription)")
      #expect(Double(row.at(4)) != nil, "max \(row.at(4).debugDescription)")
      var sum = 0.0
      for (k, field) in row.enumerated().dropFirst(5) where !field.isEmpty {
        let score = try #require(Double(field), "\(header.at(k)) \(field.debugDescription)")
        sum += score
      }
      #expect(abs(sum - total) < 1e-9, "parts of \(row.at(0)) add up to \(sum), the total is \(total)")
    }
  }

  @Test("a name with a Windows line break (CRLF) stays inside its quoted field")
  func crlfInName() throws {
    let result = try Fixture.mark(
      """
      student: "First line\\r\\nsecond line"
      id: "crlf\\r\\nid"
      answers:
        log-partition:
          erratum: "no"
      """)
    #expect(result.student == "First line\r\nsecond line")
    let (header, rows) = try Self.rawRows(CSVReport.render(ClassSummary(results: [result])))
    #expect(rows.count == 1, "one file is one row; got \(rows.count)")
    #expect(rows.first?.count == header.count)
    #expect(rows.first?.at(0) == "crlf\r\nid")
    #expect(rows.first?.at(1) == "First line\r\nsecond line")
  }

  @Test("is the same bytes every time")
  func deterministic() throws {
    #expect(CSVReport.render(try Fixture.summary()) == (try Self.csv.get()))
  }
}

extension Array where Element == String {
  /// The field at `k`, or "" when a broken row is too short (so a bad report fails, never crashes).
  func at(_ k: Int) -> String { indices.contains(k) ? self[k] : "" }
}
