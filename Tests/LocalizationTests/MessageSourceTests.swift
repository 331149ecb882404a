import Foundation
import Testing

/// Messages are data with stable ids: each id is written, with its one sentence, in one place,
/// and a check's logic names its reasons instead of spelling sentences out.
@Suite("message ids in the sources")
struct MessageSourceTests {
  /// Every `Message("id", ...)` literal in Sources, as (id, file:line).
  static func literals() -> [(id: String, place: String)] {
    let pattern = /Message\(\s*"([a-z0-9][a-z0-9.\-]*)"/
    return SourceText.files(under: "Sources", endingIn: [".swift"]).flatMap { file in
      file.text.matches(of: pattern).map { m in
        (String(m.output.1), "\(file.path):\(SourceText.line(of: m.range.lowerBound, in: file.text))")
      }
    }
  }

  @Test("each message id is defined in one place, with one sentence")
  func oneSentencePerID() {
    let found = Self.literals()
    #expect(found.count > 150, "the scan found too few messages: \(found.count)")
    let places = Dictionary(grouping: found, by: \.id).mapValues { $0.map(\.place) }
    for (id, at) in places.sorted(by: { $0.key < $1.key }) where at.count > 1 {
      Issue.record(
        "message id \(id) is written in \(at.count) places, so it may say different things: \(at.joined(separator: ", "))")
    }
  }

  @Test("no message id disappears or appears unannounced: ids are stable")
  func idsAreStable() {
    let found = Set(Self.literals().map(\.id))
    for id in MessageIDs.known.subtracting(found).sorted() {
      Issue.record("message id \(id) is gone: JSON consumers match on it; keep it, or retire it in MessageIDs and the docs")
    }
    for id in found.subtracting(MessageIDs.known).sorted() {
      Issue.record("new message id \(id): add it to MessageIDs.known")
    }
  }

  @Test("a check's sentences live in its +Messages file, not in its logic")
  func checksSayReasons() {
    let files = SourceText.files(under: "Sources/Checks", endingIn: [".swift"])
    #expect(files.contains { $0.path.hasSuffix("ValueCheck+Messages.swift") })
    for file in files where !file.path.hasSuffix("+Messages.swift") {
      // A sentence spelled out: a literal id followed by its English (`Message("x.y", en: ...`).
      for m in file.text.matches(of: /Message\(\s*"[^"\\]*"\s*,\s*en:/) {
        Issue.record(
          "\(file.path):\(SourceText.line(of: m.range.lowerBound, in: file.text)) spells a message out; say a reason from its +Messages file"
        )
      }
    }
  }
}
