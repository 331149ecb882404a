import AnswerDocument
import Foundation
import Language
import Localization

/// Replaces the `$(name)` and `$(name.field)` placeholders of an exercise file's text with the
/// values of one variant. The substitution is textual, before YAML reads the file, so a value
/// can be a number, part of an expression, or several items of a list (`[$(source.p)]`).
package enum ParameterText {
  /// A placeholder found in the text.
  package struct Placeholder {
    package var name: String
    package var field: String
    package var location: SourceLocation
  }

  /// Every placeholder of `text`, located (lines and columns count Characters, as the reader does).
  package static func placeholders(in text: String) -> [Placeholder] {
    var found: [Placeholder] = []
    var line = 1
    var column = 1
    var chars = text.makeIterator()
    var previous: Character = " "
    var pending: (start: SourceLocation, body: String)?
    while let ch = chars.next() {
      if var open = pending {
        if ch == ")" {
          let pieces = open.body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
          found.append(Placeholder(name: pieces[0], field: pieces.count > 1 ? pieces[1] : "", location: open.start))
          pending = nil
        } else if ch.isNewline || open.body.count > 64 {
          pending = nil
        } else {
          open.body.append(ch)
          pending = open
        }
      } else if ch == "(" && previous == "$" {
        pending = (SourceLocation(line: line, column: column - 1), "")
      }
      if ch.isNewline {
        line += 1
        column = 1
      } else {
        column += 1
      }
      previous = ch
    }
    return found
  }

  /// The name and field of every placeholder of `text`, as ``placeholders(in:)`` finds them but
  /// without their places (finding those walks every Character of the file; only a wrong
  /// placeholder needs its place). Only the few Characters after each `$(` are read.
  package static func placeholderNames(in text: String) -> [(name: String, field: String)] {
    let bytes = Array(text.utf8)
    var found: [(name: String, field: String)] = []
    // The byte after the last Character read: a `$` read last may still open the next one.
    var from = 0
    while let open = next(UInt8(ascii: "$"), then: UInt8(ascii: "("), in: bytes, from: max(0, from - 1), text: text) {
      var i = text.utf8.index(text.utf8.startIndex, offsetBy: open + 2)
      var body = ""
      var closed = false
      while i < text.endIndex {
        let ch = text[i]
        i = text.index(after: i)
        if ch == ")" {
          closed = true
          break
        }
        if ch.isNewline || body.count > 64 { break }
        body.append(ch)
      }
      if closed {
        let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        found.append((pieces[0], pieces.count > 1 ? pieces[1] : ""))
      }
      from = text.utf8.distance(from: text.utf8.startIndex, to: i)
    }
    return found
  }

  /// The text with each placeholder replaced by its value: `values[name][field]`.
  ///
  /// Searched in UTF-8 (a search by Characters was an eighth of the catalogue's load), yet a
  /// placeholder counts only where `$`, `(` and `)` are whole Characters, exactly as a search by
  /// Characters finds them (a combining mark after `(` makes it another Character).
  package static func substitute(_ text: String, values: [String: [String: String]]) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var copied = 0
    var from = 0
    while let open = next(UInt8(ascii: "$"), then: UInt8(ascii: "("), in: bytes, from: from, text: text) {
      guard let close = next(UInt8(ascii: ")"), then: nil, in: bytes, from: open + 2, text: text) else { break }
      let body = String(decoding: bytes[(open + 2)..<close], as: UTF8.self)
      let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
      if let value = values[pieces[0]]?[pieces.count > 1 ? pieces[1] : ""] {
        out += bytes[copied..<open]
        out += value.utf8
        copied = close + 1
      }
      from = close + 1
    }
    out += bytes[copied...]
    return String(decoding: out, as: UTF8.self)
  }

  /// The offset of the next `first` (followed by `second`, if any) at or after `from` whose bytes
  /// are whole Characters of `text`.
  private static func next(_ first: UInt8, then second: UInt8?, in bytes: [UInt8], from: Int, text: String) -> Int? {
    var k = from
    let width = second == nil ? 1 : 2
    while k + width <= bytes.count {
      if bytes[k] == first, second.map({ bytes[k + 1] == $0 }) ?? true,
        (0...width).allSatisfy({ isCharacterBoundary(k + $0, in: bytes, text: text) })
      {
        return k
      }
      k += 1
    }
    return nil
  }

  /// Whether a Character of `text` starts at byte `offset`. Between two ASCII bytes (other than
  /// CR LF) there always is one, so only a neighbour outside ASCII asks the String.
  private static func isCharacterBoundary(_ offset: Int, in bytes: [UInt8], text: String) -> Bool {
    if offset == 0 || offset == bytes.count { return true }
    let (before, after) = (bytes[offset - 1], bytes[offset])
    if before < 0x80, after < 0x80, !(before == UInt8(ascii: "\r") && after == UInt8(ascii: "\n")) { return true }
    return text.utf8.index(text.utf8.startIndex, offsetBy: offset).samePosition(in: text) != nil
  }

  /// The block of the top-level key `key` of a YAML file: from the line that starts with `key:` to
  /// the next line that starts another top-level entry (anything at the first column but a
  /// comment), which reads as YAML on its own. Nil when no line starts with `key:`.
  package static func topLevelBlock(_ key: String, in text: String) -> String? {
    let bytes = Array(text.utf8)
    let pattern = Array((key + ":").utf8)
    var (lineStart, blockStart): (Int, Int?) = (0, nil)
    while lineStart < bytes.count {
      var end = lineStart
      while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
      if let blockStart {
        if end > lineStart, bytes[lineStart] != UInt8(ascii: " "), bytes[lineStart] != UInt8(ascii: "#") {
          return String(decoding: bytes[blockStart..<lineStart], as: UTF8.self)
        }
      } else if bytes[lineStart..<end].starts(with: pattern) {
        blockStart = lineStart
      }
      lineStart = end + 1
    }
    return blockStart.map { String(decoding: bytes[$0...], as: UTF8.self) }
  }
}
