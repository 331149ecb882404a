import Catalogue
import Marking
import Testing

/// Assignment files: located errors, fixed totals, answers outside the assignment, and the
/// class's common maximum when there is no assignment.
@Suite("Assignments")
struct AssignmentTests {
  static let hw3 = """
    format: softcheck-assignment/1
    id: hw3
    title: {en: Softmax regression, ko: 소프트맥스 회귀}
    exercises: [dyadic-code, {id: kl-nonnegative, points: 10}]
    reveal: false

    """

  static func assignment(_ text: String = hw3) throws -> Assignment {
    try Assignment.parse(text, file: "hw3.yaml", catalogue: try Fixture.catalogue())
  }

  @Test("an assignment reads its exercises, points and reveal")
  func reads() throws {
    let a = try Self.assignment()
    #expect(a.id == "hw3")
    #expect(a.title.ko == "소프트맥스 회귀")
    #expect(a.entries.map(\.exercise) == ["dyadic-code", "kl-nonnegative"])
    #expect(!a.reveal)
    #expect(a.seed == nil && !a.hasVariants)
    #expect(a.exercises[1].maxPoints == 10, "points scale the exercise to its assigned worth")
    #expect(a.total == 4 + 10)
  }

  @Test(
    "bad assignment files are refused with file, line and column",
    arguments: [
      ("exercises: [dyadic-code, uniform3-cod]", 2, 26, "did you mean 'uniform3-code'"),
      ("exercises: [dyadic-code]\nrevea: false", 3, 1, "unknown key 'revea'"),
      ("exercises: [dyadic-code, dyadic-code]", 2, 26, "listed twice"),
      ("exercises: [{id: dyadic-code, points: -1}]", 2, 39, "positive"),
      ("exercises: [{id: dyadic-code, point: 4}]", 2, 31, "unknown key 'point'; did you mean 'points'"),
      ("exercises: []", 2, 12, "non-empty list"),
      ("seed: many\nexercises: [dyadic-code]", 2, 7, "whole number"),
      ("exercises: [dyadic-code]\nreveal: maybe", 3, 9, "true or false"),
    ])
  func located(_ body: String, _ line: Int, _ column: Int, _ words: String) throws {
    let text = "format: softcheck-assignment/1\n\(body)\nid: hw\n"
    #expect {
      _ = try Self.assignment(text)
    } throws: { error in
      guard let e = error as? CatalogueError else { return false }
      return e.location?.line == line && e.location?.column == column && e.message.en.contains(words) && e.file == "hw3.yaml"
    }
  }

  @Test("an unknown format is named")
  func unknownFormat() throws {
    #expect(throws: CatalogueError.self) {
      try Self.assignment("format: softcheck-assignment/9\nid: a\nexercises: [dyadic-code]\n")
    }
  }

  @Test("fixed totals: a left-out exercise counts as unanswered parts worth 0, and every file has the same maximum")
  func fixedTotals() throws {
    var marker = try Fixture.marker()
    marker.assignment = try Self.assignment()
    let some = marker.mark(text: "answers:\n  dyadic-code:\n    expected-length: 3/2\n", file: "a.yaml")
    let none = marker.mark(text: "answers: {}\n", file: "b.yaml")
    #expect(some.max == 14 && none.max == 14)
    #expect(some.score == 1 && none.score == 0)
    let left = try #require(some.exercises.first { $0.id == "kl-nonnegative" })
    #expect(left.max == 10 && left.score == 0)
    #expect(left.parts.allSatisfy { $0.verdict == .unanswered })
    #expect(some.exercises.map(\.id) == ["dyadic-code", "kl-nonnegative"])
  }

  @Test("an answer to an exercise outside the assignment is reported, located, and not counted")
  func outside() throws {
    var marker = try Fixture.marker()
    marker.assignment = try Self.assignment()
    let r = marker.mark(text: "answers:\n  dyadic-code:\n    expected-length: 3/2\n  pam3:\n    levels: 3\n", file: "a.yaml")
    #expect(r.score == 1 && r.max == 14)
    #expect(!r.exercises.contains { $0.id == "pam3" })
    let error = try #require(r.errors.first { $0.message.id == "answers.outside-assignment" })
    #expect(error.line == 4 && error.column == 3)
    #expect(error.message.text.en.contains("'pam3' is not in the assignment 'hw3'"))
  }

  @Test("a file that is not YAML still lists every assigned part, score 0 of the total")
  func brokenFile() throws {
    var marker = try Fixture.marker()
    marker.assignment = try Self.assignment()
    let r = marker.mark(text: "answers: [unclosed\n", file: "a.yaml")
    #expect(r.score == 0 && r.max == 14)
    #expect(!r.errors.isEmpty)
    #expect(r.exercises.flatMap(\.parts).count == 7)
  }

  @Test("without an assignment a class is marked out of every exercise the class answered")
  func commonMaximum() throws {
    let marker = try Fixture.marker()
    let a = marker.mark(text: "answers:\n  dyadic-code:\n    expected-length: 3/2\n", file: "a.yaml")
    let b = marker.mark(text: "answers:\n  kl-nonnegative:\n    equality: p = q\n", file: "b.yaml")
    #expect(a.max != b.max, "alone, each file counts only its own exercises")
    let common = ClassTotals.common([a, b], marker: marker)
    #expect(common.exercises == ["dyadic-code", "kl-nonnegative"])
    #expect(common.results.map(\.max) == [9, 9])
    #expect(common.results.map(\.score) == [a.score, b.score])
    #expect(ClassTotals.basis(common.exercises, total: 9).en.contains("2 exercises the class answered"))
  }
}

/// Exercise files with `parameters:`: located errors at load, and a value that breaks the file
/// found when an assignment is read, not when one student's file is marked.
@Suite("Exercise parameters")
struct ParameterFileTests {
  static func exercise(_ parameters: String, reference: String = "log2($(k))") -> String {
    """
    id: mine
    title: {en: Mine, ko: 내 문제}
    parameters:
    \(parameters)
    statement: {en: "k = $(k)", ko: "k = $(k)"}
    parts:
      - id: v
        kind: value
        prompt: {en: "log2 of $(k)", ko: "$(k) 의 log2"}
        reference: \(reference)
        example: log2($(k))

    """
  }

  func error(_ text: String) -> CatalogueError? {
    do {
      _ = try Catalogue.parse(text, file: "mine.yaml")
      return nil
    } catch { return error as? CatalogueError }
  }

  @Test("a file with parameters loads as its book variant, and every value gives a variant")
  func loads() throws {
    let e = try Catalogue.parse(Self.exercise("  k: {range: 3..9, book: 5}"), file: "mine.yaml")
    #expect(e.statement.en == "k = 5" && e.variant == .book)
    let seven = try e.variant(Variant(choices: ["k": 4]))
    #expect(seven.statement.en == "k = 7" && seven.parts[0].prompt.ko == "7 의 log2")
    #expect(seven.variantValues.map(\.en) == ["k = 7"])
  }

  @Test(
    "mistakes in parameters are located",
    arguments: [
      ("  k: {range: 3..9}", 4, 6, "needs 'book:'"),
      ("  k: {range: 9..3, book: 5}", 4, 14, "range is two integers"),
      ("  k: {range: 3..9, book: 12}", 4, 26, "book must be an integer from 3 to 9"),
      ("  k: {values: []}", 4, 15, "non-empty list"),
      ("  k: {values: [{a: 1}, {b: 2}]}", 4, 24, "the same fields"),
      ("  k: {}", 4, 6, "needs 'range: a..b' or 'values: [...]'"),
      ("  k: {step: 2}", 4, 7, "unknown key 'step' in the parameter 'k'; the keys here are range, book, values"),
    ])
  func located(_ parameters: String, _ line: Int, _ column: Int, _ words: String) throws {
    let e = try #require(error(Self.exercise(parameters)))
    #expect(
      e.location?.line == line && e.location?.column == column && e.message.en.contains(words),
      "\(e) at \(String(describing: e.location))")
  }

  @Test("an unknown placeholder is located, with the closest name")
  func unknownPlaceholder() throws {
    let e = try #require(error(Self.exercise("  k: {range: 3..9, book: 5}", reference: "log2($(kk))")))
    #expect(e.location?.line == 10 && e.location?.column == 21, "\(e)")
    #expect(e.message.en.contains("'$(kk)' names no parameter of this file; did you mean 'k'?"), "\(e)")
  }

  @Test("a value that breaks the file is refused when the assignment is read, naming the value")
  func brokenValue() throws {
    let mine = try Catalogue.parse(Self.exercise("  k: {values: [4, sofmax]}"), file: "mine.yaml")
    let catalogue = Catalogue(exercises: [mine])
    let text = "format: softcheck-assignment/1\nid: a\nseed: 1\nexercises: [mine]\n"
    #expect {
      _ = try Assignment.parse(text, file: "a.yaml", catalogue: catalogue)
    } throws: { error in
      guard let e = error as? CatalogueError else { return false }
      return e.file == "mine.yaml" && e.message.en.hasPrefix("with k = sofmax: in 'log2(sofmax)'")
    }
    // A long range is checked at 64 values spread over it, both ends included.
    let long = try Catalogue.parse(
      Self.exercise("  k: {range: 1..5000, book: 5}", reference: "1/($(k) - 5000)"), file: "mine.yaml")
    #expect {
      _ = try Assignment.parse(text, file: "a.yaml", catalogue: Catalogue(exercises: [long]))
    } throws: { error in (error as? CatalogueError)?.message.en.hasPrefix("with k = 5000:") ?? false }
    // Without a seed nobody gets the other values, so the assignment reads.
    _ = try Assignment.parse("format: softcheck-assignment/1\nid: a\nexercises: [mine]\n", file: "a.yaml", catalogue: catalogue)
  }
}
