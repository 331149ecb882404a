import AnswerDocument
import Language

/// Writes an ``AnswerNode`` back as YAML in the answer-file style: scalars double-quoted (or as
/// `|` blocks when they span lines), lists and mappings in flow style when they fit on a line.
enum AnswerYAML {
  /// The node as the value of a key at `indent` spaces; the result starts right after `key: `.
  static func value(_ node: AnswerNode, indent: Int) -> String {
    switch node {
    case .scalar(let s) where s.text.contains("\n"):
      let pad = String(repeating: " ", count: indent + 2)
      let body = s.text.split(separator: "\n", omittingEmptySubsequences: false)
      let lines = (body.last == "" ? body.dropLast() : body[...]).map { $0.isEmpty ? "" : pad + $0 }
      return "|\n" + lines.joined(separator: "\n")
    default:
      return flow(node)
    }
  }

  static func flow(_ node: AnswerNode) -> String {
    switch node {
    case .scalar(let s): return quote(s.text)
    case .sequence(let items, _): return "[" + items.map(flow).joined(separator: ", ") + "]"
    case .mapping(let pairs, _):
      return "{" + pairs.map { "\(quote($0.key.text)): \(flow($0.value))" }.joined(separator: ", ") + "}"
    }
  }

  static func quote(_ text: String) -> String {
    var out = "\""
    for ch in text {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.append(ch)
      }
    }
    return out + "\""
  }
}
