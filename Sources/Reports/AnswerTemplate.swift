import Catalogue
import Foundation
import Localization

/// Writes a ready-to-fill answer file (`Docs/answer-format.md`) with a comment per part.
package enum AnswerTemplate {
  /// - Parameter filled: write each part's `example` answer instead of leaving it blank: a
  ///   complete correct answer file (for instructors; it reveals every answer).
  ///   `student` fills in `student:`; `assignment` (its file) goes into the command to run.
  package static func render(
    _ exercises: [Exercise], filled: Bool = false, language: DisplayLanguage = .en,
    student: String? = nil, assignment: String? = nil
  ) -> String {
    let ko = language == .ko
    let command = "softcheck mark " + (assignment.map { "--assignment \($0) " } ?? "")
    var lines = [
      ko
        ? "# softcheck 답안 파일입니다. 각 문항을 채운 뒤 실행하세요: \(command)<이 파일>"
        : "# softcheck answer file. Fill in each part, then run: \(command)<this file>",
      ko
        ? "# 수는 정확한 값입니다: 0.1은 1/10입니다. 부호어는 따옴표로 감싸세요: \"10\"."
        : "# Numbers are exact: 0.1 means 1/10. Quote codewords: \"10\".",
      "format: softcheck/1",
      "student: " + (student.map(AnswerYAML.quote) ?? ""),
      "id: ",
      "answers:",
    ]
    for e in exercises {
      lines.append("  # \(comment(e.title[language]))")
      lines.append("  \(e.id):")
      for p in e.parts {
        let unit = p.unit.map { " (\($0.name[language]))" } ?? ""
        lines.append("    # \(comment(p.prompt[language]))\(unit)")
        let digits =
          p.check.minimumSignificantDigits.map { ko ? "; 소수는 유효 숫자 \($0)자리 이상" : "; decimals need \($0) significant digits" }
          ?? ""
        lines.append("    # \(ko ? "답" : "answer"): \(comment(p.answerForm[language]))" + digits)
        if filled, let example = p.example {
          lines.append("    \(p.id): " + AnswerYAML.value(example, indent: 4))
        } else {
          lines.append("    \(p.id): ")
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  /// A text as one YAML comment line: a newline inside a comment would end it.
  static func comment(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }
}
