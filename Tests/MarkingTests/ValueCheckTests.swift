import Catalogue
import Checks
import Marking
import Testing

/// Value parts of dyadic-code, marked through the Marker from in-memory answer files. Every
/// answer is on line 3; its text starts at column `part.count + 7`.
@Suite("Value parts of dyadic-code through the Marker")
struct ValueCheckTests {
  // MARK: Correct in several forms

  @Test(
    "expected-length: exact forms are correct, decided exactly",
    arguments: [
      "3/2", "1.5", "1.50", "6/4", "0.5*1+0.25*2+0.25*2", "1/2*1 + 1/4*2 + 1/4*2", "15e-1", "0.1*15",
    ])
  func expectedLengthCorrect(answer: String) throws {
    let r = try Fixture.markPart("expected-length", answer)
    #expect(r.verdict == .correct, "\(answer): \(r.feedback)")
    #expect(r.score == 1)
    #expect(r.max == 1)
    #expect(r.method == "decided exactly")
    #expect(r.misconception == nil)
  }

  @Test(
    "entropy-bits: exact forms are correct",
    arguments: [
      "3/2", "1.5", "-(1/2*log2(1/2)+1/4*log2(1/4)+1/4*log2(1/4))", "3/2*log(2)/log(2)",
      "entropy([1/2, 1/4, 1/4])/log(2)",
    ])
  func entropyBitsCorrect(answer: String) throws {
    let r = try Fixture.markPart("entropy-bits", answer)
    #expect(r.verdict == .correct, "\(answer): \(r.feedback)")
    #expect(r.score == 1)
  }

  @Test(
    "entropy-nats: exact forms are correct",
    arguments: [
      "3/2*log(2)", "log(2^(3/2))", "1.5*ln(2)", "-(1/2*log(1/2)+1/4*log(1/4)+1/4*log(1/4))",
      "log(2) + log(2)/2", "log(sqrt(8))", "entropy([1/2, 1/4, 1/4])",
    ])
  func entropyNatsCorrect(answer: String) throws {
    let r = try Fixture.markPart("entropy-nats", answer)
    #expect(r.verdict == .correct, "\(answer): \(r.feedback)")
    #expect(r.score == 1)
    #expect(r.misconception == nil)
  }

  // MARK: Decimals for an irrational reference (1.5 ln 2 = 1.039720770839917...)

  @Test(
    "entropy-nats: correctly rounded decimals with enough digits are correct",
    arguments: [
      "1.0397", "1.040", "1.03972", "1.03972077084",
    ])
  func roundedDecimals(answer: String) throws {
    let r = try Fixture.markPart("entropy-nats", answer)
    #expect(r.verdict == .correct, "\(answer): \(r.feedback)")
    #expect(r.feedback.en.lowercased().contains("correctly rounded"))
    #expect(r.score == 1)
  }

  @Test("entropy-nats: 1.04 is rounded but has too few digits: partial")
  func tooFewDigits() throws {
    let r = try Fixture.markPart("entropy-nats", "1.04")
    #expect(r.verdict == .partial)
    #expect(r.score == 0.5)
    #expect(r.feedback.en.lowercased().contains("only 3 significant digits"), "\(r.feedback)")
  }

  @Test(
    "entropy-nats: truncated instead of rounded is partial",
    arguments: [
      "1.039",  // rounds to 1.040
      "1.03972077083",  // rounds to 1.03972077084
    ])
  func truncated(answer: String) throws {
    let r = try Fixture.markPart("entropy-nats", answer)
    #expect(r.verdict == .partial, "\(answer): \(r.feedback)")
    #expect(r.feedback.en.lowercased().contains("truncated"))
    #expect(r.score == 0.5)
  }

  /// The correctly rounded value with its last digit off by one is a rounding slip: partial,
  /// said so; a decimal further off is incorrect. Either way the number is echoed as written.
  @Test(
    "entropy-nats: a last digit off by one is a rounding slip; further off is wrong",
    arguments: [
      ("1.0396", true), ("1.0398", true), ("1.03972077085", true), ("1.05", true),
      ("-1.0396", false), ("1.0394", false), ("1.0400", false), ("1.06", false), ("0.165438", false),
    ])
  func offByOneDigit(answer: String, slip: Bool) throws {
    let r = try Fixture.markPart("entropy-nats", answer)
    #expect(r.verdict == (slip ? .partial : .incorrect), "\(answer): \(r.feedback)")
    #expect(r.feedback.en.contains(answer), "\(r.feedback.en)")
    #expect(r.feedback.en.contains("rounding slip") == slip)
    #expect(r.misconception == nil)
    #expect(r.score == (slip ? 0.5 : 0))
  }

  /// ValueCheck promises an exact comparison "when both are exact": 3/2 is a terminating decimal,
  /// so a decimal other than 1.5 is simply wrong, never "correctly rounded" or "truncated" (and
  /// 2e0 and 1e0 cannot both be the correct rounding of 1.5).
  @Test(
    "expected-length: a decimal near the exact 3/2 is incorrect, not rounded or truncated",
    arguments: [
      "1.4999", "2e0", "1e0", "1.49999999999999999999999999999",
    ])
  func nearExactReference(answer: String) throws {
    let r = try Fixture.markPart("expected-length", answer)
    #expect(r.verdict == .incorrect, "\(answer): \(r.feedback)")
    #expect(r.score == 0)
  }

  @Test("a negative decimal for a positive reference is incorrect")
  func negativeDecimal() throws {
    #expect(try Fixture.markPart("entropy-nats", "-1.0397").verdict == .incorrect)
  }

  // MARK: Known wrong answers

  @Test("entropy-bits 1.0397 is the value in nats: nats-vs-bits")
  func bitsGivenNats() throws {
    let r = try Fixture.markPart("entropy-bits", "1.0397")
    #expect(r.verdict == .incorrect)
    #expect(r.misconception == "nats-vs-bits")
    #expect(r.score == 0)
    #expect(r.feedback.en.lowercased().contains("value in nats"), "\(r.feedback)")
  }

  @Test("entropy-bits 3/2*log(2) (exact nats) is nats-vs-bits too")
  func bitsGivenExactNats() throws {
    let r = try Fixture.markPart("entropy-bits", "3/2*log(2)")
    #expect(r.verdict == .incorrect)
    #expect(r.misconception == "nats-vs-bits")
  }

  @Test("entropy-nats given in bits is nats-vs-bits", arguments: ["1.5", "3/2"])
  func natsGivenBits(answer: String) throws {
    let r = try Fixture.markPart("entropy-nats", answer)
    #expect(r.verdict == .incorrect)
    #expect(r.misconception == "nats-vs-bits")
    #expect(r.feedback.en.lowercased().contains("multiply by ln 2"), "the exercise's own sentence: \(r.feedback)")
  }

  @Test("expected-length 5/3 is the unweighted average: average-not-weighted", arguments: ["5/3", "(1+2+2)/3", "1.667"])
  func averageNotWeighted(answer: String) throws {
    let r = try Fixture.markPart("expected-length", answer)
    #expect(r.verdict == .incorrect, "\(answer): \(r.feedback)")
    #expect(r.misconception == "average-not-weighted")
    #expect(r.feedback.en.lowercased().contains("plain average"))
  }

  @Test("entropy-bits 0.5199 is H/2 in nats: binary-entropy-halved", arguments: ["0.5199", "3/4*log(2)"])
  func binaryEntropyHalved(answer: String) throws {
    let r = try Fixture.markPart("entropy-bits", answer)
    #expect(r.verdict == .incorrect, "\(answer): \(r.feedback)")
    #expect(r.misconception == "binary-entropy-halved")
    #expect(r.feedback.en.lowercased().contains("erratum"))
  }

  /// The catalogue's nats-vs-bits entry has no `answer:` (it is found by unit conversion), but the
  /// reader gives it the expression 0, so any answer equal to 0 is reported as nats-vs-bits, with
  /// feedback such as "3/2 is the value in bits".
  @Test(
    "zero is plainly wrong, not nats-vs-bits",
    arguments: [
      ("entropy-bits", "0"), ("entropy-bits", "0.0"), ("entropy-nats", "0"), ("entropy-nats", "0.000"), ("entropy-nats", "-0"),
    ])
  func zeroIsNotNatsVsBits(part: String, answer: String) throws {
    let r = try Fixture.markPart(part, answer)
    #expect(r.verdict == .incorrect)
    #expect(r.misconception == nil, "\(part) \(answer): \(r.feedback)")
  }

  @Test(
    "a plainly wrong value is incorrect with no misconception",
    arguments: [
      ("expected-length", "7"), ("expected-length", "2"), ("entropy-bits", "1"), ("entropy-nats", "2.5"),
      ("entropy-nats", "log(3)"),
    ])
  func plainlyWrong(part: String, answer: String) throws {
    let r = try Fixture.markPart(part, answer)
    #expect(r.verdict == .incorrect, "\(part) \(answer): \(r.feedback)")
    #expect(r.misconception == nil)
    #expect(r.score == 0)
    #expect(r.line == 3)
  }

  // MARK: Malformed answers: invalid, located in the answer

  @Test("3/ is a syntax error, located inside the answer")
  func incomplete() throws {
    let r = try Fixture.markPart("expected-length", "3/")
    let start = Fixture.valueColumn("expected-length")
    #expect(r.verdict == .invalid)
    #expect(r.score == 0)
    #expect(r.line == 3)
    let column = try #require(r.column)
    #expect((start...(start + 2)).contains(column), "column \(column) is not within the answer at \(start)")
  }

  @Test("sofmax(1) is an unknown function with a did-you-mean, located at the name")
  func unknownFunction() throws {
    let r = try Fixture.markPart("entropy-nats", "sofmax(1)")
    #expect(r.verdict == .invalid)
    #expect(r.feedback.en.lowercased().contains("did you mean 'softmax'"), "\(r.feedback)")
    #expect(r.line == 3)
    #expect(r.column == Fixture.valueColumn("entropy-nats"))
  }

  @Test("an unknown name in the middle is located at the name")
  func unknownNameInside() throws {
    let r = try Fixture.markPart("entropy-nats", "3/2*lg(2)")
    #expect(r.verdict == .invalid)
    #expect(r.line == 3)
    #expect(r.column == Fixture.valueColumn("entropy-nats") + 4)
  }

  @Test("a YAML list [1,2] for a value part is invalid: a vector")
  func yamlVector() throws {
    let r = try Fixture.markPart("entropy-bits", "[1,2]")
    #expect(r.verdict == .invalid)
    #expect(r.feedback.en.lowercased().contains("list of 2") || r.feedback.en.lowercased().contains("vector"), "\(r.feedback)")
    #expect(r.line == 3)
    #expect(r.column == Fixture.valueColumn("entropy-bits"))
  }

  @Test("a quoted \"[1, 2]\" evaluates to a vector: invalid")
  func quotedVector() throws {
    let r = try Fixture.markPart("entropy-bits", #""[1, 2]""#)
    #expect(r.verdict == .invalid)
    #expect(r.feedback.en.lowercased().contains("vector"), "\(r.feedback)")
    #expect(r.line == 3)
    let column = try #require(r.column)
    #expect([Fixture.valueColumn("entropy-bits"), Fixture.valueColumn("entropy-bits") + 1].contains(column))
  }

  @Test("1/0 is a division by zero: invalid, located in the answer")
  func divisionByZero() throws {
    let r = try Fixture.markPart("expected-length", "1/0")
    let start = Fixture.valueColumn("expected-length")
    #expect(r.verdict == .invalid)
    #expect(r.feedback.en.lowercased().contains("division by zero"), "\(r.feedback)")
    #expect(r.line == 3)
    let column = try #require(r.column)
    #expect((start...(start + 2)).contains(column))
  }

  @Test("log(0) is outside the domain: invalid, never a crash")
  func logZero() throws {
    let r = try Fixture.markPart("entropy-nats", "log(0)")
    #expect(r.verdict == .invalid)
    #expect(r.line == 3)
  }

  @Test("a mapping for a value part is invalid")
  func mappingForValue() throws {
    let r = try Fixture.markPart("expected-length", "{a: 1}")
    #expect(r.verdict == .invalid)
    #expect(r.line == 3)
    #expect(r.column == Fixture.valueColumn("expected-length"))
  }

  // MARK: All four parts in one file

  @Test("the whole worked example scores 4 of 4")
  func allFour() throws {
    let text = Fixture.dyadicFile([
      ("code", #"["0", "10", "11"]"#), ("expected-length", "3/2"), ("entropy-bits", "1.5"),
      ("entropy-nats", "3/2*log(2)"),
    ])
    let result = try Fixture.marker().mark(text: text, file: "kim.yaml")
    #expect(result.errors.isEmpty)
    #expect(result.score == 4)
    #expect(result.max == 4)
    #expect(result.isAllCorrect)
    let parts = try #require(result.exercises.first).parts
    #expect(parts.map(\.part) == ["code", "expected-length", "entropy-bits", "entropy-nats"])
    #expect(parts.map(\.line) == [3, 4, 5, 6])
  }

  @Test("the wrong example scores 1 of 4 (two halves) with one misconception per wrong part")
  func wrongExample() throws {
    let text = Fixture.dyadicFile([
      ("code", #"["10", "0", "11"]"#), ("expected-length", "5/3"), ("entropy-bits", "1.0397"),
      ("entropy-nats", "1.04"),
    ])
    let result = try Fixture.marker().mark(text: text, file: "lee.yaml")
    let parts = try #require(result.exercises.first).parts
    #expect(parts.map(\.verdict) == [.partial, .incorrect, .incorrect, .partial])
    #expect(parts.map(\.misconception) == ["short-code-wrong-symbol", "average-not-weighted", "nats-vs-bits", nil])
    #expect(result.score == 1)
    #expect(!result.isAllCorrect)
  }
}
