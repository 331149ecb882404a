import AnswerDocument

extension AnswerFile {
  /// The exercise ids an answer file on disk answers, or nil when it cannot be read as one (the
  /// marker then says why, with the whole catalogue loaded).
  package static func exerciseIDs(atPath path: String) -> Set<String>? {
    guard case .success(let bytes) = BoundedFileRead.bytes(atPath: path, limit: YAMLReader().maxBytes),
      case .success(let text) = AnswerTextDecoding.text(bytes),
      let file = try? AnswerFile.parse(text)
    else { return nil }
    return Set(file.answers.map(\.exercise.text))
  }
}
