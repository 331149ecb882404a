import Catalogue
import AnswerDocument
import Language
import Localization

/// An answer file as read: its header and, per exercise id, the answers by part id, with
/// positions. Reading never fails as a whole except for files that are not YAML at all;
/// structural problems are collected in ``problems``.
package struct AnswerFile: Sendable {
  package var student: String?
  package var id: String?
  /// Exercise id -> (its key, and part id -> answer), in file order.
  package var answers: [(exercise: AnswerNode.ScalarText, parts: [(part: AnswerNode.ScalarText, answer: AnswerNode)]?)]
  /// Problems found while reading (unknown keys, wrong shapes), located.
  package var problems: [(location: SourceLocation?, message: Message)]

  /// The versions of the format this build reads.
  package static let formats = ["softcheck/1"]
  static let topLevelKeys = ["format", "student", "id", "answers"]

  /// Reads an answer file.
  ///
  /// - Throws: ``YAMLReader/Failure`` when the text is not YAML (or too large or deep).
  package static func parse(_ text: String) throws(YAMLReader.Failure) -> AnswerFile {
    var file = AnswerFile(student: nil, id: nil, answers: [], problems: [])
    guard let root = try YAMLReader().read(text) else {
      file.problems.append((SourceLocation(line: 1, column: 1), Message(
        "answers.empty", en: "the file is empty: see `softcheck template` for the format",
        ko: "파일이 비어 있습니다. 형식은 `softcheck template` 으로 보세요")))
      return file
    }
    guard case .mapping(let pairs, _) = root else {
      file.problems.append((root.location, Message(
        "answers.not-a-mapping", en: "an answer file is a mapping with an 'answers:' key (see `softcheck template`)",
        ko: "답안 파일은 'answers:' 키가 있는 매핑입니다 (`softcheck template` 을 보세요)")))
      return file
    }
    var sawAnswers = false
    for (key, value) in pairs {
      switch key.text {
      case "format":
        let v = value.flattenedText ?? ""
        if !formats.contains(v) {
          file.problems.append((value.location, Message(
            "answers.unknown-format", en: "unknown format '\(v)'; this version reads \(formats.joined(separator: ", "))",
            ko: "알 수 없는 형식 '\(v)' 입니다. 이 버전이 읽는 형식: \(formats.joined(separator: ", "))")))
        }
      case "student":
        file.student = scalar(value, "student", into: &file)
      case "id":
        file.id = scalar(value, "id", into: &file)
      case "answers":
        sawAnswers = true
        readAnswers(value, into: &file)
      default:
        let hint = NameSuggestion.hint(for: key.text, among: topLevelKeys)
        file.problems.append((key.location(ofOffset: 0), Message(
          "answers.unknown-key", en: "unknown top-level key '\(key.text)'\(hint.en)", ko: "알 수 없는 최상위 키 '\(key.text)'\(hint.ko)")))
      }
    }
    if !sawAnswers { file.problems.append((root.location, Message(
      "answers.no-answers", en: "no 'answers:' key: nothing to mark", ko: "'answers:' 키가 없어 채점할 것이 없습니다"))) }
    return file
  }

  private static func scalar(_ node: AnswerNode, _ key: String, into file: inout AnswerFile) -> String? {
    guard case .scalar(let s) = node else {
      file.problems.append((node.location, Message("answers.not-a-value", en: "'\(key)' must be a single value", ko: "'\(key)' 는 값 하나여야 합니다")))
      return nil
    }
    let text = s.text.trimmed
    return text.isEmpty ? nil : text
  }

  private static func readAnswers(_ node: AnswerNode, into file: inout AnswerFile) {
    guard case .mapping(let exercises, _) = node else {
      file.problems.append((node.location, Message(
        "answers.not-a-mapping", en: "'answers' maps exercise ids to their parts, e.g. 'dyadic-code:'",
        ko: "'answers' 는 문제 id 를 그 소문항들에 대응시킵니다 (예: 'dyadic-code:')")))
      return
    }
    for (exercise, partsNode) in exercises {
      guard case .mapping(let parts, _) = partsNode else {
        file.problems.append((partsNode.location, Message(
          "answers.not-a-mapping", en: "the answers to '\(exercise.text)' map part ids to answers, e.g. 'code: [\"0\", \"10\", \"11\"]'",
          ko: "'\(exercise.text)' 의 답은 소문항 id 를 답에 대응시킵니다 (예: 'code: [\"0\", \"10\", \"11\"]')")))
        file.answers.append((exercise, nil))
        continue
      }
      file.answers.append((exercise, parts.map { (part: $0.key, answer: $0.value) }))
    }
  }
}
