import Catalogue
import Checks
import Marking
import Testing

/// (d) Malformed answers are `invalid`, located at a line and column of the answer.
@Suite("Malformed answers are invalid, with a location")
struct MalformedAnswerTests {
  /// A mapping where the part expects a number, list, formula, word or chain — or, for a
  /// `map` part, a single number where it expects a mapping.
  static func wrongShape(_ part: Part) -> String {
    part.kind == "map" ? "5" : "{oops: 1}"
  }

  /// A syntax error in the part's own notation.
  static func syntaxError(_ part: Part) -> String {
    switch part.check {
    case is MapKind: return "{1: 5/, 2: 1}"
    case is ChoiceKind: return "'yes('"
    case let code as CodeKind:
      let c = code.check
      let n = c.probabilities.count
      let bad = c.alphabet == .binary ? "1x0" : "-x"
      return CodeAnswers.yaml([bad] + Array(repeating: c.alphabet == .binary ? "0" : "-", count: n - 1))
    default: return "'(1 +'"
    }
  }

  @Test(
    "an answer of the wrong shape is invalid at the answer's position",
    arguments: Contract.partKeys.filter { $0.kind != "text" })
  func wrongShapeIsInvalid(_ key: Contract.PartKey) throws {
    guard case (_, let part)? = try Shipped.part(key) else { return }
    let result = try Shipped.mark(key.exercise, key.part, yaml: Self.wrongShape(part))
    #expect(result.verdict == .invalid, "\(result.verdict) — \(result.feedback)")
    #expect(result.score == 0)
    #expect(result.line == 3)
    // At the answer, or (for a choice) at the offending key inside it.
    let column = try #require(result.column)
    let start = Shipped.valueColumn(key.part)
    #expect(column >= start && column < start + Self.wrongShape(part).count, "column \(column), answer at \(start)")
    #expect(!result.feedback.en.isEmpty)
  }

  @Test(
    "a syntax error is invalid, located inside the answer",
    arguments: Contract.partKeys.filter { $0.kind != "text" })
  func syntaxErrorIsInvalid(_ key: Contract.PartKey) throws {
    guard case (_, let part)? = try Shipped.part(key) else { return }
    let yaml = Self.syntaxError(part)
    let result = try Shipped.mark(key.exercise, key.part, yaml: yaml)
    #expect(result.verdict == .invalid, "\(yaml): \(result.verdict) — \(result.feedback)")
    #expect(result.score == 0)
    #expect(result.line == 3, "\(yaml): line \(result.line.map(String.init) ?? "nil")")
    let column = try #require(result.column)
    let start = Shipped.valueColumn(key.part)
    #expect(column >= start && column <= start + yaml.count, "\(yaml): column \(column), answer at \(start)")
  }

  @Test("the position of a syntax error points at the offending character")
  func syntaxErrorColumn() throws {
    // '    gap-sup: "log(2 +"': the text starts at column 15 and ends after 7 characters.
    let value = try Shipped.mark("realsoftmax", "gap-sup", yaml: "\"log(2 +\"")
    #expect(value.verdict == .invalid)
    #expect(value.line == 3 && value.column == 22)
    // '    single-code: ["0", "1x0", "11"]': the 'x' is at column 26.
    let code = try Shipped.mark("uniform3-code", "single-code", yaml: "[\"0\", \"1x0\", \"11\"]")
    #expect(code.verdict == .invalid)
    #expect(code.line == 3 && code.column == 26)
  }
}
