import AnswerDocument
import Language
import Foundation
import Localization

/// Replaces the `$(name)` and `$(name.field)` placeholders of an exercise file's text with the
/// values of one variant. The substitution is textual, before YAML reads the file, so a value
/// can be a number, part of an expression, or several items of a list (`[$(source.p)]`).
enum ParameterText {
  /// A placeholder found in the text.
  struct Placeholder {
    var name: String
    var field: String
    var location: SourceLocation
  }

  /// Every placeholder of `text`, located (lines and columns count Characters, as the reader does).
  static func placeholders(in text: String) -> [Placeholder] {
    var found: [Placeholder] = []
    var line = 1, column = 1
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
      if ch.isNewline { line += 1; column = 1 } else { column += 1 }
      previous = ch
    }
    return found
  }

  /// The text with each placeholder replaced by its value: `values[name][field]`.
  static func substitute(_ text: String, values: [String: [String: String]]) -> String {
    var out = ""
    var rest = Substring(text)
    // `firstRange(of:)` is the standard library's native search (Foundation's `range(of:)` goes
    // through UTF-16 and was an eighth of the catalogue's load).
    while let open = rest.firstRange(of: "$(") {
      guard let close = rest[open.upperBound...].firstIndex(of: ")") else { break }
      let body = rest[open.upperBound..<close]
      let pieces = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
      out += rest[..<open.lowerBound]
      if let value = values[pieces[0]]?[pieces.count > 1 ? pieces[1] : ""] {
        out += value
      } else {
        out += rest[open.lowerBound...close]
      }
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }
}
