import Catalogue
import Checks
import Foundation

/// The result of checking one of the chapter's claims, for `softcheck props`.
public struct ClaimResult: Sendable, Codable {
  public var exercise: String
  public var claim: String
  public var statement: String
  public var holds: Bool
  public var cases: Int
  public var evaluated: Int
  public var method: String
  public var seconds: Double
  public var counterexample: [String: String]?
  public var detail: String?
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
    detail = report.detail
    replay = report.replay
  }
}

/// Renders property-check results as a table, JSON or Markdown.
public enum PropertyReport {
  public static func text(_ results: [ClaimResult]) -> String {
    var lines = ["claim                                       verdict   cases  evaluated  method              time"]
    for r in results {
      let name = "\(r.exercise)/\(r.claim)".padding(toLength: 43, withPad: " ")
      let verdict = (r.holds ? "holds" : "FAILS").padding(toLength: 9, withPad: " ")
      let cases = String(r.cases).padding(toLength: 6, withPad: " ")
      let evaluated = String(r.evaluated).padding(toLength: 10, withPad: " ")
      let method = r.method.padding(toLength: 19, withPad: " ")
      lines.append("\(name) \(verdict) \(cases) \(evaluated) \(method) \(String(format: "%.2fs", r.seconds))")
      lines.append("    \(r.statement)")
      if let c = r.counterexample {
        lines.append("    counterexample: " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ") + (r.detail.map { " (\($0))" } ?? ""))
      }
    }
    let failed = results.filter { !$0.holds }.count
    lines.append("\(results.count - failed) of \(results.count) claims hold")
    return lines.joined(separator: "\n")
  }

  public static func markdown(_ results: [ClaimResult]) -> String {
    var lines = ["| claim | statement | verdict | cases | evaluated | method | time |", "|---|---|---|---|---|---|---|"]
    for r in results {
      let statement = r.statement.replacingOccurrences(of: "|", with: "\\|")
      lines.append("| `\(r.exercise)/\(r.claim)` | \(statement) | \(r.holds ? "holds" : "**fails**") | \(r.cases) | \(r.evaluated) | \(r.method) | \(String(format: "%.2f s", r.seconds)) |")
    }
    for r in results where !r.holds {
      lines.append("")
      lines.append("Counterexample for `\(r.exercise)/\(r.claim)`: " + (r.counterexample ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  public static func json(_ results: [ClaimResult]) throws -> String {
    try JSONReport.encode(results, pretty: true)
  }
}
