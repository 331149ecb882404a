import Localization

/// A position in an answer file: 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
  public var description: String { "\(line):\(column)" }
}

/// A learner's answer as written in the YAML file, before any part interprets it: scalars keep
/// their raw text (so `0.1` is still the string "0.1") and every node knows where it stands.
///
/// This is the boundary between the YAML reader and the checks: it is `Sendable` and owns no
/// YAML library types.
public indirect enum AnswerNode: Sendable {
  case scalar(ScalarText)
  case sequence([AnswerNode], at: SourceLocation)
  case mapping([(key: ScalarText, value: AnswerNode)], at: SourceLocation)

  /// A scalar's raw text and where each of its lines starts in the file.
  public struct ScalarText: Sendable {
    /// The scalar's text exactly as YAML delivers it (no type resolution).
    public var text: String
    /// The location of the first character of each line of `text`.
    public var lineStarts: [SourceLocation]
    /// Whether the scalar was quoted (`"0"` stays a string even if it looks like a number).
    public var quoted: Bool
    /// For text that does not keep the file's line breaks (a folded `>` block joins lines):
    /// where each piece of the text starts, by character offset, in ascending order.
    public var segments: [Segment]?

    /// A piece of a scalar's text that starts at `offset` and comes from `start` in the file.
    public struct Segment: Sendable, Hashable {
      public var offset: Int
      public var start: SourceLocation
      public init(offset: Int, start: SourceLocation) {
        self.offset = offset
        self.start = start
      }
    }

    public init(text: String, lineStarts: [SourceLocation], quoted: Bool = false) {
      self.text = text
      self.lineStarts = lineStarts
      self.quoted = quoted
    }

    /// The file location of the character at `offset` (counted in Characters) in `text`.
    public func location(ofOffset offset: Int) -> SourceLocation {
      if let segments, let s = segments.last(where: { $0.offset <= offset }) {
        return SourceLocation(line: s.start.line, column: s.start.column + offset - s.offset)
      }
      guard let first = lineStarts.first else { return SourceLocation(line: 1, column: 1) }
      var line = 0
      var column = 0
      var k = 0
      for ch in text {
        if k == offset { break }
        if ch == "\n" {
          line += 1
          column = 0
        } else {
          column += 1
        }
        k += 1
      }
      let start = line < lineStarts.count ? lineStarts[line] : SourceLocation(line: first.line + line, column: 1)
      return SourceLocation(line: start.line, column: start.column + column)
    }
  }

  /// Where the node starts.
  public var location: SourceLocation {
    switch self {
    case .scalar(let s): return s.location(ofOffset: 0)
    case .sequence(_, let at), .mapping(_, let at): return at
    }
  }

  /// The node as a one-line string in the answer grammar (sequences as `[a, b]`), for parsing
  /// YAML sequences with the same parser as bracketed text.
  package var flattenedText: String? {
    switch self {
    case .scalar(let s): return s.text
    case .sequence(let items, _):
      var parts: [String] = []
      for item in items {
        guard let t = item.flattenedText else { return nil }
        parts.append(t)
      }
      return "[" + parts.joined(separator: ", ") + "]"
    case .mapping: return nil
    }
  }

  /// A short description of the node's shape, for error messages: `a list of 3` (`항목이 3개인 목록`).
  package var shapeText: LocalizedText {
    switch self {
    case .scalar: return LocalizedText(en: "a single value", ko: "값 하나")
    case .sequence(let items, _): return LocalizedText(en: "a list of \(items.count)", ko: "항목이 \(items.count)개인 목록")
    case .mapping: return LocalizedText(en: "a mapping", ko: "매핑")
    }
  }
}
