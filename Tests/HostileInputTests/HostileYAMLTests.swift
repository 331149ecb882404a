import AnswerDocument
import Catalogue
import Language
import Testing

/// Reads `text`, expecting a ``YAMLReader/Failure``; checks that it came quickly.
private func failure(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> YAMLReader.Failure? {
  let (outcome, _): (Result<AnswerNode?, YAMLReader.Failure>, Duration) = timed {
    do throws(YAMLReader.Failure) { return .success(try YAMLReader().read(text)) } catch { return .failure(error) }
  }
  switch outcome {
  case .success(let node):
    Issue.record("read as \(node?.shapeText.en ?? "nothing") instead of failing", sourceLocation: sourceLocation)
    return nil
  case .failure(let f):
    #expect(!f.message.text.en.isEmpty, sourceLocation: sourceLocation)
    return f
  }
}

/// YAML files written to make the reader (or Yams under it) crash, hang or allocate without bound.
/// Each must end quickly in a ``YAMLReader/Failure`` with a message, located where that makes sense.
@Suite struct HostileYAMLTests {
  /// Nine levels of nine aliases each: 9⁹ ≈ 387 million values if expanded.
  @Test func billionLaughs() {
    var text = "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    for k in 1...9 {
      text += "a\(k): &a\(k) [" + Array(repeating: "*a\(k - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    guard let f = failure(text) else { return }
    #expect(f.message.text.en.contains("more than 50000 values") || f.message.text.en.contains("aliases"), "\(f.message.text.en)")
    #expect(f.location != nil)
  }

  /// The same bomb as block sequences and a mapping merge.
  @Test func billionLaughsInBlockStyle() {
    var text = "base: &a0\n  - lol\n  - lol\n  - lol\n  - lol\n  - lol\n  - lol\n  - lol\n  - lol\n  - lol\n"
    for k in 1...9 {
      text += "l\(k): &a\(k)\n" + repeated("  - *a\(k - 1)\n", 9)
    }
    text += "answers:\n  <<: *a9\n"
    guard let f = failure(text) else { return }
    #expect(
      f.message.text.en.contains("more than 50000 values") || f.message.text.en.contains("aliases")
        || f.message.text.en.contains("YAML"), "\(f.message.text.en)")
  }

  @Test func hundredThousandNestedFlowSequences() {
    guard let f = failure(repeated("[", 100_000) + repeated("]", 100_000)) else { return }
    #expect(f.message.text.en == "the file is nested more than 64 levels deep")
    // The location is the deepest point (column 100000), not where the limit is first passed.
    #expect(f.location?.line == 1)
  }

  @Test func hundredThousandNestedFlowMappings() {
    guard let f = failure(repeated("{a: ", 100_000) + "1" + repeated("}", 100_000)) else { return }
    #expect(f.message.text.en.contains("nested more than 64 levels"), "\(f.message.text.en)")
  }

  @Test func tenThousandDeepBlockSequenceOnOneLine() {
    guard let f = failure(repeated("- ", 10_000) + "x\n") else { return }
    #expect(f.message.text.en == "the file is nested more than 64 levels deep")
    #expect(f.location?.line == 1)
  }

  @Test func deepIndentation() {
    // 200 mappings, each indented two more spaces than its parent.
    var text = ""
    for k in 0..<200 { text += repeated("  ", k) + "k\(k):\n" }
    text += repeated("  ", 200) + "x\n"
    guard let f = failure(text) else { return }
    #expect(f.message.text.en.contains("nested more than 64 levels"), "\(f.message.text.en)")
    #expect(f.location != nil)
  }

  /// The pre-scan skips quoted text; a quote that YAML reads as part of a plain scalar must not
  /// hide real nesting from it. (libyaml stops at 1000 levels anyway; this stays below that.)
  @Test func nestingHiddenBehindAQuote() {
    let text = "x: [a \"b, " + repeated("[", 900) + repeated("]", 900) + "]\n"
    guard let f = failure(text) else { return }
    #expect(f.message.text.en.contains("nested more than 64 levels"), "\(f.message.text.en)")
  }

  @Test func twoMegabyteFile() {
    let text = "answers:\n  x:\n    y: \"" + repeated("0123456789abcdef", 131_072) + "\"\n"
    #expect(text.utf8.count > 2_000_000)
    guard let f = failure(text) else { return }
    #expect(
      f.message.id == "file.too-large" && f.message.text.en.hasPrefix("the file is larger than 1024 KiB"), "\(f.message.text.en)")
    #expect(f.location == nil)
  }

  @Test func justUnderTheSizeLimitReadsQuickly() throws {
    let text = "answers:\n  x:\n    y: \"" + repeated("0123456789abcdef", 65_000) + "\"\n"
    let (node, _) = try timed { try YAMLReader().read(text) }
    #expect(node?.shapeText.en == "a mapping")
  }

  @Test func tooManyValues() {
    // 60 000 one-character items: under 1 MiB, over the 50 000-value budget.
    let text = "answers: [" + Array(repeating: "1", count: 60_000).joined(separator: ",") + "]\n"
    guard let f = failure(text) else { return }
    #expect(f.message.text.en.contains("more than 50000 values"), "\(f.message.text.en)")
  }

  /// Invalid UTF-8 never reaches the reader: `Marker.mark(path:)` refuses the bytes first
  /// ("the file is not valid UTF-8 text: save it as UTF-8"). What could reach it is text decoded leniently, with U+FFFD
  /// in place of the bad bytes: that must not crash, and reads as ordinary text.
  @Test func invalidUTF8DecodedLeniently() throws {
    let bytes: [UInt8] = Array("answers:\n  x: ".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80] + Array("\n".utf8)
    #expect(String(validating: bytes, as: UTF8.self) == nil)
    let text = String(decoding: bytes, as: UTF8.self)
    let (node, _) = try timed { try YAMLReader().read(text) }
    guard case .mapping(let top, _) = node, case .mapping(let inner, _) = top.first?.value,
      case .scalar(let s) = inner.first?.value
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(s.text.unicodeScalars.contains("\u{FFFD}"))
  }

  @Test(arguments: [
    "answers:\n  x: a\u{0}b\n", "answers:\n  x: \u{1}\n", "\u{FEFF}\u{FEFF}answers: 1\n", "answers:\n  x: \u{7F}\u{85}\u{FFFE}\n",
  ])
  func controlCharacters(text: String) {
    // Either refused with a message or read: never a crash.
    do {
      _ = try YAMLReader().read(text)
    } catch {
      #expect(!error.message.text.en.isEmpty)
    }
  }

  @Test func tabIndentedFile() {
    let text = "answers:\n\tdyadic-code:\n\t\tcode: [\"0\", \"10\", \"11\"]\n"
    guard let f = failure(text) else { return }
    #expect(f.message.id == "file.tab", "\(f.message.text.en)")
    #expect(f.location?.line == 2, "\(String(describing: f.location))")
  }

  @Test func unclosedQuote() {
    guard let f = failure("answers:\n  x: \"abc\n  y: 1\n") else { return }
    #expect(f.message.text.en.contains("not valid YAML"), "\(f.message.text.en)")
    #expect(f.location != nil)
  }

  @Test func duplicatedKeys() {
    guard let f = failure("answers:\n  x: 1\n  x: 2\n") else { return }
    #expect(f.message.text.en.contains("'x' appears twice"), "\(f.message.text.en)")
    #expect(f.location != nil)
  }

  @Test func undefinedAlias() {
    guard let f = failure("answers: *nowhere\n") else { return }
    #expect(f.message.text.en.contains("not valid YAML"), "\(f.message.text.en)")
  }

  @Test func complexKey() {
    guard let f = failure("? [a, b]\n: 1\n") else { return }
    #expect(f.message.text.en == "a mapping key must be a plain name")
    #expect(f.location != nil)
  }

  @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n", "--- \n...\n"])
  func emptyDocuments(text: String) throws {
    // Nothing at all, or (for an explicit `---`) one empty scalar.
    switch try YAMLReader().read(text) {
    case nil: break
    case .scalar(let s)?: #expect(s.text.isEmpty)
    case let node?: Issue.record("read as \(node.shapeText.en)")
    }
  }

  @Test func manyDocuments() {
    guard let f = failure("a: 1\n---\nb: 2\n") else { return }
    #expect(!f.message.text.en.isEmpty)
  }
}
