import Catalogue
import Checks
import Marking
import Testing

/// (b) Every part accepts its own `example:` (a correct answer in answer-file syntax).
@Suite("Examples are correct")
struct ExampleTests {
  @Test("marking the part's example gives correct", arguments: Contract.partKeys.filter { $0.kind != "text" })
  func exampleIsCorrect(_ key: Contract.PartKey) throws {
    guard case (let exercise, let part)? = try Shipped.part(key) else { return }
    let example = try #require(part.example, "\(key.testDescription) has no example:")
    let result = try Shipped.marker().mark(part, of: exercise.id, answer: example)
    #expect(result.verdict == .correct, "\(key.testDescription): \(result.verdict) — \(result.feedback)")
    #expect(result.score == part.points)
    #expect(result.misconception == nil)
  }

  @Test(
    "accepted alternative readings of value parts are marked correct, with their note",
    arguments: Contract.partKeys.filter { $0.kind == "value" })
  func acceptedAlternatives(_ key: Contract.PartKey) throws {
    guard case (_, let part)? = try Shipped.part(key) else { return }
    guard let check = (part.check as? ValueKind)?.check else {
      Issue.record("\(key.testDescription) is not a value check")
      return
    }
    for alternative in check.alternatives {
      guard case .expression(_, let text) = alternative.match else { continue }
      let result = try Shipped.mark(key.exercise, key.part, yaml: Shipped.quoted(text))
      #expect(result.verdict == .correct, "\(key.testDescription) accepted '\(text)': \(result.verdict) — \(result.feedback)")
      #expect(result.feedback.en.contains(String(alternative.feedback.en.dropFirst())))
    }
  }
}
