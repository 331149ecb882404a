import AnswerDocument
import Catalogue
import Checks
import Exact
import Language
import Marking
import Testing

/// Counts the ways a message parses into codewords (more than one: the code is ambiguous there).
func parseCount(_ message: String, _ code: [String]) -> Int {
  let m = Array(message)
  var ways = [Int](repeating: 0, count: m.count + 1)
  ways[0] = 1
  for i in 0..<m.count where ways[i] > 0 {
    for w in code where !w.isEmpty && i + w.count <= m.count && String(m[i..<(i + w.count)]) == w {
      ways[i + w.count] += ways[i]
    }
  }
  return ways[m.count]
}

@Suite("CodeCheck verdicts for dyadic-code/code")
struct CodeCheckTests {
  private func check(_ yaml: String) throws -> CheckOutcome {
    try Fixture.codeCheck().check(try Fixture.node(yaml))
  }

  // MARK: Correct

  @Test("[0, 10, 11] is correct: prefix-free, Kraft 1, 3/2 bits = entropy")
  func worked() throws {
    let o = try check(#"["0", "10", "11"]"#)
    #expect(o.verdict == .correct)
    #expect(o.credit == 1)
    #expect(o.misconception == nil)
    #expect(o.counterexample == nil)
    let text = o.feedback.map(\.text.en).joined(separator: " ")
    #expect(text.contains("prefix-free"))
    #expect(text.contains("Kraft sum 1"))
    #expect(text.contains("expected length 3/2 bits"))
    #expect(text.contains("entropy"))
    #expect(o.method == .exact)
  }

  @Test("[1, 01, 00] is correct: the digits may be swapped")
  func complemented() throws {
    let o = try check(#"["1", "01", "00"]"#)
    #expect(o.verdict == .correct)
    #expect(o.misconception == nil)
  }

  @Test("[0, 11, 10] is correct: B and C may swap (same probability)")
  func equalProbabilitiesSwap() throws {
    #expect(try check(#"["0", "11", "10"]"#).verdict == .correct)
  }

  @Test("unquoted codewords are read from their raw text")
  func unquoted() throws {
    #expect(try check("[0, 10, 11]").verdict == .correct)
    #expect(try check("[1, 01, 00]").verdict == .correct)
  }

  @Test("a block-style YAML list works the same")
  func blockList() throws {
    #expect(try check("- \"0\"\n- \"10\"\n- \"11\"\n").verdict == .correct)
  }

  // MARK: Partial

  @Test("[10, 0, 11] is partial: short-code-wrong-symbol, with the swap as counterexample")
  func shortCodeWrongSymbol() throws {
    let o = try check(#"["10", "0", "11"]"#)
    #expect(o.verdict == .partial)
    #expect(o.credit == 0.5)
    #expect(o.misconception == "short-code-wrong-symbol")
    let swap = try #require(o.counterexample?["swap"])
    #expect(swap.contains("A") && swap.contains("B"))
    let text = o.feedback.map(\.text.en).joined(separator: " ")
    #expect(text.contains("7/4"), "the feedback gives the code's expected length: \(text)")
    #expect(text.contains("1/4"), "the feedback says how much the swap saves: \(text)")
    #expect(text.contains("most probable symbol"), "the misconception's own sentence is included")
  }

  @Test("[00, 01, 10] is partial: Kraft sum 3/4 < 1, no named misconception")
  func incomplete() throws {
    let o = try check(#"["00", "01", "10"]"#)
    #expect(o.verdict == .partial)
    #expect(o.credit == 0.5)
    #expect(o.misconception == nil)
    let text = o.feedback.map(\.text.en).joined(separator: " ")
    #expect(text.contains("Kraft sum 3/4"))
    #expect(text.contains("expected length 2 bits"))
  }

  // MARK: Incorrect

  @Test("[0, 1, 11] is incorrect: code-not-prefix-free, feedback names the prefix")
  func notPrefixFree() throws {
    let o = try check(#"["0", "1", "11"]"#)
    #expect(o.verdict == .incorrect)
    #expect(o.credit == 0)
    #expect(o.misconception == "code-not-prefix-free")
    let text = o.feedback.map(\.text.en).joined(separator: " ")
    #expect(text.contains(#"the codeword "1" of B is a prefix of "11" of C"#), "feedback: \(text)")
    #expect(text.contains("Kraft sum 5/4 > 1"))
    let message = try #require(o.counterexample?["message"])
    let bitsOnly = message.filter { $0 == "0" || $0 == "1" }
    #expect(parseCount(bitsOnly, ["0", "1", "11"]) >= 2, "the counterexample message \(message) has two readings")
  }

  @Test("duplicate codewords are incorrect and named as such")
  func duplicate() throws {
    let o = try check(#"["0", "0", "1"]"#)
    #expect(o.verdict == .incorrect)
    #expect(o.misconception == "code-not-prefix-free")
    let text = o.feedback.map(\.text.en).joined(separator: " ")
    #expect(text.contains("A and B have the same codeword \"0\""), "feedback: \(text)")
  }

  /// {0, 01, 11} is not prefix-free but it is uniquely decodable (reversed, it is the prefix code
  /// {0, 10, 11}): no message has two readings. The verdict stays `incorrect` (the part asks for a
  /// prefix code), but a counterexample "message" must really be ambiguous, and the feedback must
  /// not claim a particular string has two readings when it has one.
  @Test("a counterexample message for a non-prefix code really has two readings")
  func counterexampleMessageIsAmbiguous() throws {
    let o = try check(#"["0", "01", "11"]"#)
    #expect(o.verdict == .incorrect)
    #expect(o.misconception == "code-not-prefix-free")
    if let message = o.counterexample?["message"] {
      let bitsOnly = message.filter { $0 == "0" || $0 == "1" }
      #expect(
        parseCount(bitsOnly, ["0", "01", "11"]) >= 2,
        "counterexample message \(message) has only one reading under {0, 01, 11}")
    }
    let text = o.feedback.map(\.text.en).joined(separator: " ")
    #expect(
      !text.contains("'11' has two readings"),
      "'11' is only C under {0, 01, 11}, yet the feedback says: \(text)")
  }

  // MARK: Malformed

  @Test("wrong number of codewords is invalid, located at the list")
  func wrongCount() throws {
    let o = try check(#"["0", "10"]"#)
    #expect(o.verdict == .invalid)
    #expect(o.feedback.map(\.text.en).joined().contains("expected 3 codewords"))
    #expect(o.location == SourceLocation(line: 1, column: 1))
  }

  @Test("a digit 2 is invalid, located at the 2")
  func badDigit() throws {
    let o = try check(#"["0", "12", "11"]"#)
    #expect(o.verdict == .invalid)
    #expect(o.feedback.map(\.text.en).joined().contains("'12' is not a binary codeword"))
    // [ " 0 " ,   " 1 2   → the 2 is column 9
    #expect(o.location == SourceLocation(line: 1, column: 9))
    // Quoted already: no advice to quote it.
    #expect(!o.feedback.map(\.text.en).joined().contains("quote"))
  }

  @Test("an unquoted bad codeword gets the advice to quote codewords")
  func badDigitUnquoted() throws {
    let o = try check(#"[0, 12, 11]"#)
    #expect(o.verdict == .invalid)
    #expect(o.feedback.map(\.text.en).joined().contains("quote codewords"), "\(o.feedback)")
  }

  @Test("an empty codeword is invalid")
  func emptyWord() throws {
    let o = try check(#"["0", "", "11"]"#)
    #expect(o.verdict == .invalid)
    #expect(o.feedback.map(\.text.en).joined().contains("empty"))
    let at = try #require(o.location)
    #expect(at.line == 1)
    #expect([7, 8].contains(at.column), "at the empty string \"\" (columns 7-8), not \(at)")
  }

  @Test("a mapping by symbol is read in symbol order; one whose keys are no symbols is invalid at the key")
  func mapping() throws {
    #expect(try check(#"{A: "0", B: "10", C: "11"}"#).verdict == .correct)
    let o = try check(#"{x: "0", B: "10", C: "11"}"#)
    #expect(o.verdict == .invalid)
    #expect(o.feedback.map(\.text.en).joined().contains("'x' is not a symbol"))
    #expect(o.location == SourceLocation(line: 1, column: 2))
  }

  @Test("a text or a number where codewords belong is invalid, located there")
  func scalar() throws {
    let o = try check("optimal")
    #expect(o.verdict == .invalid)
    #expect(o.feedback.map(\.text.en).joined().contains("found"))
  }

  /// One line that spells out the list (`0 10 11`, `0, 10, 11`) is read as it; one that does not
  /// hold one word per symbol is still a single value where a list is expected.
  @Test("a single string is read as the list it spells out, or is invalid")
  func singleString() throws {
    #expect(try check(#""0 10 11""#).verdict == .correct)
    let bad = try check(#""0 12 11""#)
    #expect(bad.verdict == .invalid)
    #expect(bad.location == SourceLocation(line: 1, column: 5), "at the digit that is not binary")
    let short = try check(#""0 10""#)
    #expect(short.verdict == .invalid)
    #expect(short.location == SourceLocation(line: 1, column: 2))
  }

  @Test("a nested list in a binary code is invalid, located at the item")
  func nestedList() throws {
    let o = try check("[[0], [1, 0], [1, 1]]")
    #expect(o.verdict == .invalid)
    #expect(o.location == SourceLocation(line: 1, column: 2))
  }

  /// The digit check runs on the trimmed text, but the location is computed in the untrimmed
  /// text, so a quoted codeword with a leading space points one character too far left.
  @Test("a bad digit after a leading space is located at the digit itself")
  func badDigitAfterSpace() throws {
    let o = try check(#"["0", " 12", "11"]"#)
    #expect(o.verdict == .invalid)
    // [ " 0 " ,   "   1 2  → the 2 is column 10
    #expect(o.location == SourceLocation(line: 1, column: 10))
  }

  // MARK: Ternary

  private func ternary(_ yaml: String, _ p: [Rational] = [.q(1, 3), .q(1, 3), .q(1, 3)]) throws -> CheckOutcome {
    CodeCheck(alphabet: .ternary, probabilities: p).check(try Fixture.node(yaml))
  }

  @Test("ternary: one trit per symbol of U3 is correct, as strings or as integer lists")
  func ternaryCorrect() throws {
    #expect(try ternary(#"["-", "0", "+"]"#).verdict == .correct)
    #expect(try ternary("[[-1], [0], [1]]").verdict == .correct)
    #expect(try ternary(#"["+", "-", "0"]"#).verdict == .correct)
  }

  @Test("ternary: a prefix is incorrect and the feedback shows trits")
  func ternaryPrefix() throws {
    let o = try ternary(#"["-", "0", "0+"]"#)
    #expect(o.verdict == .incorrect)
    #expect(o.feedback.map(\.text.en).joined().contains(#""0" of symbol 2 is a prefix of "0+" of symbol 3"#), "\(o.feedback)")
  }

  @Test("ternary: two trits each for U3 is partial (Kraft 1/3)")
  func ternaryLong() throws {
    let o = try ternary(#"["--", "-0", "-+"]"#)
    #expect(o.verdict == .partial)
    #expect(o.feedback.map(\.text.en).joined().contains("Kraft sum 1/3"))
    #expect(o.feedback.map(\.text.en).joined().contains("trits"))
  }

  @Test("ternary: a digit 2 and a trit 2 are invalid")
  func ternaryInvalid() throws {
    let a = try ternary(#"["-", "0", "2"]"#)
    #expect(a.verdict == .invalid)
    #expect(a.location == SourceLocation(line: 1, column: 13))
    let b = try ternary("[[-1], [0], [2]]")
    #expect(b.verdict == .invalid)
    #expect(b.location == SourceLocation(line: 1, column: 14))
  }
}

@Suite("CodeCheck through the Marker: points and file positions")
struct CodeCheckMarkingTests {
  @Test(
    "verdicts and points for the four codes of the brief",
    arguments: [
      (#"["0", "10", "11"]"#, Verdict.correct, 1.0, nil as String?),
      (#"["1", "01", "00"]"#, .correct, 1.0, nil),
      (#"["10", "0", "11"]"#, .partial, 0.5, "short-code-wrong-symbol"),
      (#"["0", "1", "11"]"#, .incorrect, 0.0, "code-not-prefix-free"),
      (#"["00", "01", "10"]"#, .partial, 0.5, nil),
    ])
  func verdicts(code: String, verdict: Verdict, score: Double, misconception: String?) throws {
    let r = try Fixture.markPart("code", code)
    #expect(r.verdict == verdict)
    #expect(r.score == score)
    #expect(r.max == 1)
    #expect(r.misconception == misconception)
    #expect(r.line == 3)
  }

  @Test(
    "malformed codes are invalid with the line and column in the answer file",
    arguments: [
      // value starts at column 11 on line 3: `    code: `
      (#"["0", "10"]"#, 11, "expected 3 codewords"),
      (#"["0", "12", "11"]"#, 19, "not a binary codeword"),
      (#"{A: "0", B: "10", D: "11"}"#, 29, "'D' is not a symbol"),
    ])
  func malformed(code: String, column: Int, message: String) throws {
    let r = try Fixture.markPart("code", code)
    #expect(r.verdict == .invalid)
    #expect(r.score == 0)
    #expect(r.feedback.en.lowercased().contains(message.lowercased()), "feedback: \(r.feedback)")
    #expect(r.line == 3)
    #expect(r.column == column)
  }

  @Test("an empty codeword in the file is invalid at the empty string")
  func emptyInFile() throws {
    let r = try Fixture.markPart("code", #"["0", "", "11"]"#)
    #expect(r.verdict == .invalid)
    #expect(r.line == 3)
    #expect([17, 18].contains(r.column ?? 0), "column \(String(describing: r.column))")
  }
}
