import AnswerDocument
import Catalogue
import Language
import Localization
import Synchronization

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
  /// Reading is a function of the text alone, and the last text read is kept with what it gave:
  /// marking one file reads it first for the exercises to load
  /// (``exerciseIDs(atPath:)``), then to mark it, and the second time costs a comparison.
  ///
  /// - Throws: ``YAMLReader/Failure`` when the text is not YAML (or too large or deep).
  package static func parse(_ text: String) throws(YAMLReader.Failure) -> AnswerFile {
    if let kept = lastRead.withLock({ $0?.text == text ? $0?.result : nil }) { return try kept.get() }
    let result = Result { () throws(YAMLReader.Failure) in try read(text) }
    lastRead.withLock { $0 = (text, result) }
    return try result.get()
  }

  private static let lastRead = Mutex<(text: String, result: Result<AnswerFile, YAMLReader.Failure>)?>(nil)

  private static func read(_ text: String) throws(YAMLReader.Failure) -> AnswerFile {
    var file = AnswerFile(student: nil, id: nil, answers: [], problems: [])
    guard let root = try YAMLReader().read(text) else {
      file.problems.append((SourceLocation(line: 1, column: 1), Problem.empty.message))
      return file
    }
    guard case .mapping(let pairs, _) = root else {
      file.problems.append((root.location, Problem.notAMapping(.file).message))
      return file
    }
    var sawAnswers = false
    for (key, value) in pairs {
      switch key.text {
      case "format":
        let v = value.flattenedText ?? ""
        if !formats.contains(v) {
          file.problems.append((value.location, Problem.unknownFormat(v, known: formats).message))
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
        file.problems.append((key.location(ofOffset: 0), Problem.unknownKey(key.text, hint: hint).message))
      }
    }
    if !sawAnswers { file.problems.append((root.location, Problem.noAnswers.message)) }
    return file
  }

  private static func scalar(_ node: AnswerNode, _ key: String, into file: inout AnswerFile) -> String? {
    guard case .scalar(let s) = node else {
      file.problems.append((node.location, Problem.notAValue(key: key).message))
      return nil
    }
    let text = s.text.trimmed
    return text.isEmpty ? nil : text
  }

  private static func readAnswers(_ node: AnswerNode, into file: inout AnswerFile) {
    guard case .mapping(let exercises, _) = node else {
      file.problems.append((node.location, Problem.notAMapping(.answers).message))
      return
    }
    for (exercise, partsNode) in exercises {
      guard case .mapping(let parts, _) = partsNode else {
        file.problems.append((partsNode.location, Problem.notAMapping(.exercise(exercise.text)).message))
        file.answers.append((exercise, nil))
        continue
      }
      file.answers.append((exercise, parts.map { (part: $0.key, answer: $0.value) }))
    }
  }
}
