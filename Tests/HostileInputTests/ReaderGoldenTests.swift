import AnswerDocument
import Foundation
import Testing

/// What the reader makes of YAML's corners, pinned in `Golden/reader-corners.txt`: trees with
/// every location, and every failure's id, texts and place. The file was written while the
/// one-pass reader was compared with the Yams-composing reader it replaced (identical on every
/// YAML file of the project, its CRLF, CR and BOM copies, and a hostile class), so it records
/// that reader's behaviour. `SOFTCHECK_UPDATE_GOLDEN=1 swift test --filter ReaderGoldenTests`
/// rewrites it after a deliberate change.
@Suite struct ReaderGoldenTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden/reader-corners.txt")

  /// Anchors and aliases, tags, duplicate and complex keys, several documents, slips, forbidden
  /// characters, block scalars; each also with Windows and old-Mac line ends and a BOM.
  static let corners: [String] = [
    "a: &x 1\nb: *x\n", "a: &x [1, 2]\nb: [*x, *x]\n", "&k a: 1\n*k : 2\n", "a: &m {p: 1}\n*m : 2\n",
    "a: *x\n", "a: &x [*x]\n", "a: 1\na: 2\n", "b: 1\na: 1\nb: 2\na: 2\n", "a: 1\n\"a\": 2\n", "a: 1\n!x a: 2\n",
    "!!str a: 1\na: 2\n", "! a: 1\na: 2\n", "? [a]\n: 1\n? [a]\n: 2\n", "? [a]\n: 1\n? [b]\n: 2\n", "? {a: 1}\n: 2\n",
    "a: 1\n---\nb: 2\n", "---\na: 1\n...\n---\nb: [\n", "a: 1\n---\nb: 1\nb: 2\n", "a: 1\na: 2\nb: [\n",
    "a: 1\na: 2\nc: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n",
    "x: " + String(repeating: "[", count: 70) + "\n", "a:\tb\n", "a: b: c\n", "\ta: 1\n", "a: \"\u{01}\"\n", "a: \u{01}\n",
    "a: |\n  one\n  two\n\nb: >\n  three\n  four\n\n  five\n", "a: >-\n    deep\n  shallow\n", "a: |2\n   x\n",
    "- !!int 1\n- !foo {a: 1}\n- ! [x]\n", "'a': \"b\"\n", "a: 'it''s'\n", "a:\n  - b\n  -\n  - c: d\n",
    "a: &x 1\nb: &x 2\nc: *x\n", "{a: 1, a: 1}\n", "[a, b]: 1\n", "a: 1\n? *x\n", "é: \"ü\"\n\u{FEFF}b: 1\n",
    "a: \"\\x00\"\n", "%YAML 1.1\n---\na: 1\n", "a: 1\n# comment\n...\n", "- [a, {b: c}]\n- {d: [e]}\n",
    "", "\n\n", "# only a comment\n", "---\n", "--- \n...\n",
    aliasBomb, aliasDeep,
    // More keys than are compared pairwise: duplicates found by hashing, the first-sorting named.
    (1...20).map { "k\($0): 1\n" }.joined() + "k3: 2\nk12: 2\n",
  ]

  /// Nine nines of aliases: the budget runs out inside a repeated node.
  static var aliasBomb: String {
    var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for k in 1...6 { text += "a\(k): &a\(k) [" + Array(repeating: "*a\(k - 1)", count: 9).joined(separator: ", ") + "]\n" }
    return text
  }

  /// An alias that carries 40 levels of nesting 40 levels down.
  static var aliasDeep: String {
    "a: &d " + String(repeating: "[", count: 40) + "x" + String(repeating: "]", count: 40) + "\n"
      + "b: " + String(repeating: "[", count: 40) + "*d" + String(repeating: "]", count: 40) + "\n"
  }

  static func variants(_ text: String) -> [(String, String)] {
    [
      ("lf", text), ("crlf", text.replacingOccurrences(of: "\n", with: "\r\n")),
      ("cr", text.replacingOccurrences(of: "\n", with: "\r")), ("bom", "\u{FEFF}" + text),
    ]
  }

  static func written() -> String {
    var out = ""
    for (k, corner) in corners.enumerated() {
      for (name, text) in variants(corner) {
        out += "=== \(k) \(name)\n" + dump(outcome(YAMLReader().read, text))
      }
    }
    return out
  }

  @Test("the reader's trees and failures are those pinned in the golden file")
  func matchesGolden() throws {
    let now = Self.written()
    if ProcessInfo.processInfo.environment["SOFTCHECK_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try now.write(to: Self.golden, atomically: true, encoding: .utf8)
    }
    let pinned = try String(contentsOf: Self.golden, encoding: .utf8)
    let (a, b) = (
      pinned.split(separator: "\n", omittingEmptySubsequences: false),
      now.split(separator: "\n", omittingEmptySubsequences: false)
    )
    let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    #expect(first == nil && a.count == b.count, "first difference at line \((first ?? min(a.count, b.count)) + 1)")
  }

  @Test("the corners reach every failure the reader has")
  func coversEveryFailure() throws {
    let ids = Set(Self.written().split(separator: "\n").filter { $0.hasPrefix("error ") }.map { $0.split(separator: " ")[1] })
    for id in [
      "file.not-yaml", "file.tab", "file.colon-in-value", "file.forbidden-character",
      "file.duplicate-key", "file.complex-key", "file.too-deep", "file.too-many-values",
    ] {
      #expect(ids.contains(Substring(id)), "\(id)")
    }
  }
}
