import Foundation
import Localization

/// The reader's failures, each with its stable message id, in one place so every path that finds
/// a problem words it the same way.
extension YAMLReader {
  static func tooDeep(_ limit: Int, at: SourceLocation) -> Failure {
    Failure(
      message: Message(
        "file.too-deep", en: "the file is nested more than \(limit) levels deep",
        ko: "파일이 \(limit)단계보다 깊게 중첩되어 있습니다"), location: at)
  }

  static func tooManyValues(_ limit: Int, at: SourceLocation) -> Failure {
    Failure(
      message: Message(
        "file.too-many-values", en: "the file expands to more than \(limit) values (are aliases repeating a large node?)",
        ko: "파일을 펼치면 값이 \(limit)개를 넘습니다 (별칭이 큰 노드를 반복하고 있나요?)"), location: at)
  }

  static func complexKey(at: SourceLocation) -> Failure {
    Failure(
      message: Message("file.complex-key", en: "a mapping key must be a plain name", ko: "매핑의 키는 단순한 이름이어야 합니다"),
      location: at)
  }

  static func duplicateKey(_ key: String, at: SourceLocation) -> Failure {
    Failure(
      message: Message(
        "file.duplicate-key", en: "the key '\(key)' appears twice in one mapping",
        ko: "한 매핑 안에 키 \(KoreanParticle.subject.after("'\(key)'")) 두 번 나옵니다"), location: at)
  }

  /// Text YAML does not read, with libyaml's reason (in English: it comes from libyaml).
  static func notYAML(_ detail: String) -> Message {
    Message("file.not-yaml", en: "not valid YAML: \(detail)", ko: "올바른 YAML이 아닙니다: \(detail)")
  }

  static let outOfMemory = Failure(message: notYAML("Memory error"), location: nil)

  /// A scanner, parser or composer problem, as libyaml words it, unless it is a slip learners
  /// make often enough to deserve its own sentence.
  static func notYAML(problem: String, context: String?, at: SourceLocation, text: String) -> Failure {
    if let known = YAMLSlip(problem: problem, at: at, in: text) { return Failure(message: known.message, location: at) }
    let ctx = context.map { " (\($0))" } ?? ""
    return Failure(message: notYAML("\(problem)\(ctx)"), location: at)
  }

  /// libyaml refuses characters YAML does not allow (NUL, other C0 controls): the text is UTF-8,
  /// so say which character, and where (`byteOffset` counts UTF-8 bytes; nil location when it
  /// falls inside a Character).
  static func forbiddenCharacter(_ value: Int32, byteOffset: Int, text: String) -> Failure {
    let code = "U+" + String(format: "%04X", Int(value))
    let index = text.utf8.index(text.utf8.startIndex, offsetBy: byteOffset, limitedBy: text.utf8.endIndex)?.samePosition(in: text)
    let location = index.map { YAMLReader.location(ofCharacter: text.distance(from: text.startIndex, to: $0), in: text) }
    return Failure(
      message: Message(
        "file.forbidden-character", en: "the file holds a character YAML does not allow (\(code)): remove it",
        ko: "파일에 YAML이 허용하지 않는 문자(\(code))가 있습니다. 그 문자를 지우세요"),
      location: location)
  }

  /// The line and column of the `offset`-th character of `text` (lines as ``String/yamlLines()``
  /// counts them, columns in Unicode scalars).
  static func location(ofCharacter offset: Int, in text: String) -> SourceLocation {
    let end = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
    let lines = String(text[..<end]).yamlLines()
    return SourceLocation(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
  }
}
