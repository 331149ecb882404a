import Foundation
import Marking
import Reports
import Testing

/// The terminal report: learner text must not drive the instructor's terminal.
@Suite("Text report")
struct TextReportTests {
  @Test("every fixture file renders, with its name and score")
  func fixtureClass() throws {
    let report = TextReport(colored: false)
    for r in try Fixture.results() {
      let text = report.render(r)
      #expect(text.contains(r.id))
      #expect(!text.contains("\u{1B}"), "no ANSI escapes without colour")
    }
  }

  @Test("escape sequences in a learner's name or id are not passed to the terminal")
  func terminalEscapes() throws {
    let result = try Fixture.mark(
      """
      student: "\\e]0;owned\\a\\e[2J\\e[31mred"
      id: "x\\e[1A"
      answers:
        log-partition:
          erratum: "no"
      """)
    #expect(result.student?.unicodeScalars.contains { $0.value == 0x1B } == true, "the YAML escapes reached the name")
    let text = TextReport(colored: false).render(result)
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "raw ESC/BEL in \(text.debugDescription)")
  }
}
