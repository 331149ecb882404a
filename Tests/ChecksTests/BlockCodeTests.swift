import AnswerDocument
import Checks
import Exact
import Language
import Testing

/// `block-code`: "can you design a better code?" for three equally likely symbols, judged exactly.
@Suite("Block codes")
struct BlockCodeTests {
  let check = BlockCodeCheck(sourceSize: 3, rateToBeat: Rational(2))

  func answer(_ pairs: [(String, String)]) -> AnswerNode {
    .mapping(
      pairs.map { (key: .init(text: $0.0, lineStarts: [SourceLocation(line: 1, column: 1)]), value: scalar($0.1)) },
      at: SourceLocation(line: 1, column: 1))
  }

  func text(_ o: CheckOutcome) -> String { o.feedback.map(\.text.en).joined(separator: " ") }

  @Test(
    "a block code that beats 2 bits is correct, its rate and gap to the entropy stated",
    arguments: [
      ("5", "8", "8/5"), ("2", "4", "2"), ("3", "5", "5/3"), ("12", "20", "5/3"), ("1000", "1585", "317/200"),
    ])
  func better(_ n: String, _ b: String, _ rate: String) {
    let o = check.check(answer([("symbols", n), ("bits", b)]))
    if rate == "2" {
      #expect(o.verdict == .incorrect, "\(text(o))")
      #expect(text(o).contains("does not beat 2"))
      return
    }
    #expect(o.verdict == .correct, "\(text(o))")
    #expect(text(o).contains("a rate of \(rate)"), "\(text(o))")
    #expect(text(o).contains("above the entropy H = log2(3)"))
  }

  @Test("more bits than needed are still a valid code; the feedback says how many would do")
  func loose() {
    let o = check.check(answer([("n", "5"), ("b", "9")]))
    #expect(o.verdict == .correct)
    #expect(text(o).contains("8 bits would do"), "\(text(o))")
  }

  @Test("too few bits cannot give every block a codeword; below the entropy is named impossible")
  func tooFew() {
    let o = check.check(answer([("symbols", "5"), ("bits", "7")]))
    #expect(o.verdict == .incorrect)
    #expect(text(o).contains("more than the 2^7 codewords"))
    #expect(text(o).contains("impossible: no code beats the entropy"), "\(text(o))")
    let pair = check.check(answer([("symbols", "2"), ("bits", "3")]))
    #expect(pair.verdict == .incorrect)
  }

  @Test(
    "malformed answers are invalid",
    arguments: [
      [("symbols", "5")], [("symbols", "0"), ("bits", "3")],
      [("symbols", "x"), ("bits", "3")], [("blocks", "5"), ("bits", "8")],
      [("symbols", "5000"), ("bits", "8000")],
    ])
  func malformed(_ pairs: [(String, String)]) {
    #expect(check.check(answer(pairs)).verdict == .invalid)
    #expect(check.check(scalar("8/5")).verdict == .invalid)
  }
}
