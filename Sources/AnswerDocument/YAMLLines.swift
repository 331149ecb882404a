extension String {
  /// The text's lines as YAML counts them: a line ends at "\n", at "\r\n" (Windows) or at a lone
  /// "\r" (old Mac files), so line numbers agree with the parser's marks whatever the line endings.
  ///
  /// Splitting on the Character "\n" would not do: in Swift "\r\n" is one Character, so a file
  /// saved on Windows would be one long line.
  ///
  /// The search walks UTF-8 bytes (a line break is one ASCII byte, never inside another scalar),
  /// so the lines are those a walk over Unicode scalars finds, found without decoding them.
  func yamlLines() -> [Substring] {
    var lines: [Substring] = []
    let bytes = utf8
    var start = bytes.startIndex
    var i = start
    while i < bytes.endIndex {
      let byte = bytes[i]
      guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
        bytes.formIndex(after: &i)
        continue
      }
      lines.append(self[start..<i])
      var next = bytes.index(after: i)
      if byte == UInt8(ascii: "\r"), next < bytes.endIndex, bytes[next] == UInt8(ascii: "\n") { next = bytes.index(after: next) }
      start = next
      i = next
    }
    lines.append(self[start..<bytes.endIndex])
    return lines
  }
}
