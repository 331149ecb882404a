import Localization
import Catalogue
import Checks
import Foundation

/// The result of checking one of the chapter's claims, for `softcheck props`.
public struct ClaimResult: Sendable, Codable {
  public var exercise: String
  public var claim: String
  /// The claim in words, in both languages.
  public var statement: LocalizedText
  public var holds: Bool
  public var cases: Int
  public var evaluated: Int
  public var method: PropertyCheck.Method
  public var seconds: Double
  public var counterexample: [String: String]?
  /// Both sides at the counterexample, in both languages.
  public var detail: LocalizedText?
  public var replay: String?

  public init(exercise: String, claim: Claim, report: PropertyCheck.Report, seconds: Double) {
    self.exercise = exercise
    self.claim = claim.id
    statement = claim.statement
    holds = report.holds
    cases = report.cases
    evaluated = report.evaluated
    method = report.method
    self.seconds = seconds
    counterexample = report.counterexample
    detail = report.detailText
    replay = report.replay
  }
}

/// Renders property-check results as a table, JSON or Markdown.
public enum PropertyReport {
  public static func text(_ results: [ClaimResult], language: DisplayLanguage = .en) -> String {
    let w = ReportWords(language: language)
    // Column widths by display width: the Korean headings are two columns a syllable.
    let widths = [43, max(9, w.holds.displayWidth, w.fails.displayWidth, w.verdictHeading.displayWidth), 6, 10, 19]
    func row(_ cells: [String], _ last: String) -> String {
      zip(cells, widths).map { $0.padded(toWidth: $1) }.joined(separator: " ") + " " + last
    }
    var lines = [row([w.claim, w.verdictHeading, w.cases, w.evaluated, w.method], w.time)]
    for r in results {
      lines.append(row(["\(r.exercise)/\(r.claim)", r.holds ? w.holds : w.fails, String(r.cases), String(r.evaluated), r.method.text[language]],
                       String(format: "%.2fs", r.seconds)))
      lines.append("    \(r.statement[language])")
      if let c = r.counterexample {
        lines.append("    \(w.counterexample): " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ") + (r.detail.map { " (\($0[language]))" } ?? ""))
      }
    }
    let failed = results.filter { !$0.holds }.count
    lines.append(w.claimsHold(results.count - failed, of: results.count))
    return lines.joined(separator: "\n")
  }

  public static func markdown(_ results: [ClaimResult], language: DisplayLanguage = .en) -> String {
    let w = ReportWords(language: language)
    var lines = ["| \(w.claim) | \(w.statement) | \(w.verdictHeading) | \(w.cases) | \(w.evaluated) | \(w.method) | \(w.time) |", "|---|---|---|---|---|---|---|"]
    for r in results {
      let statement = r.statement[language].replacingOccurrences(of: "|", with: "\\|")
      lines.append("| `\(r.exercise)/\(r.claim)` | \(statement) | \(r.holds ? w.holds : "**\(w.fails)**") | \(r.cases) | \(r.evaluated) | \(r.method.text[language]) | \(String(format: "%.2f s", r.seconds)) |")
    }
    for r in results where !r.holds {
      lines.append("")
      lines.append(w.counterexampleFor("`\(r.exercise)/\(r.claim)`") + ": " + (r.counterexample ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  public static func json(_ results: [ClaimResult]) throws -> String {
    try JSONReport.encode(results, pretty: true)
  }
}
