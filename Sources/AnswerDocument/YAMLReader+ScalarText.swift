extension YAMLReader {
  /// Where each line of a scalar starts in the file. Block scalars (`|`, `>`) start on the line
  /// after their indicator, each line at its own indentation; quoted scalars one column after
  /// the quote. `at` is the scalar's mark (1-based); `lines` the file's lines (read only for blocks, so
  /// other callers may pass none).
  static func scalarText(_ string: String, style: ScalarStyle, at: SourceLocation, lines: [Substring]) -> AnswerNode.ScalarText {
    switch style {
    case .literal, .folded:
      // The block's indentation is that of its first non-blank line; every content line starts
      // at that column (deeper indentation is part of the text). Folded blocks join lines, so
      // their offsets are mapped line by line only approximately.
      var base = 0
      var k = at.line
      while k < lines.count {
        if !isBlank(lines[k]) {
          base = indentation(lines[k])
          break
        }
        k += 1
      }
      // libyaml ends every line of a block with "\n" alone; counted as bytes, not Characters.
      let count = string.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
      let starts = (0..<count).map { SourceLocation(line: at.line + 1 + $0, column: base + 1) }
      var text = AnswerNode.ScalarText(text: string, lineStarts: starts, quoted: true)
      if style == .folded { text.segments = foldedSegments(string, firstLine: at.line, base: base, lines: lines) }
      return text
    case .singleQuoted, .doubleQuoted:
      return .init(text: string, lineStarts: [SourceLocation(line: at.line, column: at.column + 1)], quoted: true)
    case .plain:
      return .init(text: string, lineStarts: [at], quoted: false)
    }
  }

  /// Whether the line is spaces only (a byte test: a space is one byte, and a line with anything
  /// else has a byte that is not one).
  static func isBlank(_ line: Substring) -> Bool { line.utf8.allSatisfy { $0 == UInt8(ascii: " ") } }

  /// The spaces that open the line, in Characters: counted as bytes when what follows them is
  /// ASCII (the usual case), else Character by Character (a combining mark would join the last).
  static func indentation(_ line: Substring) -> Int {
    let spaces = line.utf8.prefix { $0 == UInt8(ascii: " ") }.count
    let next = line.utf8.dropFirst(spaces).first
    if next == nil || next! < 0x80 { return spaces }
    return line.prefix(while: { $0 == " " }).count
  }

  /// Where each source line of a folded block landed in the joined text: each content line is
  /// found, in order, in the text (folding only replaces line breaks by spaces).
  static func foldedSegments(_ text: String, firstLine: Int, base: Int, lines: [Substring]) -> [AnswerNode.ScalarText.Segment] {
    let chars = Array(text)
    var segments: [AnswerNode.ScalarText.Segment] = []
    var position = 0
    var k = firstLine
    while k < lines.count {
      let line = lines[k]
      let indent = indentation(line)
      if isBlank(line) {
        k += 1
        continue
      }
      if indent < base { break }
      let content = Array(line.dropFirst(base))
      // The next occurrence of this line's content at or after `position`.
      var found: Int?
      var i = position
      while i + content.count <= chars.count {
        if Array(chars[i..<(i + content.count)]) == content {
          found = i
          break
        }
        i += 1
      }
      guard let at = found else { break }
      segments.append(.init(offset: at, start: SourceLocation(line: k + 1, column: base + 1)))
      position = at + content.count
      k += 1
    }
    return segments
  }
}
