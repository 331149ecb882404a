import Testing

@testable import AnswerDocument

/// The file's lines are found by walking UTF-8 bytes; they must be exactly the lines a walk over
/// Unicode scalars finds (the walk it replaced, kept here as the reference), whatever the line
/// endings and whatever precedes a break.
@Suite struct YAMLLinesTests {
  static func byScalars(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var i = start
    while i < scalars.endIndex {
      let scalar = scalars[i]
      guard scalar == "\n" || scalar == "\r" else {
        i = scalars.index(after: i)
        continue
      }
      lines.append(text[start..<i])
      var next = scalars.index(after: i)
      if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
      start = next
      i = next
    }
    lines.append(text[start..<scalars.endIndex])
    return lines
  }

  @Test(
    "lines by bytes are the lines by scalars",
    arguments: [
      "", "\n", "\r", "\r\n", "a", "a\nb", "a\r\nb\rc\n", "\n\n\r\r\n\r\n", "e\u{301}\r\nx", "\u{FEFF}id: 1\r\n",
      "한국어\n값: \"ㄱ\"\r\n", "👩‍👩‍👧\n\u{301}\r\n", "key: |\n  line\r\n  line\n", "tail\r",
    ])
  func sameLines(_ text: String) {
    let lines = text.yamlLines()
    let reference = Self.byScalars(text)
    #expect(lines.map(String.init) == reference.map(String.init))
    #expect(lines.map(\.startIndex) == reference.map(\.startIndex))
    #expect(lines.map(\.endIndex) == reference.map(\.endIndex))
  }
}
