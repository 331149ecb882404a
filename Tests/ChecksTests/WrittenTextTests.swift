import Language
import Testing

@testable import Checks

/// Feedback echoes the learner's expression (`Your -(1 + 2) is not equal …`): read back, the
/// echo must be the same expression, or the sentence misquotes the answer.
@Suite("an answer echoed as written")
struct WrittenTextTests {
  @Test(
    "the echo reads back as the same expression",
    arguments: [
      "-(1 + 2)", "-(a + b)", "(-a) + b", "-(-a)", "(-a)^2", "-a^2", "2^-1", "2^(-1)", "a - -b", "a - (b - c)",
      "(a - b) - c", "-(a*b)", "-a*b", "-(a/b)/c", "1/(2*3)", "(1/2)*3", "-(x^2)^3", "log(-(a + b))",
      "[-(1 + 2), -3, (-1)^2]", "exp(-(a - b)^2/2)", "0.165438", "-0.5", "--a", "e + e^2 + e^3", "(a^b)^c",
      "a^(b^c)", "a/b/c", "a/(b/c)", "a*b + c*d", "(a + b)*(c - d)", "a - b + c", "a - (b + c)", "2^-1*3",
    ])
  func readsBack(_ text: String) throws {
    let e = try Parser.expression(text, limits: .standard)
    let echoed = try Parser.expression(e.writtenText, limits: .standard)
    #expect(echoed.structuralKey == e.structuralKey, "\(text) echoed as \(e.writtenText)")
  }

  @Test("decimals are echoed as written, not as fractions")
  func decimals() throws {
    #expect(try Parser.expression("0.165438", limits: .standard).writtenText == "0.165438")
    #expect(try Parser.expression("-(1 + 2)", limits: .standard).writtenText == "-(1 + 2)")
    // No parentheses the learner did not need: `log(e + e^2 + e^3)`, not `log((e + (e^2)) + (e^3))`.
    #expect(try Parser.expression("log(e + e^2 + e^3)", limits: .standard).writtenText == "log(e + e^2 + e^3)")
    #expect(try Parser.expression("a*b + c/d - 1", limits: .standard).writtenText == "a*b + c/d - 1")
  }
}
