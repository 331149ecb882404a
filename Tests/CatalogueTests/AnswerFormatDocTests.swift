import Catalogue
import Foundation
import Language
import Testing

/// Docs/answer-format.md is the contract for answer files: it names every function of the
/// answer language and every kind of answer the shipped exercises ask for.
@Suite("the answer-format contract in Docs")
struct AnswerFormatDocTests {
  static func contract() throws -> String {
    try String(contentsOf: DocsTests.docs.appendingPathComponent("answer-format.md"), encoding: .utf8)
  }

  @Test("every function of the answer language is named")
  func functions() throws {
    let doc = try Self.contract()
    for name in Functions.names { #expect(doc.contains("`\(name)`"), "Docs/answer-format.md does not name \(name)") }
  }

  @Test("every kind of answer the shipped exercises ask for is described")
  func kinds() throws {
    let doc = try Self.contract()
    let kinds = Set(try Catalogue.shipped().exercises.flatMap { $0.parts.map(\.kind) })
    #expect(kinds.count >= 10)
    for kind in kinds.sorted() {
      #expect(doc.contains("| `\(kind)` |"), "Docs/answer-format.md does not describe the kind \(kind)")
    }
  }
}
