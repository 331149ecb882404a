import AnswerDocument
import Foundation
import Testing

/// The one-pass reader against the Yams-composing reader it replaces: the same trees and the same
/// failures on every file the project holds, their Windows and old-Mac copies, a hostile class,
/// and YAML's corners (anchors, tags, complex and duplicate keys, several documents).
@Suite struct ReaderComparisonTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func files(under folder: String) -> [URL] {
    let base = root.appendingPathComponent(folder)
    let all = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
    return all.filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }.sorted { $0.path < $1.path }
  }

  static func corpus() -> [(name: String, text: String)] {
    var urls = files(under: "Examples") + files(under: "Sources/Catalogue/Exercises")
    for tests in (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Tests").path)) ?? [] {
      urls += files(under: "Tests/\(tests)/Fixtures")
    }
    if let hostile = ProcessInfo.processInfo.environment["SOFTCHECK_HOSTILE_DIR"] {
      let all = (try? FileManager.default.contentsOfDirectory(atPath: hostile)) ?? []
      urls += all.sorted().map { URL(fileURLWithPath: hostile).appendingPathComponent($0) }
    }
    var texts: [(String, String)] = []
    for url in urls {
      guard let data = try? Data(contentsOf: url) else { continue }
      let text = String(decoding: data, as: UTF8.self)
      texts.append((url.lastPathComponent, text))
      texts.append((url.lastPathComponent + " crlf", text.replacingOccurrences(of: "\n", with: "\r\n")))
      texts.append((url.lastPathComponent + " cr", text.replacingOccurrences(of: "\n", with: "\r")))
      texts.append((url.lastPathComponent + " bom crlf", "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")))
    }
    return texts + corners.map { ("corner \($0)", $0) }
  }

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
  ]

  @Test("the one-pass reader reads every file of the corpus exactly as the composing reader did")
  func sameOutcomes() {
    let corpus = Self.corpus()
    #expect(corpus.count > 200)
    for (name, text) in corpus {
      let new = dump(outcome(YAMLReader().read, text))
      let old = dump(outcome(ComposedYAMLReader().read, text))
      #expect(new == old, "\(name)")
    }
  }

  /// A bomb whose expansion runs out of budget inside the repeated node, at a node's mark, and
  /// an alias that carries nesting past the limit.
  @Test func aliasBudgets() {
    var bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for k in 1...6 { bomb += "a\(k): &a\(k) [" + Array(repeating: "*a\(k - 1)", count: 9).joined(separator: ", ") + "]\n" }
    var deep = "a: &d " + String(repeating: "[", count: 40) + "x" + String(repeating: "]", count: 40) + "\n"
    deep += "b: " + String(repeating: "[", count: 40) + "*d" + String(repeating: "]", count: 40) + "\n"
    for text in [bomb, deep] {
      #expect(dump(outcome(YAMLReader().read, text)) == dump(outcome(ComposedYAMLReader().read, text)))
    }
  }
}
