import Catalogue
import Foundation
import Testing

/// Docs/exercise-format.md is the contract for exercise files: every key the reader accepts is
/// described there, each kind's own fields in its kind's section. The reader refuses any other
/// key, and a kind can read only the fields it lists, so the doc cannot fall behind the code.
@Suite("the exercise-format contract in Docs")
struct ExerciseFormatDocTests {
  static func contract() throws -> String {
    try String(contentsOf: DocsTests.docs.appendingPathComponent("exercise-format.md"), encoding: .utf8)
  }

  /// The text under `heading` up to the next heading of the same or a higher level.
  static func section(_ heading: String, in doc: String) -> String? {
    let lines = doc.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: heading) else { return nil }
    let level = heading.prefix { $0 == "#" }.count
    let rest = lines[(start + 1)...]
    let end =
      rest.firstIndex { line in
        let hashes = line.prefix { $0 == "#" }.count
        return hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ")
      } ?? lines.endIndex
    return lines[start..<end].joined(separator: "\n")
  }

  @Test(
    "every key outside a kind is described in its section",
    arguments: [
      ("## The exercise", ExerciseKeys.exercise),
      ("## Every part", ExerciseKeys.part),
      ("## Sampled parts", ExerciseKeys.sampling),
      ("## Claims", ExerciseKeys.claim),
      ("## Misconceptions", ExerciseKeys.misconception + ExerciseKeys.misconceptionMatchers),
      ("## Parameters", ExerciseKeys.parameter),
    ])
  func commonKeys(_ heading: String, _ keys: [String]) throws {
    let section = try #require(Self.section(heading, in: try Self.contract()), "no section \(heading)")
    for key in keys { #expect(section.contains("`\(key)`"), "\(heading) does not describe `\(key)`") }
  }

  @Test("every kind has a section that describes each of its fields")
  func kinds() throws {
    let doc = try Self.contract()
    let nested = ["map": MapKind.keyFields, "bound": BoundKind.limitFields, "choice": ChoiceKind.witnessFields]
    for kind in CheckKinds.standard.kinds {
      guard let section = Self.section("### `\(kind.name)`", in: doc) else {
        Issue.record("Docs/exercise-format.md has no section ### `\(kind.name)`")
        continue
      }
      for field in kind.fields + (nested[kind.name] ?? []) {
        #expect(section.contains("`\(field)`"), "the section of `\(kind.name)` does not describe `\(field)`")
      }
    }
  }

  @Test("the README and the instructor guide link it")
  func linked() throws {
    let root = DocsTests.docs.deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let guide = try String(contentsOf: DocsTests.docs.appendingPathComponent("instructor-guide.md"), encoding: .utf8)
    #expect(readme.contains("(Docs/exercise-format.md)"))
    #expect(guide.contains("(exercise-format.md)"))
  }
}
