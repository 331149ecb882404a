extension String {
  /// The text's lines as YAML counts them: a line ends at "\n", at "\r\n" (Windows) or at a lone
  /// "\r" (old Mac files), so line numbers agree with the parser's marks whatever the line endings.
  ///
  /// Splitting on the Character "\n" would not do: in Swift "\r\n" is one Character, so a file
  /// saved on Windows would be one long line.
  func yamlLines() -> [Substring] {
    var lines: [Substring] = []
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var i = start
    while i < scalars.endIndex {
      let scalar = scalars[i]
      guard scalar == "\n" || scalar == "\r" else {
        i = scalars.index(after: i)
        continue
      }
      lines.append(self[start..<i])
      var next = scalars.index(after: i)
      if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
      start = next
      i = next
    }
    lines.append(self[start..<scalars.endIndex])
    return lines
  }
}
