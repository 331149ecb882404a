import Checks
import Localization
import Marking

/// JUnit XML: a `testsuite` per learner, a `testcase` per part; wrong parts are `failure`s
/// carrying the feedback, invalid ones `error`s, unanswered ones `skipped`. Readable by CI
/// systems and LMS plug-ins that read JUnit.
package enum JUnitReport {
  package static func render(_ summary: ClassSummary, language: DisplayLanguage = .en) -> String {
    let words = ReportWords(language: language)
    var out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
    let allParts = summary.results.flatMap { $0.exercises.flatMap(\.parts) }
    let failures = allParts.filter { $0.verdict == .incorrect || $0.verdict == .partial }.count
    let fileErrors = summary.results.filter { !$0.errors.isEmpty }.count
    let errors = allParts.filter { $0.verdict == .invalid }.count + fileErrors
    out.append(
      "<testsuites name=\"softcheck\" tests=\"\(allParts.count + fileErrors)\" failures=\"\(failures)\" errors=\"\(errors)\">")
    for r in summary.results {
      let parts = r.exercises.flatMap { e in e.parts.map { (e.id, $0) } }
      let f = parts.filter { $0.1.verdict == .incorrect || $0.1.verdict == .partial }.count
      var e = parts.filter { $0.1.verdict == .invalid }.count
      // File-level problems (not YAML, unknown keys or exercises) are one `file` test case, so
      // answers that were ignored never pass silently.
      let fileInvalid = !r.errors.isEmpty
      if fileInvalid { e += 1 }
      let skipped = parts.filter { $0.1.verdict == .unanswered }.count
      out.append(
        "  <testsuite name=\"\(escape(r.id))\" tests=\"\(parts.count + (fileInvalid ? 1 : 0))\" failures=\"\(f)\" errors=\"\(e)\" skipped=\"\(skipped)\">"
      )
      out.append(
        "    <properties><property name=\"file\" value=\"\(escape(r.file))\"/><property name=\"score\" value=\"\(TextReport.points(r.score))/\(TextReport.points(r.max))\"/></properties>"
      )
      if fileInvalid {
        out.append("    <testcase name=\"file\" classname=\"\(escape(r.id))\">")
        let messages = r.errors.map { e in (e.line.map { words.lineColumn($0, e.column ?? 1) + ": " } ?? "") + e.message[language]
        }.joined(separator: "\n")
        out.append(
          "      <error message=\"\(escape(r.errors.first?.message[language] ?? words.invalidFile))\" type=\"invalid\">\(escape(messages))</error>"
        )
        out.append("    </testcase>")
      }
      for (exercise, p) in parts {
        out.append(
          "    <testcase name=\"\(escape(exercise))/\(escape(p.part))\" classname=\"\(escape(r.id)).\(escape(exercise))\">")
        switch p.verdict {
        case .correct, .recorded: break
        case .partial, .incorrect:
          out.append(
            "      <failure message=\"\(escape(words.verdict(p.verdict))): \(TextReport.points(p.score))/\(TextReport.points(p.max))\" type=\"\(p.verdict.rawValue)\">\(escape(p.feedback(in: language)))</failure>"
          )
        case .invalid:
          out.append("      <error message=\"\(escape(p.feedback(in: language)))\" type=\"invalid\"/>")
        case .unanswered:
          out.append("      <skipped message=\"\(escape(words.verdict(.unanswered)))\"/>")
        }
        out.append("    </testcase>")
      }
      out.append("  </testsuite>")
    }
    out.append("</testsuites>")
    return out.joined(separator: "\n") + "\n"
  }

  /// Escapes text for XML attributes and content, dropping characters XML 1.0 forbids.
  static func escape(_ s: String) -> String { SafeText.xml(s) }
}
