import AnswerDocument
import Catalogue
import Exact
import Foundation
import Marking
import Testing

/// The shipped files are read trusted (a part's check built when first needed, the evaluations
/// that only validate skipped); these tests load them validated, in every variant the variant
/// tests mark, and want the same exercises, so the trusted reading hides no mistake.
@Suite("Trusted reading of the shipped files")
struct TrustedReadingTests {
  @Test("every shipped file, in every variant, loads validated: each check built, each expression evaluated")
  func shippedFilesValidate() throws {
    let validated = try Catalogue.shippedValidated()
    let trusted = try Catalogue.shipped()
    #expect(validated.exercises.map(\.id) == trusted.exercises.map(\.id))
    for exercise in validated.exercises {
      let variants = try VariantTests.variants(exercise)
      #expect(!variants.isEmpty)
      for variant in variants {
        let built = variant.parts.filter { $0.isCheckBuilt }.count
        #expect(built == variant.parts.count, "\(exercise.id) [\(variant.variant.key)]")
      }
    }
  }

  @Test("the trusted reading gives the validated exercises, part by part, in every variant")
  func trustedIsValidated() throws {
    let validated = try Catalogue.shippedValidated()
    let trusted = try Catalogue.shipped()
    for (v, t) in zip(validated.exercises, trusted.exercises) {
      for (vv, tv) in zip(try VariantTests.variants(v), try VariantTests.variants(t)) {
        #expect(try Self.description(vv) == Self.description(tv), "\(v.id) [\(vv.variant.key)]")
      }
    }
  }

  /// What an exercise shows and how its parts are set up, as text.
  static func description(_ e: Exercise) throws -> [String] {
    let claims = try e.claims.map { "\($0.id)|\($0.statement.en)|\($0.check.variables.map(\.name))|\($0.check.dimensions)" }
    let parameters = e.parameters.map { "\($0.name)|\($0.bookIndex)|\($0.values.map { $0.sorted { $0.key < $1.key } })" }
    return [e.id, e.title.en, e.title.ko, e.statement.en, e.statement.ko, e.variant.key] + parameters + claims
      + e.parts.map { p in
        let check = p.check
        return [
          p.id, p.kind, check.name, "\(p.points)", p.prompt.en, p.prompt.ko, "\(p.hints.map(\.en))", p.answerForm.en,
          p.answerForm.ko, "\(p.unit.map(\.rawValue) ?? "-")", "\(check.minimumSignificantDigits ?? -1)", "\(check.isSampled)",
          "\(check.misconceptions.map(\.id))", p.example?.flattenedText ?? "-",
        ].joined(separator: "|")
      }
  }

  @Test("the examples are marked alike from either reading, byte for byte")
  func markingIsTheSame() throws {
    for name in ["complete-correct.yaml", "student-lee.yaml", "dyadic-wrong.yaml"] {
      let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
      let path = root.appendingPathComponent("Examples").appendingPathComponent(name).path
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let fromTrusted = try encoder.encode(Marker(catalogue: try Catalogue.shipped()).mark(path: path))
      let fromValidated = try encoder.encode(Marker(catalogue: try Catalogue.shippedValidated()).mark(path: path))
      #expect(fromTrusted.count > 1000)
      #expect(fromTrusted == fromValidated, "\(name)")
    }
  }

  @Test("loading the shipped catalogue, as `list` does, builds no check")
  func listingBuildsNothing() throws {
    // A copy of the shipped files: other tests in this process build the checks of the shipped
    // variants they mark, which every load of the same files then shares.
    let shipped = try #require(Catalogue.shippedResources).appending("/Exercises")
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("trusted-\(UUID().uuidString)").path
    try FileManager.default.copyItem(atPath: shipped, toPath: copy)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let catalogue = try Catalogue.load(directory: copy, reading: .trusted)
    let parts = catalogue.exercises.flatMap(\.parts)
    #expect(parts.count > 50)
    #expect(catalogue.exercises.map(\.maxPoints).reduce(0, +) > 0)
    #expect(parts.filter { $0.isCheckBuilt }.isEmpty)
    _ = parts[0].check
    #expect(parts[0].isCheckBuilt)
  }

  static let valuePart = """
    id: t
    title: {en: T, ko: 티}
    statement: {en: S, ko: 에스}
    parts:
      - id: v
        kind: value
        prompt: {en: P, ko: 피}
        reference: log(7)/log(2) + exp(1/3)
        misconceptions:
          - {id: m, answer: log(7), feedback: {en: F, ko: 에프}}

    """

  @Test("a check built on first use is never charged to the meter of the answer being marked")
  func buildingIsNotCharged() throws {
    // The control: building the same part while a meter is in force does charge it.
    let control = WorkMeter(limit: 1 << 40)
    _ = try WorkMeter.$current.withValue(control) { try Catalogue.parse(Self.valuePart, file: "t.yaml") }
    #expect(control.spent > 0)
    let part = try #require(try Catalogue.parse(Self.valuePart, file: "t.yaml", reading: .trusted).parts.first)
    let meter = WorkMeter(limit: 1 << 40)
    WorkMeter.$current.withValue(meter) { _ = part.check }
    #expect(part.isCheckBuilt)
    #expect(meter.spent == 0)
  }

  @Test("a part that fails to build when first needed marks every answer invalid, with the located error")
  func unreadablePart() throws {
    let broken = Self.valuePart.replacingOccurrences(of: "log(7)/log(2) + exp(1/3)", with: "\"log(7 +\"")
    #expect(throws: CatalogueError.self) { try Catalogue.parse(broken, file: "t.yaml") }
    let exercise = try Catalogue.parse(broken, file: "t.yaml", reading: .trusted)
    let result = Marker(catalogue: Catalogue(exercises: [exercise])).mark(
      text: "format: softcheck/1\nanswers:\n  t:\n    v: 1\n", file: "a.yaml")
    let part = try #require(result.exercises.first?.parts.first)
    #expect(part.verdict == .invalid)
    #expect(part.score == 0)
    #expect(part.messages.map(\.id) == ["catalogue.unreadable-part"])
    let message = part.messages.first?.text.en ?? ""
    #expect(message.contains("Exercises/t.yaml:8:"), "\(message)")
  }
}
