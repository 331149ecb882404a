extension ShippedListing {
  /// The file's text: the format, the hash, then one line per exercise with its id, English
  /// title, Korean title, points and part ids separated by tabs (part ids by commas); a tab, a
  /// line break, a comma or a backslash inside a field is escaped.
  package var text: String {
    var lines = [Self.format, "hash " + String(hash, radix: 16)]
    for e in entries {
      let fields = [e.id, e.title.en, e.title.ko, "\(e.points)", e.parts.map(Self.escaped).joined(separator: ",")]
      lines.append(fields.enumerated().map { $0.offset == 4 ? $0.element : Self.escaped($0.element) }.joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads the text ``text`` writes; nil for anything else.
  package init?(text: String) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.last == "", lines.count >= 3, lines[0] == Self.format, lines[1].hasPrefix("hash "),
      let hash = UInt64(lines[1].dropFirst(5), radix: 16)
    else { return nil }
    lines.removeLast()
    var entries: [Entry] = []
    for line in lines.dropFirst(2) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 5, let id = Self.unescaped(fields[0]), let en = Self.unescaped(fields[1]),
        let ko = Self.unescaped(fields[2]), let points = Double(fields[3]), points.isFinite
      else { return nil }
      var parts: [String] = []
      for part in fields[4].split(separator: ",", omittingEmptySubsequences: false) {
        guard let part = Self.unescaped(part) else { return nil }
        parts.append(part)
      }
      entries.append(Entry(id: id, title: .init(en: en, ko: ko), parts: parts, points: points))
    }
    self.init(entries: entries, hash: hash)
  }

  static func escaped(_ field: String) -> String {
    var out = ""
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case ",": out += "\\c"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func unescaped(_ field: Substring) -> String? {
    var out = ""
    var scalars = field.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\\" else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalars.next() {
      case "\\": out += "\\"
      case "t": out += "\t"
      case "n": out += "\n"
      case "r": out += "\r"
      case "c": out += ","
      default: return nil
      }
    }
    return out
  }
}
