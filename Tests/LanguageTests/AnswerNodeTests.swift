import AnswerDocument
import Exact
import Language
import Testing

typealias Location = AnswerDocument.SourceLocation

private func at(_ line: Int, _ column: Int) -> Location { Location(line: line, column: column) }

@Suite struct AnswerNodeTests {
  // MARK: - location(ofOffset:)

  /// `softmax: sofmax(p)` with the value at line 7, column 21.
  @Test(arguments: [(0, at(7, 21)), (1, at(7, 22)), (6, at(7, 27)), (8, at(7, 29)), (9, at(7, 30))])
  func singleLine(offset: Int, expected: Location) {
    let s = AnswerNode.ScalarText(text: "sofmax(p)", lineStarts: [at(7, 21)])
    #expect(s.location(ofOffset: offset) == expected)
  }

  @Test func offsetsCountCharactersNotBytes() {
    // `λ − λ` is three one-character tokens apart even though λ and − take 2 and 3 bytes.
    let s = AnswerNode.ScalarText(text: "λ − λ + sofmax(p)", lineStarts: [at(2, 5)])
    #expect(s.location(ofOffset: 8) == at(2, 13))
  }

  @Test func quotedScalarStartsAfterTheQuote() {
    // `code: "1 + 2x"` with the quote at column 7: the reader gives column 8 for the first character.
    let s = AnswerNode.ScalarText(text: "1 + 2x", lineStarts: [at(3, 8)], quoted: true)
    #expect(s.location(ofOffset: 5) == at(3, 13))
    #expect(s.quoted)
  }

  /// A block scalar (a chain, one step a line), each line starting where the file has it.
  ///
  ///     10 |    proof: |
  ///     11 |      sum(p * log(p / q)) = -sum(p * log(q / p))
  ///     12 |      >= -log(sum(p * (q / p)))   # Jensen
  ///     13 |      = -log(sum(q))
  ///     14 |      = 0
  static let chain = AnswerNode.ScalarText(
    text: "sum(p * log(p / q)) = -sum(p * log(q / p))\n>= -log(sum(p * (q / p)))   # Jensen\n= -log(sum(q))\n= 0\n",
    lineStarts: [at(11, 7), at(12, 7), at(13, 7), at(14, 7), at(15, 1)], quoted: true)

  @Test(arguments: [
    (0, at(11, 7)),  // `sum`
    (20, at(11, 27)),  // `=` on the first line
    (42, at(11, 49)),  // the newline ending line 1 is still on line 1
    (43, at(12, 7)),  // `>=`
    (47, at(12, 11)),  // `log`
    (81, at(13, 8)),  // the space after `=` on line 13 (`=` is at 80)
    (95, at(14, 7)),  // `=` on line 14
    (97, at(14, 9)),  // `0`
    (99, at(15, 1)),  // the end of the text
  ])
  func blockScalar(offset: Int, expected: Location) {
    #expect(AnswerNodeTests.chain.location(ofOffset: offset) == expected)
  }

  /// Lines indented more than the block keep their extra spaces in the text; the line start
  /// is where the block's indentation ends, so columns still come out right.
  @Test func blockScalarWithDeeperLines() {
    //     20 |  proof: |
    //     21 |    a = b
    //     22 |        >= c
    let s = AnswerNode.ScalarText(text: "a = b\n    >= c", lineStarts: [at(21, 5), at(22, 5)])
    #expect(s.location(ofOffset: 10) == at(22, 9))  // `>=`
  }

  @Test func linesBeyondTheKnownStartsFallBackToColumnOne() {
    let s = AnswerNode.ScalarText(text: "a\nb\nc + d", lineStarts: [at(5, 3)])
    #expect(s.location(ofOffset: 0) == at(5, 3))
    #expect(s.location(ofOffset: 2) == at(6, 1))
    #expect(s.location(ofOffset: 6) == at(7, 3))
  }

  @Test func offsetsPastTheEndStopAtTheEnd() {
    let s = AnswerNode.ScalarText(text: "ab", lineStarts: [at(1, 10)])
    #expect(s.location(ofOffset: 2) == at(1, 12))
    #expect(s.location(ofOffset: 50) == at(1, 12))
  }

  @Test func noLineStartsMeansTheStartOfTheFile() {
    let s = AnswerNode.ScalarText(text: "x", lineStarts: [])
    #expect(s.location(ofOffset: 0) == at(1, 1))
    #expect(s.location(ofOffset: 1) == at(1, 1))
  }

  @Test func emptyText() {
    let s = AnswerNode.ScalarText(text: "", lineStarts: [at(4, 9)])
    #expect(s.location(ofOffset: 0) == at(4, 9))
  }

  // MARK: - Nodes

  @Test func nodeLocations() {
    let scalar = AnswerNode.scalar(.init(text: "3/2", lineStarts: [at(2, 5)]))
    #expect(scalar.location == at(2, 5))
    #expect(AnswerNode.sequence([scalar], at: at(1, 3)).location == at(1, 3))
    #expect(AnswerNode.mapping([], at: at(9, 1)).location == at(9, 1))
  }

  @Test func flattenedText() {
    func sc(_ t: String) -> AnswerNode { .scalar(.init(text: t, lineStarts: [at(1, 1)])) }
    #expect(sc("1/2").flattenedText == "1/2")
    #expect(AnswerNode.sequence([sc("0.2"), sc("1.5"), sc("-2")], at: at(1, 1)).flattenedText == "[0.2, 1.5, -2]")
    let matrix = AnswerNode.sequence(
      [
        .sequence([sc("1/4"), sc("-1/4")], at: at(1, 1)),
        .sequence([sc("-1/4"), sc("1/4")], at: at(2, 1)),
      ], at: at(1, 1))
    #expect(matrix.flattenedText == "[[1/4, -1/4], [-1/4, 1/4]]")
    #expect(AnswerNode.sequence([], at: at(1, 1)).flattenedText == "[]")
    let map = AnswerNode.mapping([(key: .init(text: "a", lineStarts: [at(1, 1)]), value: sc("1"))], at: at(1, 1))
    #expect(map.flattenedText == nil)
    #expect(AnswerNode.sequence([sc("1"), map], at: at(1, 1)).flattenedText == nil)
  }

  @Test func shapeDescriptions() {
    let one = AnswerNode.scalar(.init(text: "1", lineStarts: []))
    #expect(one.shapeText.en == "a single value")
    #expect(AnswerNode.sequence([one, one], at: at(1, 1)).shapeText.en == "a list of 2")
    #expect(AnswerNode.mapping([], at: at(1, 1)).shapeText.en == "a mapping")
    #expect(one.shapeText.ko == "값 하나")
    #expect(AnswerNode.sequence([one, one], at: at(1, 1)).shapeText.ko == "항목이 2개인 목록")
    #expect(AnswerNode.mapping([], at: at(1, 1)).shapeText.ko == "매핑")
    #expect(Value.rational(Rational(1)).shapeText.ko == "수 하나")
    #expect(Value.rationals([Rational(1), Rational(2)]).shapeText.ko == "길이 2인 벡터")
    #expect(Value.vector([]).shapeText.en == "a vector of length 0")
  }

  @Test func sourceLocationOrderAndDescription() {
    #expect(at(1, 9) < at(2, 1))
    #expect(at(2, 1) < at(2, 2))
    #expect(!(at(2, 2) < at(2, 2)))
    #expect(at(12, 7).description == "12:7")
  }

  @Test(arguments: [("  x  ", "x"), ("x", "x"), ("   ", ""), ("", ""), ("\t a b \n", "a b")])
  func trimmed(text: String, expected: String) {
    #expect(text.trimmed == expected)
  }
}
