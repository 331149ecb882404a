import Foundation
import Testing

/// Docs/glossary.md settles one Korean term for each concept; the words it sets aside must not
/// come back in the program's text or in the Korean guides.
@Suite("the glossary")
struct GlossaryTests {
  /// The glossary's rows: (English term, Korean term, the words not used).
  static func rows() throws -> [(english: String, korean: String, banned: [String])] {
    let text = try String(contentsOf: SourceText.root.appendingPathComponent("Docs/glossary.md"), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 6, !cells[1].isEmpty, cells[1] != "English", !cells[1].hasPrefix("-") else { return nil }
      let banned = cells[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      return (cells[1], cells[2], banned)
    }
  }

  @Test("the glossary names chain and instructor once each, and sets their synonyms aside")
  func settled() throws {
    let rows = try Self.rows()
    #expect(rows.count >= 10)
    #expect(rows.contains { $0.english == "chain" && $0.korean == "체인" && $0.banned == ["사슬"] })
    #expect(rows.contains { $0.english == "instructor" && $0.korean == "교수자" && $0.banned == ["강사"] })
    let korean = rows.map(\.korean)
    #expect(Set(korean).count == korean.count, "a Korean term stands for two concepts")
    for row in rows { for word in row.banned { #expect(!korean.contains(word), "\(word) is both a term and set aside") } }
  }

  @Test("no word the glossary sets aside appears in Sources or a Korean guide")
  func synonymsStayOut() throws {
    let banned = try Self.rows().flatMap { row in row.banned.map { ($0, row.korean) } }
    let files =
      SourceText.files(under: "Sources", endingIn: [".swift", ".yaml"])
      + SourceText.files(under: "Docs", endingIn: [".ko.md"]) + SourceText.files(under: "Examples", endingIn: [".yaml"])
    #expect(files.count > 100)
    for file in files {
      for (word, term) in banned {
        for range in file.text.ranges(of: word) {
          Issue.record(
            "\(file.path):\(SourceText.line(of: range.lowerBound, in: file.text)) says \(word); the glossary's word is \(term)")
        }
      }
    }
  }
}
