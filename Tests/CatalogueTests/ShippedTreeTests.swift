import AnswerDocument
import Foundation
import Testing

@testable import Catalogue

/// The shipped exercises' YAML trees in `Sources/Catalogue/ShippedTrees` are what the reader
/// makes of the text each trusted load parses, byte for byte; a tree is taken only for the exact
/// text it was read from; and bytes that are not a tree never read as one.
/// `SOFTCHECK_UPDATE_GOLDEN=1 swift test --filter ShippedTreeTests` rewrites the trees after an
/// exercise file changes.
@Suite struct ShippedTreeTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Catalogue")
  static let update = ProcessInfo.processInfo.environment["SOFTCHECK_UPDATE_GOLDEN"] == "1"

  /// Every shipped file's path, its text, and the text its trusted load would parse (the book's
  /// numbers put in).
  static func shippedTexts() throws -> [(file: String, raw: String, text: String)] {
    let folder = sources.appendingPathComponent("Exercises").path
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    return try names.map { name in
      let file = folder + "/" + name
      let raw = try String(contentsOfFile: file, encoding: .utf8)
      let exercise = try #require(try Catalogue.loadFile(file, reading: .validated))
      return (file, raw, exercise.hasParameters ? try #require(exercise.text(of: .book)) : raw)
    }
  }

  @Test("each shipped file's tree is the reader's tree of the text its trusted load parses")
  func treesAreCurrent() throws {
    let texts = try Self.shippedTexts()
    #expect(texts.count >= 17)
    for (file, raw, text) in texts {
      let tree = try #require(try YAMLReader().read(text))
      let expected = ShippedTrees.contents(fileText: raw, bookTree: tree)
      let path = try #require(ShippedTrees.path(for: file))
      if Self.update { FileManager.default.createFile(atPath: path, contents: Data(expected)) }
      let kept = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
      #expect(kept == expected, "\(path) is stale: SOFTCHECK_UPDATE_GOLDEN=1 swift test --filter ShippedTreeTests")
      #expect(ShippedTrees.bookTree(ofFile: file, text: raw)?.bytes == tree.bytes)
    }
    let trees = try FileManager.default.contentsOfDirectory(atPath: Self.sources.appendingPathComponent("ShippedTrees").path)
    #expect(Set(trees) == Set(texts.compactMap { ShippedTrees.path(for: $0.file)?.split(separator: "/").last.map(String.init) }))
  }

  @Test("the parameters read from a kept tree are the ones read from the file")
  func parametersFromTrees() throws {
    for (file, _, _) in try Self.shippedTexts() {
      let trusted = try #require(try Catalogue.loadFile(file, reading: .trusted))
      let validated = try #require(try Catalogue.loadFile(file, reading: .validated))
      #expect(trusted.parameters == validated.parameters, "\(file)")
      #expect(trusted.variant == validated.variant, "\(file)")
    }
  }

  @Test("a tree is taken only for the text it was read from")
  func onlyTheSameText() throws {
    let (file, raw, _) = try #require(try Self.shippedTexts().first { $0.file.hasSuffix("/lse-convex.yaml") })
    #expect(ShippedTrees.bookTree(ofFile: file, text: raw) != nil)
    #expect(ShippedTrees.bookTree(ofFile: file, text: raw + "\n") == nil)
    #expect(ShippedTrees.bookTree(ofFile: file, text: raw.replacingOccurrences(of: "softmax", with: "softmin")) == nil)
    #expect(ShippedTrees.bookTree(ofFile: "/nowhere/Exercises/lse-convex.yaml", text: raw) == nil)
    #expect(ShippedTrees.path(for: "lse-convex.yaml") == nil)
  }

  @Test(
    "a trusted load of an edited copy reads the copy, not the tree kept for the original",
    arguments: ["kl-nonnegative", "dyadic-code"])
  func editedCopyIsParsed(id: String) throws {
    let (_, text, book) = try #require(try Self.shippedTexts().first { $0.file.hasSuffix("/\(id).yaml") })
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("shipped-trees-\(id)-\(getpid())")
    defer { try? FileManager.default.removeItem(at: root) }
    for folder in ["Exercises", "ShippedTrees"] {
      try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let copy = root.appendingPathComponent("Exercises/\(id).yaml").path
    try Data(ShippedTrees.contents(fileText: text, bookTree: try #require(try YAMLReader().read(book))))
      .write(to: URL(fileURLWithPath: try #require(ShippedTrees.path(for: copy))))
    let edited = text.replacingOccurrences(of: "id: \(id)\n", with: "id: \(id)-edited\n")
    #expect(edited != text)
    try edited.write(toFile: copy, atomically: true, encoding: .utf8)
    #expect(try Catalogue.loadFile(copy, reading: .trusted)?.id == "\(id)-edited")
    try text.write(toFile: copy, atomically: true, encoding: .utf8)
    #expect(try Catalogue.loadFile(copy, reading: .trusted)?.id == id)
  }

  @Test("bytes that are not exactly a tree read as nil: every cut, and every byte changed to 0xFF")
  func damagedBytes() throws {
    let (_, text, _) = try #require(try Self.shippedTexts().first { $0.file.hasSuffix("/kl-nonnegative.yaml") })
    let bytes = try #require(try YAMLReader().read(text)).bytes
    #expect(AnswerNode(bytes: bytes)?.bytes == bytes)
    for cut in stride(from: 0, to: bytes.count, by: 7) { #expect(AnswerNode(bytes: Array(bytes[..<cut])) == nil) }
    #expect(AnswerNode(bytes: bytes + [0]) == nil)
    for k in stride(from: 0, to: bytes.count, by: 5) {
      var damaged = bytes
      damaged[k] = 0xFF
      // A changed byte may still spell a tree (a letter of a text); it must then be that tree.
      if let tree = AnswerNode(bytes: damaged) { #expect(tree.bytes == damaged) }
    }
    #expect(AnswerNode(bytes: [1, 1, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]) == nil)
  }

  @Test("the reader's corner cases read back as written", arguments: ReaderCorners.texts)
  func cornersRoundTrip(text: String) throws {
    guard let tree = try? YAMLReader().read(text) else { return }
    #expect(AnswerNode(bytes: tree.bytes)?.bytes == tree.bytes)
  }
}

/// YAML the reader keeps unusual locations for: folded and literal blocks, flow collections,
/// quoted keys, Windows and old-Mac line ends, a byte-order mark.
enum ReaderCorners {
  static let texts: [String] = [
    "a: |\n  one\n  two\n\nb: >\n  three\n  four\n\n  five\n", "a: >-\n    deep\n  shallow\n", "- [a, {b: c}]\n- {d: [e]}\n",
    "'a': \"b\"\n", "a:\n  - b\n  -\n  - c: d\n", "é: \"ü\"\nb: 1\n", "a: 1\r\nb: [x, y]\r\n", "a: 1\rb: 2\r",
    "\u{FEFF}a: 답\n", "a: \"multi\n  line\"\n",
  ]
}
