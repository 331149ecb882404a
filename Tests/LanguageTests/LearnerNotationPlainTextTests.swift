import Foundation
import SoftcheckTestSupport
import Testing

@testable import Language

/// Text with nothing to rewrite is kept as it is, without the rules: it must come out exactly as
/// the rules would have made it, character for character and offset for offset.
@Suite struct LearnerNotationPlainTextTests {
  static func same(_ text: String) -> Bool {
    let source = Array(text)
    let kept = LearnerNotation(source)
    let rewritten = LearnerNotation(rewriting: source)
    return kept.chars == rewritten.chars && kept.origin == rewritten.origin
  }

  @Test(arguments: [
    "", "x", "sum(p*log(p/q))", "log(2) + 1", "x^2", "p^T", "x^Temp", "a != b", "52!", "|a-b|", "\\frac{1}{2}",
    "log_2(8)", "catalog_x", "√2", "Σ p log p", "x²", "½", "pᵀ q", "e\u{301}", "한글 λ", "−1 · 2", "a\r\nb",
  ])
  func sameAsTheRules(_ text: String) {
    #expect(Self.same(text))
  }

  /// The lexer's own shortcut (``Lexer/isPlain(_:)``) must only take text the rules leave as
  /// it is.
  static func plainIsKept(_ text: String) -> Bool {
    guard Lexer.isPlain(text) else { return true }
    let source = Array(text)
    let rewritten = LearnerNotation(rewriting: source)
    return rewritten.chars == source && rewritten.origin == Array(source.indices)
  }

  @Test("text the lexer takes as plain is text the rules keep, on hand-picked and random ASCII")
  func lexerShortcut() {
    let picked = [
      "x^2", "p^T", "p^Tq", "x^Temp", "log_2(8)", "catalog_x", "p_i", "a_log_b", "x^", "^T", "log_", "52!", "a!=b", "|x|",
      "D(p||q)", "\\lambda", "{1}", "a\r\nb", "sum(p*log(p/q))",
    ]
    for text in picked { #expect(Self.plainIsKept(text), "\(text)") }
    var random = SplitMix(state: 2026)  // seeded: the same strings every run
    let alphabet = Array("aT_^log!|{}\\ (x)2=pqD*+-.\r\n")
    for _ in 0..<5_000 {
      let text = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
      #expect(Self.plainIsKept(text), "\(text.debugDescription)")
    }
  }

  @Test("every line of every shipped exercise file comes out as the rules make it")
  func shippedLines() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Catalogue/Exercises")
    var lines = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
      for line in try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n") {
        lines += 1
        #expect(Self.same(String(line)), "\(name): \(line)")
      }
    }
    #expect(lines > 1000)
  }
}
