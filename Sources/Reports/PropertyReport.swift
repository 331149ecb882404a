import Catalogue
import Checks
import Foundation
import Language
import Localization
import Sampling

/// The result of checking one of the chapter's claims, for `softcheck props`.
package struct ClaimResult: Sendable, Codable {
  package var exercise: String
  package var claim: String
  /// The claim in words, in both languages.
  package var statement: LocalizedText
  package var holds: Bool
  package var cases: Int
  package var evaluated: Int
  package var method: PropertyCheck.Method
  package var seconds: Double
  package var counterexample: [String: String]?
  /// Both sides at the counterexample, in both languages.
  package var detail: LocalizedText?
  package var replay: String?
  /// The claim as a relation, and its variables (for typesetting and pictures; not in JSON).
  package var relation: Relation?
  package var variables: [Variable] = []
  /// Both sides of the evaluated cases, approximately (for pictures; not in JSON).
  package var points: [PropertyCheck.CasePoint] = []

  enum CodingKeys: String, CodingKey {
    case exercise, claim, statement, holds, cases, evaluated, method, seconds, counterexample, detail, replay
  }

  package init(exercise: String, claim: Claim, report: PropertyCheck.Report, seconds: Double) {
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
    relation = claim.check.claim
    variables = claim.check.variables
    points = report.points
  }
}

/// Renders property-check results as a table, JSON or Markdown.
package enum PropertyReport {
  /// One block per claim, wrapped to `width` columns (by display width: Hangul takes two):
  /// its id, verdict, cases and method, then its statement and any counterexample, indented.
  package static func text(_ results: [ClaimResult], language: DisplayLanguage = .en, width: Int = 80) -> String {
    let w = ReportWords(language: language)
    var lines: [String] = []
    for r in results {
      let head =
        "\(r.holds ? "✓" : "✗") \(r.exercise)/\(r.claim) — \(r.holds ? w.holds : w.fails): "
        + w.casesSummary(r.cases, evaluated: r.evaluated, method: r.method.text[language])
      lines += wrap(head, width: width, indent: "    ")
      lines += wrap("    " + r.statement[language], width: width, indent: "    ")
      if let c = r.counterexample {
        let text =
          "\(w.counterexample): " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ")
          + (r.detail.map { " (\($0[language]))" } ?? "")
        lines += wrap("    " + text, width: width, indent: "    ")
      }
    }
    let failed = results.filter { !$0.holds }.count
    lines.append(w.claimsHold(results.count - failed, of: results.count))
    return lines.joined(separator: "\n")
  }

  /// `text` broken at spaces into lines of at most `width` display columns (a word longer than
  /// the line stands alone); lines after the first start with `indent`.
  static func wrap(_ text: String, width: Int, indent: String) -> [String] {
    var lines: [String] = []
    var line = ""
    let leading = String(text.prefix { $0 == " " })
    for word in text.split(separator: " ") {
      let start = lines.isEmpty && line.isEmpty ? leading : (line.isEmpty ? indent : line + " ")
      if !line.isEmpty, (start + word).displayWidth > width {
        lines.append(line)
        line = indent + word
      } else {
        line = start + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  package static func markdown(_ results: [ClaimResult], language: DisplayLanguage = .en) -> String {
    let w = ReportWords(language: language)
    var lines = [
      "| \(w.claim) | \(w.statement) | \(w.verdictHeading) | \(w.cases) | \(w.evaluated) | \(w.method) |",
      "|---|---|---|---|---|---|",
    ]
    for r in results {
      let statement = r.statement[language].replacingOccurrences(of: "|", with: "\\|")
      lines.append(
        "| `\(r.exercise)/\(r.claim)` | \(statement) | \(r.holds ? w.holds : "**\(w.fails)**") | \(r.cases) | \(r.evaluated) | \(r.method.text[language]) |"
      )
    }
    for r in results where !r.holds {
      lines.append("")
      lines.append(
        w.counterexampleFor("`\(r.exercise)/\(r.claim)`") + ": "
          + (r.counterexample ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  package static func json(_ results: [ClaimResult]) throws -> String {
    try JSONReport.encode(results, pretty: true)
  }
}
