import Localization

/// `softcheck props --format html`: one self-contained page, a section per exercise, each claim
/// with its statement in words and as mathematics, how it was decided, the cases tried, any
/// counterexample, and a picture of the sampled cases (``ClaimPicture``). Inline CSS, SVG and
/// MathML only: no script, no external request.
package enum PropertyHTML {
  /// The page for `results`, in `language`; the same results always give the same bytes.
  package static func render(_ results: [ClaimResult], language: DisplayLanguage = .en) -> String {
    let w = ReportWords(language: language)
    let e = MathML.escape
    var exercises: [String] = []
    for r in results where !exercises.contains(r.exercise) { exercises.append(r.exercise) }
    var body = "<h1>\(e(w.claimsHeading))</h1><p>\(e(w.propsCaption))</p>"
    body += "<p>\(e(w.claimsHold(results.filter(\.holds).count, of: results.count)))</p>"
    for exercise in exercises {
      body += "<section><h2><code>\(e(exercise))</code></h2>"
      for r in results where r.exercise == exercise { body += claim(r, w) }
      body += "</section>"
    }
    return "<!DOCTYPE html><html lang=\"\(language == .ko ? "ko" : "en")\"><head><meta charset=\"UTF-8\"/>"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>\(e(w.claimsHeading))</title>"
      + "<style>\(HTMLReport.css)\(css)</style></head><body>\(body)</body></html>"
  }

  static func claim(_ r: ClaimResult, _ w: ReportWords) -> String {
    let e = MathML.escape
    let verdict =
      r.holds ? "<span class=\"badge v-correct\">\(e(w.holds))</span>" : "<span class=\"badge v-incorrect\">\(e(w.fails))</span>"
    var out = "<article class=\"claim\"><h3><code>\(e(r.claim))</code> \(verdict)</h3>"
    out += "<p>\(e(r.statement[w.language]))</p>"
    if let relation = r.relation { out += "<p class=\"f\">\(MathML.math(MathML.relation(relation)))</p>" }
    out += "<p class=\"why\">\(e(w.casesSummary(r.cases, evaluated: r.evaluated, method: r.method.text[w.language])))</p>"
    if let c = r.counterexample {
      out +=
        "<p class=\"warn\">\(e(w.counterexample)): \(MathML.assignments(c))\(r.detail.map { " (" + e($0[w.language]) + ")" } ?? "")</p>"
    }
    if let picture = ClaimPicture(r, w) { out += "<div class=\"pic\">\(picture.svg(label: w.claimPicture(r.claim)))</div>" }
    return out + "</article>"
  }

  static let css = """
    .claim{border-top:1px solid #eee;padding:.4rem 0;display:grid;grid-template-columns:minmax(0,1fr) minmax(0,26rem);gap:0 1.2rem}
    .claim>*{grid-column:1}.claim>.pic{grid-column:2;grid-row:1/span 6}.claim h3{font-size:1rem;margin:.3rem 0}.pic svg{max-width:26rem}
    @media (max-width:48rem){.claim{display:block}}
    """
}
