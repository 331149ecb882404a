import Checks
import Localization
import Marking

/// A short Markdown summary of a class: totals, pass rates per part, common misconceptions.
public enum MarkdownReport {
  public static func render(_ s: ClassSummary, language: DisplayLanguage = .en) -> String {
    let w = ReportWords(language: language)
    var out = ["# \(w.classReport)", ""]
    out.append("- \(w.studentCount(s.students))")
    out.append("- \(w.meanScore(format(s.meanScore), max: TextReport.points(s.maxScore), median: format(s.medianScore)))")
    if let basis = s.basis { out.append("- \(basis[language])") }
    if s.invalidFiles > 0 { out.append("- \(w.invalidFiles(s.invalidFiles))") }
    if !s.duplicateIDs.isEmpty { out.append("- \(w.duplicateIDs(s.duplicateIDs.map(cell).joined(separator: ", ")))") }
    out.append("")
    out.append("| \(w.part) | " + Verdict.allCases.map(w.verdict).joined(separator: " | ") + " | \(w.topMisconception) |")
    out.append("|---|---|---|---|---|---|---|")
    for p in s.parts {
      let top = p.misconceptions.first.map { "`\($0.id)` (\($0.count))" } ?? ""
      out.append("| `\(p.key)` | \(p.count(.correct)) | \(p.count(.partial)) | \(p.count(.incorrect)) | \(p.count(.unanswered)) | \(p.count(.invalid)) | \(top) |")
    }
    out.append("")
    out.append("| id | \(w.student) | \(w.score) |")
    out.append("|---|---|---|")
    for r in s.results {
      out.append("| \(cell(r.id)) | \(cell(r.student ?? "")) | \(TextReport.points(r.score)) / \(TextReport.points(r.max)) |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func format(_ x: Double) -> String { String(Double((x * 100).rounded()) / 100) }

  /// Learner text in a table cell: no pipes, no newlines, no HTML, no Markdown links.
  static func cell(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "|", "\n", "\r": out += " "
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "[", "]", "`", "*", "_", "\\": out += "\\" + String(u)
      default:
        if u.properties.generalCategory == .control { out += " " } else { out.unicodeScalars.append(u) }
      }
    }
    return out
  }
}
