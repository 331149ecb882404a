import AnswerDocument
import Catalogue
import Language
import Testing

/// Where the reader says a scalar's characters are, checked against the file text: an error at
/// offset k of a scalar must point at the file's line and column of that character.
@Suite struct YAMLLocationTests {
  /// The file line and column of every character of `scalar`, found by searching the file for
  /// `needle` (unique) and comparing with `location(ofOffset:)` of its offset in the scalar.
  private func check(
    _ file: String, scalarPath: [String], needle: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    var node = try #require(try YAMLReader().read(file), sourceLocation: sourceLocation)
    for key in scalarPath {
      guard case .mapping(let pairs, _) = node, let next = pairs.first(where: { $0.key.text == key })?.value else {
        Issue.record("no key \(key)", sourceLocation: sourceLocation)
        return
      }
      node = next
    }
    guard case .scalar(let s) = node else {
      Issue.record("not a scalar", sourceLocation: sourceLocation)
      return
    }
    // Offset of the needle in the scalar, in Characters.
    guard let r = s.text.range(of: needle) else {
      Issue.record("needle not in scalar", sourceLocation: sourceLocation)
      return
    }
    let offset = s.text.distance(from: s.text.startIndex, to: r.lowerBound)
    // Line and column of the needle in the file, in Characters, 1-based.
    let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
    var expected: AnswerDocument.SourceLocation?
    for (k, line) in lines.enumerated() {
      if let c = line.range(of: needle) {
        expected = AnswerDocument.SourceLocation(line: k + 1, column: line.distance(from: line.startIndex, to: c.lowerBound) + 1)
        break
      }
    }
    #expect(s.location(ofOffset: offset) == expected, "for '\(needle)'", sourceLocation: sourceLocation)
  }

  @Test func plainScalar() throws {
    try check(
      "answers:\n  dyadic-code:\n    expected-length: 3/2 + sofmax(p)\n",
      scalarPath: ["answers", "dyadic-code", "expected-length"], needle: "sofmax")
  }

  @Test func quotedScalar() throws {
    try check("answers:\n  part: \"1 + 2x\"\n", scalarPath: ["answers", "part"], needle: "2x")
    try check("answers:\n  part: '1 + 2y'\n", scalarPath: ["answers", "part"], needle: "2y")
  }

  @Test func literalBlockScalar() throws {
    let file = """
      answers:
        kl-nonnegative:
          proof: |
            sum(p * log(p / q)) = -sum(p * log(q / p))
            >= -log(sum(p * (q / p)))   # Jensen
            = -log(sum(q))
            = 0

      """
    try check(file, scalarPath: ["answers", "kl-nonnegative", "proof"], needle: "sum(p * log(p / q))")
    try check(file, scalarPath: ["answers", "kl-nonnegative", "proof"], needle: ">= -log")
    try check(file, scalarPath: ["answers", "kl-nonnegative", "proof"], needle: "Jensen")
    try check(file, scalarPath: ["answers", "kl-nonnegative", "proof"], needle: "-log(sum(q))")
  }

  /// The chain exactly as answer-format.md writes it: later lines indented past the first, so
  /// the block scalar keeps their extra spaces in its text.
  @Test func literalBlockScalarWithAlignedSteps() throws {
    let file = """
      answers:
        kl-nonnegative:
          proof: |
            sum(p * log(p / q)) = -sum(p * log(q / p))
                               >= -log(sum(p * (q / p)))   # Jensen: -log is convex
                                = -log(sum(q))
                                = 0

      """
    try check(file, scalarPath: ["answers", "kl-nonnegative", "proof"], needle: ">= -log")
    try check(file, scalarPath: ["answers", "kl-nonnegative", "proof"], needle: "Jensen")
    try check(file, scalarPath: ["answers", "kl-nonnegative", "proof"], needle: "-log(sum(q))")
  }

  /// A folded scalar joins its lines with spaces, so the text has fewer lines than the file: the
  /// reader records where each source line landed in the text.
  @Test func foldedBlockScalar() throws {
    let file = """
      answers:
        part: >
          1 + 2 +
          sofmax(p)

      """
    try check(file, scalarPath: ["answers", "part"], needle: "sofmax")
  }

  @Test func blockScalarWithAKeepIndicatorAndBlankLines() throws {
    let file = "answers:\n  proof: |+\n    a = b\n\n    = c2\n\n"
    try check(file, scalarPath: ["answers", "proof"], needle: "c2")
  }
}
