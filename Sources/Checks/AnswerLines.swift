import AnswerDocument
import Language

/// The lines of a multi-line answer (a chain), each with where it starts in the file.
struct AnswerLines {
  var lines: [String]
  /// For each line, a function from a character offset in it to a file location.
  var locate: [(Int) -> SourceLocation]

  /// A block scalar (`|`) gives its lines; a YAML sequence gives one line per item.
  static func read(_ answer: AnswerNode) -> AnswerLines? {
    switch answer {
    case .scalar(let s):
      // Every line break is one Character ("\r\n" included), so offsets below count it as one.
      let lines = s.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        .map(String.init)
      var starts: [Int] = []
      var offset = 0
      for l in lines {
        starts.append(offset)
        offset += l.count + 1
      }
      return AnswerLines(lines: lines, locate: starts.map { start in { s.location(ofOffset: start + $0) } })
    case .sequence(let items, _):
      var lines: [String] = []
      var locate: [(Int) -> SourceLocation] = []
      for item in items {
        guard case .scalar(let s) = item else { return nil }
        lines.append(s.text)
        locate.append { s.location(ofOffset: $0) }
      }
      return AnswerLines(lines: lines, locate: locate)
    case .mapping:
      return nil
    }
  }
}
