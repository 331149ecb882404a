import Catalogue
import Language

/// An answer file as read: its header and, per exercise id, the answers by part id, with
/// positions. Reading never fails as a whole except for files that are not YAML at all;
/// structural problems are collected in ``problems``.
public struct AnswerFile: Sendable {
  public var student: String?
  public var id: String?
  /// Exercise id -> (its key, and part id -> answer), in file order.
  public var answers: [(exercise: AnswerNode.ScalarText, parts: [(part: AnswerNode.ScalarText, answer: AnswerNode)]?)]
  /// Problems found while reading (unknown keys, wrong shapes), located.
  public var problems: [(location: SourceLocation?, message: String)]

  /// The versions of the format this build reads.
  public static let formats = ["softcheck/1"]
  static let topLevelKeys = ["format", "student", "id", "answers"]

  /// Reads an answer file.
  ///
  /// - Throws: ``YAMLReader/Failure`` when the text is not YAML (or too large or deep).
  public static func parse(_ text: String) throws(YAMLReader.Failure) -> AnswerFile {
    var file = AnswerFile(student: nil, id: nil, answers: [], problems: [])
    guard let root = try YAMLReader().read(text) else {
      file.problems.append((SourceLocation(line: 1, column: 1), "the file is empty: see `softcheck template` for the format"))
      return file
    }
    guard case .mapping(let pairs, _) = root else {
      file.problems.append((root.location, "an answer file is a mapping with an 'answers:' key (see `softcheck template`)"))
      return file
    }
    var sawAnswers = false
    for (key, value) in pairs {
      switch key.text {
      case "format":
        let v = value.flattenedText ?? ""
        if !formats.contains(v) {
          file.problems.append((value.location, "unknown format '\(v)'; this version reads \(formats.joined(separator: ", "))"))
        }
      case "student":
        file.student = scalar(value, "student", into: &file)
      case "id":
        file.id = scalar(value, "id", into: &file)
      case "answers":
        sawAnswers = true
        readAnswers(value, into: &file)
      default:
        let hint = NameSuggestion.closest(to: key.text, among: topLevelKeys).map { "; did you mean '\($0)'?" } ?? ""
        file.problems.append((key.location(ofOffset: 0), "unknown top-level key '\(key.text)'\(hint)"))
      }
    }
    if !sawAnswers { file.problems.append((root.location, "no 'answers:' key: nothing to mark")) }
    return file
  }

  private static func scalar(_ node: AnswerNode, _ key: String, into file: inout AnswerFile) -> String? {
    guard case .scalar(let s) = node else {
      file.problems.append((node.location, "'\(key)' must be a single value"))
      return nil
    }
    let text = s.text.trimmed
    return text.isEmpty ? nil : text
  }

  private static func readAnswers(_ node: AnswerNode, into file: inout AnswerFile) {
    guard case .mapping(let exercises, _) = node else {
      file.problems.append((node.location, "'answers' maps exercise ids to their parts, e.g. 'dyadic-code:'"))
      return
    }
    for (exercise, partsNode) in exercises {
      guard case .mapping(let parts, _) = partsNode else {
        file.problems.append((partsNode.location, "the answers to '\(exercise.text)' map part ids to answers, e.g. 'code: [\"0\", \"10\", \"11\"]'"))
        file.answers.append((exercise, nil))
        continue
      }
      file.answers.append((exercise, parts.map { (part: $0.key, answer: $0.value) }))
    }
  }
}
