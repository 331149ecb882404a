import Checks
import Localization
import Marking

/// The per-student part of the HTML report, written straight into one string (for 500 students
/// this is most of the page, and building it through a node tree took most of the time): one
/// collapsed `<details>` per file with each part's verdict, score, what was written (typeset)
/// and the feedback. Every learner text goes through ``MathML/escape(_:)``.
enum StudentRows {
  static func render(_ results: [FileResult], _ words: ReportWords, _ legend: PartLegend) -> String {
    var out = ""
    out.reserveCapacity(results.count * 8_192)
    let head =
      "<thead><tr><th>\(words.part)</th><th>\(words.verdictHeading)</th><th>\(words.score)</th><th>\(words.answer)</th><th>\(words.feedback)</th></tr></thead>"
    // The same answer (`softmax(o)`, `log(2)`, `no`) recurs across a class: typeset once.
    var typeset: [String: String] = [:]
    for r in results {
      let e = MathML.escape
      out +=
        "<details class=\"student\"><summary>\(e(r.id))\(r.student.map { " — " + e($0) } ?? ""): \(TextReport.points(r.score)) / \(TextReport.points(r.max))</summary>"
      out += "<p class=\"file\">\(e(r.file))</p>"
      for err in r.errors {
        out +=
          "<p class=\"warn\">\(e((err.line.map { words.lineColumn($0, err.column ?? 1) + ": " } ?? "") + err.message[words.language]))</p>"
      }
      if !r.exercises.isEmpty {
        out += "<div class=\"scroll\"><table class=\"rows\">" + head + "<tbody>"
        for ex in r.exercises { for p in ex.parts { row(p, of: ex.id, words, typeset: &typeset, into: &out) } }
        out += "</tbody></table></div>"
      }
      out += "</details>"
    }
    return out
  }

  private static func row(
    _ p: PartResult, of exercise: String, _ words: ReportWords, typeset: inout [String: String],
    into out: inout String
  ) {
    let e = MathML.escape
    out += "<tr><td><code>\(e(exercise))/\(e(p.part))</code></td>"
    out += "<td><span class=\"badge v-\(p.verdict.rawValue)\">\(e(words.verdict(p.verdict)))</span></td>"
    out += "<td>\(TextReport.points(p.score))/\(TextReport.points(p.max))"
    if p.manual { out += " <span class=\"hand\">\(e(words.byHand))</span>" }
    out += "</td><td>"
    if let answer = p.answer {
      let shape: String
      if case .map = answer { shape = "map" } else { shape = "text" }
      let key = "\(p.kind)|\(shape)|" + answer.flattened
      if let markup = typeset[key] {
        out += markup
      } else {
        let markup = PartLegend.markup(answer, kind: p.kind)
        typeset[key] = markup
        out += markup
      }
    }
    out += "</td><td>\(e(p.feedback(in: words.language)))"
    if let m = p.misconception { out += "<p class=\"why\">\(e(words.misconception)): <code>\(e(m))</code></p>" }
    if let c = p.counterexample, !c.isEmpty { out += "<p class=\"why\">\(e(words.counterexample)): \(MathML.assignments(c))</p>" }
    if let note = p.note { out += "<p class=\"why\">\(e(note))</p>" }
    out += "</td></tr>"
  }
}
