import Checks
import Localization
import Marking

/// A short Markdown summary of a class: totals, pass rates per part, common misconceptions.
package enum MarkdownReport {
  package static func render(_ s: ClassSummary, language: DisplayLanguage = .en) -> String {
    let w = ReportWords(language: language)
    var out = ["# \(w.classReport)", ""]
    out.append("- \(w.studentCount(s.students))")
    out.append("- \(w.meanScore(format(s.meanScore), max: TextReport.points(s.maxScore), median: format(s.medianScore)))")
    if let basis = s.basis { out.append("- \(basis[language])") }
    if s.invalidFiles > 0 { out.append("- \(w.invalidFiles(s.invalidFiles))") }
    if !s.duplicateIDs.isEmpty { out.append("- \(w.duplicateIDs(s.duplicateIDs.map(cell).joined(separator: ", ")))") }
    out.append("")
    out.append("| \(w.part) | " + Verdict.allCases.map(w.verdict).joined(separator: " | ") + " | \(w.topMisconception) |")
    out.append("|" + String(repeating: "---|", count: Verdict.allCases.count + 2))
    for p in s.parts {
      let top = p.misconceptions.first.map { "`\($0.id)` (\($0.count))" } ?? ""
      out.append("| `\(p.key)` | " + Verdict.allCases.map { String(p.count($0)) }.joined(separator: " | ") + " | \(top) |")
    }
    out.append("")
    out.append("| id | \(w.student) | \(w.score) |")
    out.append("|---|---|---|")
    for r in s.results {
      out.append("| \(cell(r.id)) | \(cell(r.student ?? "")) | \(TextReport.points(r.score)) / \(TextReport.points(r.max)) |")
    }
    out += written(s, w) + answers(s, w)
    return out.joined(separator: "\n") + "\n"
  }

  /// Every written answer, by part, as a list (so no learner text can break a table).
  static func written(_ s: ClassSummary, _ w: ReportWords) -> [String] {
    guard !s.written.isEmpty else { return [] }
    var out = ["", "## \(w.writtenAnswers)"]
    for part in s.written {
      out += ["", "### `\(part.key)`", ""]
      for a in part.answers {
        let hand = a.manual ? " (\(w.byHand): \(TextReport.points(a.score))/\(TextReport.points(a.max)))" : ""
        let (text, omitted) = AnswerExcerpt.cut(a.text, AnswerExcerpt.prose)
        out.append("- **\(cell(a.id))**\(hand): \(cell(text))" + (omitted > 0 ? " … (+\(omitted))" : ""))
      }
    }
    return out
  }

  /// What each learner wrote, part by part, beside the verdict.
  static func answers(_ s: ClassSummary, _ w: ReportWords) -> [String] {
    var out = ["", "## \(w.answersHeading)"]
    for r in s.results where !r.exercises.isEmpty {
      out += ["", "### \(cell(r.id))\(r.student.map { " — " + cell($0) } ?? "")", ""]
      for e in r.exercises {
        for p in e.parts {
          let written =
            p.answer.map { answer in
              let (text, omitted) = AnswerExcerpt.cut(answer.flattened, AnswerExcerpt.shown)
              return ": " + cell(text) + (omitted > 0 ? " … (+\(omitted))" : "")
            } ?? ""
          out.append(
            "- `\(cell(e.id))/\(cell(p.part))` \(w.verdict(p.verdict)) \(TextReport.points(p.score))/\(TextReport.points(p.max))\(written)"
          )
        }
      }
    }
    return out
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
