import Catalogue
import Checks
import Foundation
import Marking
import Testing

/// An instructor's folder of exercises: added to the shipped ones, replacing by id, with other
/// YAML files (assignments, answer files) left out.
@Suite("exercise folders")
struct CatalogueFolderTests {
  static func folder(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("softcheck-catalogue-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
    return url
  }

  static let shippedDyadic = try! String(
    contentsOf: DocsTests.docs.deletingLastPathComponent()
      .appendingPathComponent("Exercises/dyadic-code.yaml"), encoding: .utf8)

  @Test("exercise files are read, other YAML files skipped with a note, and additions replace by id")
  func additions() throws {
    let mine = Self.shippedDyadic.replacingOccurrences(of: "id: dyadic-code", with: "id: my-dyadic")
    let url = try Self.folder([
      "mine.yaml": mine, "again.YML": Self.shippedDyadic,
      "hw3.yaml": "format: softcheck-assignment/1\nid: hw3\nexercises: [dyadic-code]\n",
      "kim.yaml": "answers:\n  dyadic-code:\n    expected-length: 3/2\n",
    ])
    defer { try? FileManager.default.removeItem(at: url) }
    let folder = try Catalogue.read(directory: url.path)
    #expect(folder.catalogue.exercises.map(\.id) == ["dyadic-code", "my-dyadic"])
    #expect(folder.skipped.map { ($0.file as NSString).lastPathComponent } == ["hw3.yaml", "kim.yaml"])
    #expect(folder.skipped.allSatisfy { $0.reason.id == "catalogue.not-an-exercise" })
    let shipped = try Catalogue.shipped()
    let (merged, replaced) = shipped.adding(folder.catalogue)
    #expect(replaced == ["dyadic-code"])
    #expect(merged.exercises.count == shipped.exercises.count + 1)
    #expect(merged.exercise("my-dyadic") != nil && merged.exercise("pam3") != nil)
  }

  @Test("dimensions takes one number as shorthand for a range of one")
  func dimensionsShorthand() throws {
    let text = """
      id: fixed-dims
      title: {en: Fixed, ko: 고정}
      statement: {en: A sum., ko: 합.}
      parts:
        - id: total
          kind: formula
          prompt: {en: The sum of x., ko: x의 합.}
          variables: {x: simplex}
          dimensions: 3
          reference: sum(x)
      """
    let exercise = try Catalogue.parse(text, file: "fixed.yaml")
    #expect(exercise.parts.map(\.id) == ["total"])
    #expect(throws: CatalogueError.self) {
      try Catalogue.parse(text.replacingOccurrences(of: "dimensions: 3", with: "dimensions: 3.."), file: "f.yaml")
    }
  }

  @Test("a scalar probability domain samples from 0 to 1, endpoints included")
  func probabilityDomain() throws {
    let text = """
      id: bernoulli
      title: {en: Bernoulli, ko: 베르누이}
      statement: {en: The variance., ko: 분산.}
      parts:
        - id: variance
          kind: formula
          prompt: {en: The variance of a Bernoulli(q) variable., ko: 베르누이(q)의 분산.}
          variables: {q: probability}
          reference: q*(1 - q)
      """
    let catalogue = Catalogue(exercises: [try Catalogue.parse(text, file: "bernoulli.yaml")])
    func verdict(_ answer: String) -> (Verdict, [String: String]?) {
      let r = Marker(catalogue: catalogue).mark(text: "answers:\n  bernoulli:\n    variance: \(answer)\n", file: "a.yaml")
      let p = r.exercises[0].parts[0]
      return (p.verdict, p.counterexample)
    }
    #expect(verdict("q - q^2").0 == .correct)
    let (wrong, counterexample) = verdict("q*(1 + q)")
    #expect(wrong == .incorrect)
    let q = try #require(counterexample?["q"])
    #expect(!q.hasPrefix("-") && !["2", "3", "10"].contains(q), "a counterexample inside [0, 1]: \(q)")
  }
}
