import AnswerDocument
import Catalogue
import Language
import Marking
import Testing

/// The answer-file format (answer-format.md): what is read, what is reported, and where.
@Suite("Answer files: structure, problems and their positions")
struct AnswerFileTests {
  private func mark(_ text: String, file: String = "kim.yaml") throws -> FileResult {
    try Fixture.marker().mark(text: text, file: file)
  }

  private func parts(_ result: FileResult, _ exercise: String = "dyadic-code") throws -> [String: PartResult] {
    let e = try #require(result.exercises.first { $0.id == exercise })
    return Dictionary(e.parts.map { ($0.part, $0) }, uniquingKeysWith: { a, _ in a })
  }

  // MARK: Header

  @Test("the header is read: student, id, format")
  func header() throws {
    let text = """
      format: softcheck/1
      student: Kim Minji
      id: 2024-0137
      answers:
        dyadic-code:
          expected-length: 3/2

      """
    let file = try AnswerFile.parse(text)
    #expect(file.problems.isEmpty)
    #expect(file.student == "Kim Minji")
    #expect(file.id == "2024-0137")
    let result = try mark(text)
    #expect(result.id == "2024-0137")
    #expect(result.student == "Kim Minji")
    #expect(result.errors.isEmpty)
  }

  @Test("without id: the result keys on the file name without extension")
  func fallbackID() throws {
    let result = try mark("answers:\n  dyadic-code:\n    expected-length: 3/2\n", file: "submissions/lee.yml")
    #expect(result.id == "lee")
    #expect(result.student == nil)
    #expect(result.file == "submissions/lee.yml")
  }

  /// `softcheck template` prints `student: ` and `id: ` blank; a learner who leaves them blank
  /// must get the file-name id (answer-format.md: "reports key on it, else on the file name").
  @Test("blank id: and student: count as absent")
  func blankHeader() throws {
    let result = try mark("student:\nid:\nanswers:\n  dyadic-code:\n    expected-length: 3/2\n", file: "lee.yaml")
    #expect(result.id == "lee")
    #expect(result.student == nil)
  }

  @Test("id: 010 stays the text 010")
  func idKeepsText() throws {
    let file = try AnswerFile.parse("id: 0137\nanswers: {}\n")
    #expect(file.id == "0137")
  }

  // MARK: Unknown names with did-you-mean, located

  @Test("unknown top-level key studnet: did you mean student, at 2:1; the rest is still marked")
  func unknownTopLevelKey() throws {
    let text = "format: softcheck/1\nstudnet: Kim Minji\nanswers:\n  dyadic-code:\n    expected-length: 3/2\n"
    let file = try AnswerFile.parse(text)
    #expect(file.problems.count == 1)
    let p = try #require(file.problems.first)
    #expect(p.location == SourceLocation(line: 2, column: 1))
    #expect(p.message.text.en.contains("unknown top-level key 'studnet'"))
    #expect(p.message.text.en.contains("did you mean 'student'?"))

    let result = try mark(text)
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.line == 2)
    #expect(result.errors.first?.column == 1)
    #expect(result.errors.first?.message == p.message)
    #expect(try parts(result)["expected-length"]?.verdict == .correct)
    #expect(!result.isAllCorrect, "a file with an error is not all correct")
  }

  @Test("an unknown key far from any name has no suggestion")
  func unknownKeyNoSuggestion() throws {
    let file = try AnswerFile.parse("answers: {}\nhomework: 3\n")
    let p = try #require(file.problems.first)
    #expect(p.location == SourceLocation(line: 2, column: 1))
    #expect(!p.message.text.en.contains("did you mean"))
  }

  @Test("unknown exercise dyadic-cod: did you mean dyadic-code, at 2:3")
  func unknownExercise() throws {
    let result = try mark("answers:\n  dyadic-cod:\n    expected-length: 3/2\n")
    #expect(result.errors.count == 1)
    let e = try #require(result.errors.first)
    #expect(e.line == 2)
    #expect(e.column == 3)
    #expect(e.message.text.en.contains("unknown exercise 'dyadic-cod'"))
    #expect(e.message.text.en.contains("did you mean 'dyadic-code'?"))
    #expect(!result.isAllCorrect)
    #expect(result.score == 0)
  }

  @Test("unknown exercise next to a known one: the known one is still marked")
  func unknownExerciseDoesNotAbort() throws {
    let text = "answers:\n  dyadic-cod:\n    code: 1\n  dyadic-code:\n    expected-length: 3/2\n"
    let result = try mark(text)
    #expect(result.errors.count == 1)
    #expect(try parts(result)["expected-length"]?.verdict == .correct)
  }

  @Test("unknown part entropy-bit: invalid at 3:5 with did you mean entropy-bits")
  func unknownPart() throws {
    let result = try mark("answers:\n  dyadic-code:\n    entropy-bit: 1.5\n    expected-length: 3/2\n")
    let unknown = try #require(try parts(result)["entropy-bit"])
    #expect(unknown.verdict == .invalid)
    #expect(unknown.score == 0)
    #expect(unknown.line == 3)
    #expect(unknown.column == 5)
    #expect(unknown.feedback.en.lowercased().contains("did you mean 'entropy-bits'?"), "\(unknown.feedback)")
    #expect(try parts(result)["entropy-bits"]?.verdict == .unanswered)
    #expect(try parts(result)["expected-length"]?.verdict == .correct)
    #expect(result.score == 1)
    #expect(result.max == 4, "an unknown part adds no points to the maximum")
    #expect(!result.isAllCorrect)
  }

  // MARK: Format version

  @Test("format: softcheck/2 is an error at 1:9 that says which versions are read")
  func wrongFormat() throws {
    let text = "format: softcheck/2\nanswers:\n  dyadic-code:\n    expected-length: 3/2\n"
    let file = try AnswerFile.parse(text)
    let p = try #require(file.problems.first)
    #expect(file.problems.count == 1)
    #expect(p.location == SourceLocation(line: 1, column: 9))
    #expect(p.message.text.en.contains("softcheck/2"))
    #expect(p.message.text.en.contains("softcheck/1"))
    let result = try mark(text)
    #expect(result.errors.first?.line == 1)
    #expect(result.errors.first?.column == 9)
  }

  // MARK: Files that are not answer files

  @Test("not YAML: one invalid result for the file, with a position")
  func notYAML() throws {
    let text = "answers: [\n"
    #expect(throws: YAMLReader.Failure.self) { try AnswerFile.parse(text) }
    let result = try mark(text)
    #expect(result.exercises.isEmpty)
    #expect(result.errors.count == 1)
    let e = try #require(result.errors.first)
    #expect(e.message.text.en.contains("not valid YAML"))
    #expect(e.line == 2)
    #expect(e.column == 1)
    #expect(!result.isAllCorrect)
    #expect(result.id == "kim")
  }

  @Test("a tab-indented file is not YAML, located at the tab")
  func tabIndented() throws {
    let result = try mark("answers:\n\tdyadic-code:\n")
    let e = try #require(result.errors.first)
    #expect(e.line == 2)
    #expect(e.column == 1)
  }

  @Test("an empty file is one located problem", arguments: ["", "\n", "# only a comment\n"])
  func emptyFile(text: String) throws {
    let file = try AnswerFile.parse(text)
    #expect(file.problems.count == 1)
    let p = try #require(file.problems.first)
    #expect(p.message.id == "answers.empty")
    #expect(p.location == SourceLocation(line: 1, column: 1), "every problem names a line and column")
    let result = try mark(text)
    #expect(!result.isAllCorrect)
    #expect(result.errors.first?.line == 1)
    #expect(result.errors.first?.column == 1)
  }

  @Test("a file that is a list is one problem at 1:1")
  func listFile() throws {
    let file = try AnswerFile.parse("- dyadic-code\n- 3/2\n")
    #expect(file.problems.count == 1)
    #expect(file.problems.first?.location == SourceLocation(line: 1, column: 1))
    #expect(file.problems.first?.message.id == "answers.not-a-mapping")
    #expect(file.problems.first?.message.text.en.contains("mapping") == true)
    let result = try mark("- dyadic-code\n- 3/2\n")
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.line == 1)
    #expect(result.errors.first?.column == 1)
  }

  @Test("a file that is one scalar is one problem at 1:1")
  func scalarFile() throws {
    let file = try AnswerFile.parse("3/2\n")
    #expect(file.problems.count == 1)
    #expect(file.problems.first?.location == SourceLocation(line: 1, column: 1))
  }

  @Test("no answers: key is reported at 1:1")
  func noAnswers() throws {
    let file = try AnswerFile.parse("student: Kim\n")
    #expect(file.problems.count == 1)
    #expect(file.problems.first?.location == SourceLocation(line: 1, column: 1))
    #expect(file.problems.first?.message.id == "answers.no-answers")
  }

  @Test("answers: that is not a mapping is reported at its value")
  func answersNotMapping() throws {
    let file = try AnswerFile.parse("answers: [1, 2]\n")
    #expect(file.problems.count == 1)
    #expect(file.problems.first?.location == SourceLocation(line: 1, column: 10))
  }

  @Test("an exercise whose value is not a mapping is reported at the value")
  func exerciseNotMapping() throws {
    let file = try AnswerFile.parse("answers:\n  dyadic-code: 3/2\n")
    #expect(file.problems.count == 1)
    #expect(file.problems.first?.location == SourceLocation(line: 2, column: 16))
    let result = try mark("answers:\n  dyadic-code: 3/2\n")
    #expect(result.errors.first?.line == 2)
    #expect(result.errors.first?.column == 16)
    #expect(try parts(result).values.allSatisfy { $0.verdict == .unanswered })
  }

  @Test("a student: that is a list is reported at the list")
  func studentNotScalar() throws {
    let file = try AnswerFile.parse("student: [Kim, Minji]\nanswers: {}\n")
    #expect(file.problems.first?.location == SourceLocation(line: 1, column: 10))
    #expect(file.student == nil)
  }

  // MARK: Duplicate keys

  @Test("a duplicate part key is an error located at one of the two keys")
  func duplicatePart() throws {
    let text = "answers:\n  dyadic-code:\n    entropy-bits: 1.5\n    entropy-bits: 1.0397\n"
    let result = try mark(text)
    let e = try #require(result.errors.first, "a duplicate key must not silently pick one answer")
    #expect(e.message.text.en.contains("entropy-bits"))
    #expect(e.message.text.en.contains("twice"))
    let at = try #require(e.line.flatMap { l in e.column.map { SourceLocation(line: l, column: $0) } })
    #expect([SourceLocation(line: 3, column: 5), SourceLocation(line: 4, column: 5)].contains(at), "at \(at)")
    #expect(!result.isAllCorrect)
  }

  @Test("a duplicate top-level key is an error located at one of the two keys")
  func duplicateTopLevel() throws {
    let result = try mark("student: Kim\nstudent: Lee\nanswers: {}\n")
    let e = try #require(result.errors.first)
    #expect(e.message.text.en.contains("student"))
    let at = try #require(e.line.flatMap { l in e.column.map { SourceLocation(line: l, column: $0) } })
    #expect([SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 1)].contains(at), "at \(at)")
  }

  // MARK: Unanswered parts

  @Test("absent parts are unanswered, with what the part expects")
  func absentParts() throws {
    let result = try mark("answers:\n  dyadic-code:\n    expected-length: 3/2\n")
    let p = try parts(result)
    #expect(p.count == 4, "every part of the exercise gets a result")
    for id in ["code", "entropy-bits", "entropy-nats"] {
      let r = try #require(p[id])
      #expect(r.verdict == .unanswered)
      #expect(r.score == 0)
      #expect(r.max == 1)
      #expect(r.feedback.en.lowercased().contains("not answered"))
      #expect(r.misconception == nil)
    }
    #expect(result.score == 1)
    #expect(result.max == 4)
    #expect(result.errors.isEmpty)
    #expect(!result.isAllCorrect)
  }

  @Test("an exercise with no parts at all is all unanswered")
  func emptyExercise() throws {
    let result = try mark("answers:\n  dyadic-code: {}\n")
    #expect(result.errors.isEmpty)
    #expect(try parts(result).values.allSatisfy { $0.verdict == .unanswered })
    #expect(result.max == 4)
  }

  @Test("a blank part value is unanswered", arguments: ["", " ", "   # left for later"])
  func blankPart(value: String) throws {
    let result = try mark("answers:\n  dyadic-code:\n    entropy-bits:\(value)\n    code:\(value)\n")
    let p = try parts(result)
    #expect(p["entropy-bits"]?.verdict == .unanswered)
    #expect(p["code"]?.verdict == .unanswered)
    #expect(result.errors.isEmpty)
  }

  // MARK: Raw scalar text

  @Test("010 stays the text 010")
  func leadingZero() throws {
    let file = try AnswerFile.parse("answers:\n  dyadic-code:\n    code: [1, 010, 011]\n")
    let parts = try #require(file.answers.first?.parts)
    guard case .sequence(let items, _) = try #require(parts.first?.answer) else {
      Issue.record("code is a sequence")
      return
    }
    let texts = items.compactMap { if case .scalar(let s) = $0 { s.text } else { nil } }
    #expect(texts == ["1", "010", "011"])
  }

  @Test("for a code part, unquoted 010 is the three-digit codeword 010")
  func leadingZeroCodeword() throws {
    // Lengths 1, 3, 3: Kraft 1/2 + 1/8 + 1/8 = 3/4, expected length 2.
    let r = try Fixture.markPart("code", "[1, 010, 011]")
    #expect(r.verdict == .partial)
    #expect(r.feedback.en.lowercased().contains("kraft sum 3/4"), "\(r.feedback)")
    #expect(r.feedback.en.lowercased().contains("expected length 2 bits"), "\(r.feedback)")
    // And [1, 00, 01] keeps its leading zeros: an optimal code.
    #expect(try Fixture.markPart("code", "[1, 00, 01]").verdict == .correct)
  }

  @Test("YAML's own typing is ignored: yes, 1_000, 0x10, null stay text")
  func rawText() throws {
    let file = try AnswerFile.parse("answers:\n  x:\n    a: yes\n    b: 1_000\n    c: 0x10\n    d: 0.1\n")
    let parts = try #require(file.answers.first?.parts)
    let texts = parts.map { p -> String? in if case .scalar(let s) = p.answer { s.text } else { nil } }
    #expect(texts == ["yes", "1_000", "0x10", "0.1"])
  }

  @Test("0.1 is exactly 1/10: 0.1*15 is exactly 3/2, and 0.1 + 0.2 - 0.3 is exactly 0")
  func decimalIsExact() throws {
    let r = try Fixture.markPart("expected-length", "0.1*15")
    #expect(r.verdict == .correct)
    #expect(r.method == "decided exactly" && r.methodID == "exact")
    let s = try Fixture.markPart("expected-length", "3/2 + 0.1 + 0.2 - 0.3")
    #expect(s.verdict == .correct)
    #expect(s.methodID == "exact")
  }

  // MARK: Every error has a position

  @Test("every error of a file full of problems has a line and column")
  func everyErrorLocated() throws {
    let text = """
      format: softcheck/9
      studnet: Kim
      answers:
        dyadic-cod:
          code: 1
        dyadic-code:
          entropy-bit: 1.5
          expected-length: 3/

      """
    let result = try mark(text)
    #expect(result.errors.count == 3)
    for e in result.errors {
      #expect(e.line != nil && e.column != nil, "\(e.message)")
    }
    #expect(result.errors.map { $0.line ?? 0 } == [1, 2, 4])
    #expect(result.errors.map { $0.column ?? 0 } == [9, 1, 3])
    let p = try parts(result)
    #expect(p["entropy-bit"]?.line == 7)
    #expect(p["entropy-bit"]?.column == 5)
    #expect(p["expected-length"]?.verdict == .invalid)
    #expect(p["expected-length"]?.line == 8)
  }
}
