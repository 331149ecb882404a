import Catalogue
import Checks
import Language
import Marking
import Testing

/// (c) Every misconception of every part is recognised: its wrong answer is not correct, and the
/// verdict carries the misconception's id (and feedback).
@Suite("Misconceptions are recognised")
struct MisconceptionTests {
  /// The wrong answer for a misconception, as YAML text, or nil when it cannot be built.
  static func wrongAnswer(_ m: Misconception, part: Part) -> String? {
    switch (m.match, part.check) {
    case (.unitConversion, let value as ValueKind):
      let check = value.check
      // `nats-vs-bits` without an answer: the reference in the other unit.
      guard let unit = check.unit else { return nil }
      return Shipped.quoted(unit == .bits ? "(\(check.referenceText))*log(2)" : "(\(check.referenceText))/log(2)")
    case (.expression(_, let text), _), (.relation(_, let text), _):
      return Shipped.quoted(text)
    case (.choice(let word), _):
      return Shipped.quoted(word)
    case (.codeLengths(let lengths), let code as CodeKind):
      return CodeAnswers.yaml(CodeAnswers.canonical(lengths: lengths, alphabet: code.check.alphabet))
    case (.codeProperty(let property), let code as CodeKind):
      return CodeAnswers.code(with: property, for: code.check, part: part).map(CodeAnswers.yaml)
    default:
      return nil
    }
  }

  static func misconceptions(_ part: Part) -> [Misconception] {
    part.check.misconceptions
  }

  @Test(
    "each misconception's wrong answer is not correct and carries its id",
    arguments: Contract.partKeys.filter { $0.kind != "text" })
  func recognised(_ key: Contract.PartKey) throws {
    guard case (_, let part)? = try Shipped.part(key) else { return }
    for m in Self.misconceptions(part) {
      guard let yaml = Self.wrongAnswer(m, part: part) else {
        Issue.record("\(key.testDescription): no wrong answer could be built for misconception '\(m.id)'")
        continue
      }
      let result = try Shipped.mark(key.exercise, key.part, yaml: yaml)
      #expect(
        result.verdict != .correct && result.verdict != .invalid,
        "\(key.testDescription) '\(m.id)' answered \(yaml): \(result.verdict) — \(result.feedback)")
      #expect(
        result.misconception == m.id,
        "\(key.testDescription) answered \(yaml): misconception \(result.misconception ?? "nil"), expected \(m.id) — \(result.feedback)"
      )
      #expect(result.score < part.points)
      if result.misconception == m.id {
        // The marker joins sentences into a paragraph and may capitalise the first letter of each.
        #expect(
          result.feedback.en.contains(String(m.feedback.en.dropFirst())),
          "\(key.testDescription) '\(m.id)': the feedback sentence is missing from \(result.feedback)")
      }
    }
  }

  /// Misconceptions of code parts that the files recognise only by lengths or properties: the
  /// classic wrong codes of exercises-math.md, written by hand.
  @Test(
    "hand-written wrong codes are recognised",
    arguments: [
      ("dyadic-code", "code", "[\"10\", \"0\", \"11\"]", "short-code-wrong-symbol"),
      ("dyadic-code", "code", "[\"0\", \"1\", \"11\"]", "code-not-prefix-free"),
      ("uniform3-code", "single-code", "[\"0\", \"1\", \"10\"]", "code-not-prefix-free"),
      ("uniform3-code", "single-code", "[\"00\", \"01\", \"10\"]", "code-not-complete"),
      (
        "uniform3-code", "pair-code",
        "[\"0000\", \"0001\", \"0010\", \"0011\", \"0100\", \"0101\", \"0110\", \"0111\", \"1000\"]", "code-not-complete"
      ),
      (
        "uniform3-code", "pair-code", "[\"000\", \"001\", \"010\", \"011\", \"100\", \"101\", \"110\", \"111\", \"1110\"]",
        "code-not-prefix-free"
      ),
      ("pam3", "mapping", "[\"--\", \"--\", \"-+\", \"0-\", \"00\", \"0+\", \"+-\", \"+0\"]", "mapping-not-injective"),
      (
        "pam3", "mapping",
        "[[-1, -1, -1], [-1, -1, 0], [-1, -1, 1], [-1, 0, -1], [-1, 0, 0], [-1, 0, 1], [-1, 1, -1], [-1, 1, 0]]", "pam3-bits"
      ),
    ])
  func handWrittenCodes(_ exercise: String, _ part: String, _ yaml: String, _ id: String) throws {
    let result = try Shipped.mark(exercise, part, yaml: yaml)
    #expect(result.verdict != .correct && result.verdict != .invalid, "\(result.verdict) — \(result.feedback)")
    #expect(result.misconception == id, "\(result.misconception ?? "nil") — \(result.feedback)")
  }
}
