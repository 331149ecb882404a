import AnswerDocument
import Catalogue
import Language
import Testing

/// Files a careful reader must accept: nesting is bounded from the YAML parser's own events, so
/// what only looks deep as text (brackets in comments, quoted text, block scalars) is not
/// refused, and line endings from any system give the same tree and the same positions.
@Suite struct ValidYAMLTests {
  static func read(_ text: String) throws -> AnswerNode {
    try #require(try YAMLReader().read(text))
  }

  @Test("65 brackets in a comment, in quotes and in a block scalar are text, not nesting")
  func bracketsThatAreText() throws {
    let brackets = String(repeating: "[", count: 65)
    _ = try Self.read("# \(brackets)\nanswers: {a: 1}\n")
    _ = try Self.read("answers:\n  a: \"\(brackets)\"\n  b: '\(brackets)'\n")
    _ = try Self.read("answers:\n  a: |\n    \(brackets)\n    \(String(repeating: " - x", count: 70))\n")
  }

  @Test("a comment of 800 KB is read")
  func longComment() throws {
    let text = "# " + String(repeating: "x", count: 800_000) + "\nanswers: {a: 1}\n"
    guard case .mapping(let pairs, _) = try Self.read(text) else {
      Issue.record("not a mapping")
      return
    }
    #expect(pairs.first?.key.text == "answers")
  }

  @Test("a chain with more than 64 ' - ' on one line of a block scalar is read")
  func dashesInABlock() throws {
    let line = (0..<80).map { "x\($0)" }.joined(separator: " - ")
    _ = try Self.read("answers:\n  realsoftmax:\n    gt-max: |\n      \(line)\n")
  }

  @Test("CRLF, CR and BOM+CRLF give the tree and the positions of LF", arguments: ["\r\n", "\r", "\u{FEFF}\r\n"])
  func lineEndings(_ ending: String) throws {
    let lines = [
      "format: softcheck/1", "answers:", "  dyadic-code:", "    code: [\"0\", \"10\", \"11\"]",
      "    entropy-nats: |", "      3/2*log(2)", "      + 0", "    expected-length: 'x'", "",
    ]
    let lf = try Self.read(lines.joined(separator: "\n"))
    let bom = ending.hasPrefix("\u{FEFF}")
    let other = try Self.read((bom ? "\u{FEFF}" : "") + lines.joined(separator: bom ? String(ending.dropFirst()) : ending))
    let (a, b) = (Self.flatten(lf), Self.flatten(other))
    #expect(a == b, "\(zip(a, b).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "lengths \(a.count) \(b.count)")")
  }

  /// Every scalar with its text and the position of each of its lines.
  static func flatten(_ node: AnswerNode) -> [String] {
    switch node {
    case .scalar(let s): return ["\(s.text)@" + s.lineStarts.map { "\($0.line):\($0.column)" }.joined(separator: ",")]
    case .sequence(let items, let at): return ["[@\(at.line):\(at.column)"] + items.flatMap(flatten)
    case .mapping(let pairs, let at):
      return ["{@\(at.line):\(at.column)"]
        + pairs.flatMap {
          ["\($0.key.text)@\($0.key.lineStarts.first.map { "\($0.line):\($0.column)" } ?? "")"] + flatten($0.value)
        }
    }
  }

  @Test(
    "the commonest YAML slips are named with their fix, at their place",
    arguments: [
      ("answers:\n\tdyadic-code: 1\n", "file.tab", 2, 1),
      ("answers:\n  realsoftmax:\n    gap-where: a: b\n", "file.colon-in-value", 3, 17),
      ("answers:\n  dyadic-code:\n    expected-length: \"3/2\u{0}\"\n", "file.forbidden-character", 3, 26),
      ("answers: [1, 2", "file.not-yaml", 2, 1),
    ])
  func slips(_ text: String, id: String, line: Int, column: Int) throws {
    do throws(YAMLReader.Failure) {
      _ = try YAMLReader().read(text)
      Issue.record("read without an error")
    } catch {
      #expect(error.message.id == id, "\(error.message.text.en)")
      #expect(error.location?.line == line && error.location?.column == column, "\(String(describing: error.location))")
      #expect(!error.message.text.ko.isEmpty && error.message.text.ko != error.message.text.en)
    }
  }
}
