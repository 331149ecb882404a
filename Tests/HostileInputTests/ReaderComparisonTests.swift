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
    return texts + ReaderGoldenTests.corners.flatMap { corner in ReaderGoldenTests.variants(corner).map { ("corner \($0.0) \(corner)", $0.1) } }
  }

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
}
