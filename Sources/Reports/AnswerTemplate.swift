import Catalogue

/// Writes a ready-to-fill answer file (`answer-format.md`) with a comment per part.
public enum AnswerTemplate {
  /// - Parameter filled: write each part's `example` answer instead of leaving it blank: a
  ///   complete correct answer file (for instructors; it reveals every answer).
  public static func render(_ exercises: [Exercise], filled: Bool = false) -> String {
    var lines = [
      "# softcheck answer file. Fill in each part, then run: softcheck mark <this file>",
      "# Numbers are exact: 0.1 means 1/10. Quote codewords: \"10\".",
      "format: softcheck/1",
      "student: ",
      "id: ",
      "answers:",
    ]
    for e in exercises {
      lines.append("  # \(e.title)")
      lines.append("  \(e.id):")
      for p in e.parts {
        let unit = p.unit.map { " (\($0.rawValue))" } ?? ""
        lines.append("    # \(p.prompt)\(unit)")
        lines.append("    # answer: \(p.answerForm)" + (p.check.minimumSignificantDigits.map { "; decimals need \($0) significant digits" } ?? ""))
        if filled, let example = p.example {
          lines.append("    \(p.id): " + AnswerYAML.value(example, indent: 4))
        } else {
          lines.append("    \(p.id): ")
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}
