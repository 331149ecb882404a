import Marking

/// The gradebook as CSV (RFC 4180): one row per learner (id, name, file, total, max), then one
/// column per exercise part in a stable order. Fields are quoted when they need it, and a
/// leading `= + - @` is prefixed with `'` so a spreadsheet never runs learner text as a formula.
package enum CSVReport {
  package static func render(_ summary: ClassSummary) -> String {
    let keys = summary.parts.map(\.key)
    var rows = [["id", "student", "file", "total", "max"] + keys]
    for r in summary.results {
      var byKey: [String: Double] = [:]
      for e in r.exercises { for p in e.parts { byKey["\(e.id)/\(p.part)"] = p.score } }
      rows.append(
        [r.id, r.student ?? "", r.file, TextReport.points(r.score), TextReport.points(r.max)]
          + keys.map { byKey[$0].map(TextReport.points) ?? "" })
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  static func field(_ s: String) -> String {
    var s = s
    if let first = s.first, "=+-@".contains(first), Double(s) == nil { s = "'" + s }
    // Unicode scalars, not Characters: "\r\n" is one Character and equals neither "\r" nor "\n".
    guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
