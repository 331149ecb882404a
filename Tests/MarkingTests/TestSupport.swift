import AnswerDocument
import Catalogue
import Checks
import Exact
import Foundation
import Language
import Marking
import Testing

/// Shared fixtures for the marking tests: the shipped catalogue, the dyadic-code checks, and
/// answer files written in memory with known positions.
enum Fixture {
  /// The shipped catalogue, loaded once.
  static let shipped: Result<Catalogue, any Error> = Result { try Catalogue.shipped() }

  static func catalogue() throws -> Catalogue { try shipped.get() }

  static func marker(reveal: Bool = false) throws -> Marker {
    Marker(catalogue: try catalogue(), reveal: reveal)
  }

  static func dyadic() throws -> Exercise {
    try #require(try catalogue().exercise("dyadic-code"), "the shipped catalogue has dyadic-code")
  }

  /// The `code` check of dyadic-code, with its misconceptions, as the catalogue defines it.
  static func codeCheck() throws -> CodeCheck {
    let part = try #require(try dyadic().part("code"))
    guard let check = (part.check as? CodeKind)?.check else {
      Issue.record("dyadic-code/code is not a code part")
      throw FixtureError.wrongKind
    }
    return check
  }

  /// Reads a YAML snippet into an answer node (the same reader answer files go through).
  static func node(_ yaml: String) throws -> AnswerNode {
    try #require(try YAMLReader().read(yaml), "YAML snippet is not empty")
  }

  /// An answer file with one exercise `dyadic-code` and these part lines, in order. Each part line
  /// is on line `3 + index`, and its value starts at column `part.count + 7`:
  ///
  ///     answers:
  ///       dyadic-code:
  ///         expected-length: 3/2
  static func dyadicFile(_ parts: [(String, String)], header: String = "") -> String {
    var lines = [header.isEmpty ? nil : header, "answers:", "  dyadic-code:"].compactMap { $0 }
    for (part, value) in parts { lines.append("    \(part): \(value)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Marks a file that answers only `part` with `value` (written verbatim after `part: `) and
  /// returns the result for that part.
  static func markPart(_ part: String, _ value: String, reveal: Bool = false) throws -> PartResult {
    let result = try marker(reveal: reveal).mark(text: dyadicFile([(part, value)]), file: "answers.yaml")
    #expect(result.errors.isEmpty, "unexpected file errors: \(result.errors)")
    let exercise = try #require(result.exercises.first { $0.id == "dyadic-code" })
    return try #require(exercise.parts.first { $0.part == part })
  }

  /// The column where the value of `part` starts in ``dyadicFile(_:header:)``.
  static func valueColumn(_ part: String) -> Int { part.count + 7 }
}

enum FixtureError: Error { case wrongKind }

extension Rational {
  /// `q(3, 2)` reads better than `Rational(3, 2)` in tables.
  static func q(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }
}

/// Codewords written as bit strings, for CodeAnalysis.
func bits(_ words: String...) -> [[Int]] {
  words.map { $0.map { $0 == "1" ? 1 : 0 } }
}

let dyadicP: [Rational] = [.q(1, 2), .q(1, 4), .q(1, 4)]
