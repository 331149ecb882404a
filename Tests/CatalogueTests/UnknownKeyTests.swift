import Catalogue
import Testing

/// A key the reader does not know is an error at the key, with the nearest known key: a slip
/// such as `misconception:` must not silently drop the misconceptions it holds.
@Suite("Unknown keys in exercise files")
struct UnknownKeyTests {
  /// A valid exercise with one `value` part; its last line is line 8.
  static let base = """
    id: t
    title: {en: T, ko: 티}
    statement: {en: S, ko: 에스}
    parts:
      - id: v
        kind: value
        prompt: {en: P, ko: 피}
        reference: 1/2

    """

  /// The error reading `text`, or nil when it reads.
  static func error(_ text: String) -> CatalogueError? {
    do {
      _ = try Catalogue.parse(text, file: "t.yaml")
      return nil
    } catch {
      return error as? CatalogueError
    }
  }

  @Test("the base file reads")
  func baseReads() {
    #expect(Self.error(Self.base) == nil)
  }

  @Test(
    "a top-level key",
    arguments: [
      ("claim: []\n", "t.yaml:9:1: unknown key 'claim' in the exercise; did you mean 'claims'?"),
      ("parameter: {}\n", "t.yaml:9:1: unknown key 'parameter' in the exercise; did you mean 'parameters'?"),
    ])
  func topLevel(_ added: String, _ expected: String) throws {
    let error = try #require(Self.error(Self.base + added))
    #expect(error.description == expected)
    #expect(error.id == "exercise.unknown-key")
  }

  @Test("a key every part may have, misspelled, in English and Korean")
  func partKey() throws {
    let error = try #require(
      Self.error(Self.base + "    misconception:\n      - {id: x, answer: 1/4, feedback: {en: e, ko: 이}}\n"))
    #expect(error.description == "t.yaml:9:5: unknown key 'misconception' in a 'value' part; did you mean 'misconceptions'?")
    #expect(error.description(in: .ko) == "t.yaml:9:5: 'value' 문항에 쓸 수 없는 항목 'misconception'입니다. 혹시 'misconceptions' 말인가요?")
  }

  @Test("a kind's own field, misspelled")
  func kindField() throws {
    let error = try #require(Self.error(Self.base + "    significant-digit: 3\n"))
    #expect(
      error.description == "t.yaml:9:5: unknown key 'significant-digit' in a 'value' part; did you mean 'significant-digits'?")
  }

  @Test("another kind's field, with nothing close: the keys that may stand there")
  func otherKindsField() throws {
    let error = try #require(Self.error(Self.base + "    claim: a = a\n"))
    #expect(error.description.hasPrefix("t.yaml:9:5: unknown key 'claim' in a 'value' part; the keys here are id, kind, prompt"))
    #expect(error.description.hasSuffix("misconceptions"))
  }

  @Test("a key of a misconception")
  func misconceptionKey() throws {
    let text = Self.base + "    misconceptions:\n      - id: half\n        answer: 1/4\n        feedbak: {en: e, ko: 이}\n"
    let error = try #require(Self.error(text))
    #expect(
      error.description == "t.yaml:12:9: unknown key 'feedbak' in a misconception of a 'value' part; did you mean 'feedback'?")
  }

  @Test("a misconception recognised in a way its part's kind does not understand")
  func misconceptionMatcherOfAnotherKind() throws {
    let text = Self.base + "    misconceptions:\n      - id: half\n        choice: yes\n        feedback: {en: e, ko: 이}\n"
    let error = try #require(Self.error(text))
    #expect(
      error.description
        == "t.yaml:11:9: unknown key 'choice' in a misconception of a 'value' part; the keys here are id, feedback, credit, answer"
    )
    #expect(
      error.description(in: .ko)
        == "t.yaml:11:9: 'value' 문항의 오개념에 쓸 수 없는 항목 'choice'입니다. 여기에 쓸 수 있는 항목은 id, feedback, credit, answer입니다")
  }

  @Test("a key of a claim")
  func claimKey() throws {
    let text = Self.base + "claims:\n  - id: c\n    statement: {en: s, ko: 에스}\n    variables: {a: real}\n    relatoin: a = a\n"
    let error = try #require(Self.error(text))
    #expect(error.description == "t.yaml:13:5: unknown key 'relatoin' in a claim; did you mean 'relation'?")
  }

  @Test("a key of a parameter")
  func parameterKey() throws {
    let error = try #require(Self.error(Self.base + "parameters:\n  k: {rnage: 3..9, book: 3}\n"))
    #expect(error.description == "t.yaml:10:7: unknown key 'rnage' in the parameter 'k'; did you mean 'range'?")
  }

  @Test("a key inside a kind's mapping field")
  func nestedKey() throws {
    let text =
      Self.base
      + "  - id: m\n    kind: map\n    prompt: {en: P, ko: 피}\n    keys: {variable: n, form: 1, to: 4}\n    reference: 1/n\n"
    let error = try #require(Self.error(text))
    #expect(error.description == "t.yaml:12:25: unknown key 'form' in 'keys'; did you mean 'from'?")
    #expect(error.description(in: .ko) == "t.yaml:12:25: 'keys'에 쓸 수 없는 항목 'form'입니다. 혹시 'from' 말인가요?")
  }

  @Test("a point of a stable part names the part's variables")
  func extremePointKey() throws {
    let text =
      Self.base + """
          - id: s
            kind: stable
            prompt: {en: P, ko: 피}
            variables: {x: real-vector}
            reference: log(sum(exp(x)))
            extreme-points:
              - {y: "[1000, 1000]"}

        """
    let error = try #require(Self.error(text))
    #expect(error.description == "t.yaml:15:10: unknown key 'y' in 'extreme-points'; did you mean 'x'?")
  }
}
