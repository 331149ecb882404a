import AnswerDocument
import Checks
import Exact
import Language
import Testing

/// What a check decided is told by its message ids and its method, whatever the wording: these
/// tests hold the ids the reasons carry, one sentence each.
@Suite("reasons: ids and methods, not wording")
struct ReasonTests {
  func value(_ reference: String, unit: Unit? = nil, alternative: String? = nil) throws -> ValueCheck {
    let accepted =
      try alternative.map {
        [
          Misconception(
            id: "other-reading", feedback: .init(en: "read the other way", ko: "다르게 읽음"),
            match: .expression(try expr($0), text: $0))
        ]
      } ?? []
    return ValueCheck(reference: try expr(reference), referenceText: reference, unit: unit, alternatives: accepted)
  }

  @Test(
    "a value: equal, rounded, too few digits, truncated, wrong, other unit",
    arguments: [
      ("3/2", "value.equal", "exact"), ("1.585", "value.rounded", "certified-bounds"),
      ("1.6", "value.too-few-digits", "certified-bounds"),
      ("1.584", "value.truncated", "certified-bounds"), ("2", "value.not-equal", "certified"),
      ("log(3)", "value.wrong-unit", "certified"),
    ])
  func valueReasons(answer: String, id: String, method: String) throws {
    let reference = answer == "3/2" ? "3/2" : "log2(3)"
    let outcome = try value(reference, unit: .bits).check(scalar(answer))
    #expect(outcome.feedback.first?.id == id, "\(outcome.feedback.map(\.text.en))")
    #expect(outcome.method?.id == method, "\(String(describing: outcome.method))")
  }

  @Test("an accepted other reading says how it matched, under one id")
  func accepted() throws {
    let check = try value("1/2", alternative: "log2(3)")
    for (answer, how) in [("log2(3)", "decided exactly"), ("1.585", "correctly rounded to 4 significant digits")] {
      let outcome = check.check(scalar(answer))
      #expect(outcome.verdict == .correct)
      #expect(outcome.feedback.first?.id == "value.accepted")
      #expect(outcome.feedback.first?.text.en == "accepted (\(how))", "\(outcome.feedback.map(\.text.en))")
    }
  }

  @Test("a map entry that is not a number names its key, under the one id for 'not a number'")
  func mapNotANumber() throws {
    let check = MapCheck(key: "n", keys: 1...4, reference: try expr("n"))
    let outcome = check.check(try #require(try YAMLReader().read("{1: [1, 2]}")))
    #expect(outcome.verdict == .invalid)
    #expect(outcome.feedback.map(\.id) == ["answer.not-a-number"])
    #expect(
      outcome.feedback.first?.text.en.hasPrefix("expected a single number for n = 1") == true,
      "\(outcome.feedback.map(\.text.en))")
  }

  @Test("a binary codeword with another digit: one id; the advice to quote only for a bare word")
  func notBinary() throws {
    let check = CodeCheck(alphabet: .binary, probabilities: [Rational(1, 2), Rational(1, 2)])
    let bare = check.check(try #require(try YAMLReader().read("[0, 12]")))
    let quoted = check.check(try #require(try YAMLReader().read("[\"0\", \"12\"]")))
    #expect(bare.feedback.map(\.id) == ["code.not-binary"] && quoted.feedback.map(\.id) == ["code.not-binary"])
    #expect(bare.feedback[0].text.en.contains("quote codewords"))
    #expect(!quoted.feedback[0].text.en.contains("quote codewords"))
  }

  @Test("a code: optimal, not optimal, not prefix-free, each decided exactly")
  func codeReasons() throws {
    let check = CodeCheck(alphabet: .binary, probabilities: [Rational(1, 2), Rational(1, 4), Rational(1, 4)])
    for (answer, id) in [
      ("[\"0\", \"10\", \"11\"]", "code.optimal"), ("[\"0\", \"10\", \"110\"]", "code.not-optimal"),
      ("[\"0\", \"01\", \"11\"]", "code.not-prefix-free"),
    ] {
      let outcome = check.check(try #require(try YAMLReader().read(answer)))
      #expect(outcome.feedback.first?.id == id, "\(answer): \(outcome.feedback.map(\.text.en))")
      #expect(outcome.method == .exact)
    }
  }

  /// The case, without payload: exhaustive, so a new method does not compile here until it is
  /// named, and then `CheckMethod.all` must hold it too.
  static func caseName(_ m: CheckMethod) -> String {
    switch m {
    case .exact: "exact"
    case .integerPowers: "integerPowers"
    case .certified: "certified"
    case .certifiedAgreement: "certifiedAgreement"
    case .interval: "interval"
    case .certifiedBounds: "certifiedBounds"
    case .sampled: "sampled"
    case .sampledPoint: "sampledPoint"
    case .exactMatch: "exactMatch"
    case .binary64: "binary64"
    case .sampledBinary64: "sampledBinary64"
    case .budget: "budget"
    case .undecided: "undecided"
    case .identity: "identity"
    case .identityBinary64: "identityBinary64"
    }
  }

  @Test("every method has a stable id and a sentence in both languages")
  func methods() {
    #expect(Set(CheckMethod.all.map(Self.caseName)).count == 15, "CheckMethod.all lists every case once")
    #expect(CheckMethod(.exact) == .exact && CheckMethod(.certified(bits: 256)) == .interval(bits: 256))
    #expect(CheckMethod.interval(bits: 256).text.en == "certified with 256-bit interval arithmetic")
    #expect(CheckMethod.identity.id == "identity")
    for method in CheckMethod.all {
      #expect(!method.id.isEmpty && !method.text.en.isEmpty && !method.text.ko.isEmpty)
      #expect(method.id.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(method.id)")
    }
  }
}
