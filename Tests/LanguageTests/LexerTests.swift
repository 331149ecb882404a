import Testing

@testable import Language

/// The token kinds of `text`, without the final `.end`.
private func kinds(_ text: String) throws(ExpressionError) -> [Token.Kind] {
  let tokens = try Lexer.tokenize(text)
  #expect(tokens.last?.kind == .end)
  return Array(tokens.dropLast().map(\.kind))
}

@Suite struct LexerTests {
  /// A Korean input method in full-width mode: `３／２`, `ｌｏｇ（２）`, the ideographic space.
  @Test func fullWidthFormsReadAsASCII() throws {
    #expect(try kinds("３／２") == kinds("3/2"))
    #expect(try kinds("ｌｏｇ（２）\u{3000}＋\u{3000}１") == kinds("log(2) + 1"))
    #expect(try kinds("［１，　２］") == kinds("[1, 2]"))
    // One character for one: an error after full-width text points at the right place.
    let tokens = try Lexer.tokenize("１＋ｘ")
    #expect(tokens.map(\.offset) == [0, 1, 2, 3])
    // Hangul is not touched.
    #expect(try kinds("비트") == [.identifier("비트")])
  }

  @Test(arguments: [
    ("1+2", [Token.Kind.number("1"), .op("+"), .number("2")]),
    ("a - b", [.identifier("a"), .op("-"), .identifier("b")]),
    ("a*b/c", [.identifier("a"), .op("*"), .identifier("b"), .op("/"), .identifier("c")]),
    ("2^3", [.number("2"), .op("^"), .number("3")]),
    ("2**3", [.number("2"), .op("^"), .number("3")]),
    ("2***3", [.number("2"), .op("^"), .op("*"), .number("3")]),
    ("A@x", [.identifier("A"), .op("@"), .identifier("x")]),
    ("(x)", [.leftParen, .identifier("x"), .rightParen]),
    ("[1, 2]", [.leftBracket, .number("1"), .comma, .number("2"), .rightBracket]),
  ])
  func operatorsAndPunctuation(text: String, expected: [Token.Kind]) throws {
    #expect(try kinds(text) == expected)
  }

  /// The Unicode students paste reads as the ASCII operator.
  @Test(arguments: [
    ("a−b", Token.Kind.op("-")),  // U+2212 minus sign
    ("a–b", .op("-")),  // U+2013 en dash
    ("a·b", .op("*")),  // U+00B7 middle dot
    ("a×b", .op("*")),  // U+00D7 multiplication sign
    ("a⋅b", .op("*")),  // U+22C5 dot operator
    ("a÷b", .op("/")),
  ])
  func unicodeOperators(text: String, op: Token.Kind) throws {
    #expect(try kinds(text) == [.identifier("a"), op, .identifier("b")])
  }

  @Test(arguments: [
    ("a=b", Relation.Operator.equal),
    ("a==b", .equal),
    ("a<b", .less),
    ("a<=b", .lessOrEqual),
    ("a≤b", .lessOrEqual),
    ("a>b", .greater),
    ("a>=b", .greaterOrEqual),
    ("a≥b", .greaterOrEqual),
    ("a!=b", .notEqual),
    ("a≠b", .notEqual),
  ])
  func relations(text: String, relation: Relation.Operator) throws {
    #expect(try kinds(text) == [.identifier("a"), .relation(relation), .identifier("b")])
  }

  @Test(arguments: [
    ("λ", "lambda"),
    ("np.log", "log"),
    ("numpy.exp", "exp"),
    ("math.log2", "log2"),
    ("torch.sum", "sum"),
    ("cross_entropy", "cross_entropy"),
    ("x_1", "x_1"),
    ("p2", "p2"),
    ("np", "np"),
  ])
  func identifiers(text: String, name: String) throws {
    #expect(try kinds(text) == [.identifier(name)])
  }

  @Test func numpyPrefixIsOnlyStrippedBeforeAName() throws {
    // `np.` followed by a digit is the name `np`, then the number `.5`.
    #expect(try kinds("np.5") == [.identifier("np"), .number(".5")])
    // Other prefixes are not stripped: the dot is numpy's attribute dot (`x.T`).
    #expect(try kinds("scipy.log") == [.identifier("scipy"), .dot, .identifier("log")])
  }

  @Test(arguments: ["3", "0.125", ".5", "7.", "1e-3", "2.5E+2", "1e5", "007", "12345678901234567890"])
  func numbers(text: String) throws {
    #expect(try kinds(text) == [.number(text)])
  }

  @Test func numbersStopBeforeOperators() throws {
    #expect(try kinds("3/2") == [.number("3"), .op("/"), .number("2")])
    #expect(try kinds("1e-3-1") == [.number("1e-3"), .op("-"), .number("1")])
    #expect(try kinds("-0.5") == [.op("-"), .number("0.5")])
    #expect(try kinds("1.5.5") == [.number("1.5"), .number(".5")])
  }

  @Test func offsetsAndLengthsCountCharacters() throws {
    let tokens = try Lexer.tokenize("  λ ≤ np.log(10)")
    #expect(tokens.map(\.offset) == [2, 4, 6, 12, 13, 15, 16])
    #expect(tokens.map(\.length) == [1, 1, 6, 1, 2, 1, 0])
    let pow = try Lexer.tokenize("2**3")
    #expect(pow.map(\.offset) == [0, 1, 3, 4])
    #expect(pow.map(\.length) == [1, 2, 1, 0])
  }

  @Test func whitespaceOfAnyKindIsSkipped() throws {
    #expect(try kinds(" \t1\n+\r\n2 ") == [.number("1"), .op("+"), .number("2")])
  }

  @Test func commentRunsToTheEnd() throws {
    let tokens = try Lexer.tokenize("x >= 0   # Jensen: -log is convex (")
    #expect(tokens.map(\.kind) == [.identifier("x"), .relation(.greaterOrEqual), .number("0"), .end])
    #expect(tokens.last?.offset == 9)
    #expect(try kinds("# only a comment") == [])
  }

  @Test func emptyTextIsJustTheEnd() throws {
    #expect(try Lexer.tokenize("") == [Token(kind: .end, offset: 0, length: 0)])
    #expect(try Lexer.tokenize("   ") == [Token(kind: .end, offset: 3, length: 0)])
  }

  /// A number directly followed by a letter is two tokens; the parser reads them as a product.
  @Test(arguments: [
    ("2x", [Token.Kind.number("2"), .identifier("x")]),
    ("3.5p", [.number("3.5"), .identifier("p")]),
    ("1e-3q", [.number("1e-3"), .identifier("q")]),
    ("2e", [.number("2"), .identifier("e")]),
    ("10log(2)", [.number("10"), .identifier("log"), .leftParen, .number("2"), .rightParen]),
    // λ is a name of its own, as on paper: `λa` is λ times a, `aλ` a times λ.
    ("λa", [.identifier("lambda"), .identifier("a")]),
    ("aλ", [.identifier("a"), .identifier("lambda")]),
    ("2λx", [.number("2"), .identifier("lambda"), .identifier("x")]),
    ("λλ", [.identifier("lambda"), .identifier("lambda")]),
    ("lambda", [.identifier("lambda")]),
    // `ln2` is ln 2; `log2` is the function, `ln2x` a name.
    ("ln2", [.identifier("ln"), .number("2")]),
    ("ln10", [.identifier("ln"), .number("10")]),
    ("log2", [.identifier("log2")]),
    ("ln2x", [.identifier("ln2x")]),
  ])
  func implicitMultiplication(text: String, expected: [Token.Kind]) throws {
    #expect(try kinds(text) == expected)
  }

  /// Learners' notation is rewritten before lexing; offsets still point into what was written.
  @Test(arguments: [
    ("√2", [Token.Kind.identifier("sqrt"), .number("2")]),
    ("x²", [.identifier("x"), .op("^"), .number("2")]),
    ("x⁻¹", [.identifier("x"), .op("^"), .leftParen, .op("-"), .number("1"), .rightParen]),
    ("½", [.leftParen, .number("1"), .op("/"), .number("2"), .rightParen]),
    ("Σp", [.identifier(LearnerNotation.sigma), .identifier("p")]),
    (
      "\\frac{1}{2}",
      [.leftParen, .leftParen, .number("1"), .rightParen, .op("/"), .leftParen, .number("2"), .rightParen, .rightParen]
    ),
    ("\\log_2 x", [.identifier("log2"), .identifier("x")]),
    ("a \\cdot b", [.identifier("a"), .op("*"), .identifier("b")]),
    ("x^{2}", [.identifier("x"), .op("^"), .leftParen, .number("2"), .rightParen]),
    ("\\lambda", [.identifier("lambda")]),
    ("x.T", [.identifier("x"), .dot, .identifier("T")]),
  ])
  func learnersNotation(text: String, expected: [Token.Kind]) throws {
    #expect(try kinds(text) == expected)
  }

  @Test func rewrittenNotationKeepsOffsets() throws {
    let tokens = try Lexer.tokenize("√x + y²")
    #expect(tokens.map(\.offset) == [0, 1, 3, 5, 6, 6, 7])
    #expect(tokens[0].length == 1)
  }

  @Test(arguments: [("1 $ 2", 2, "$"), ("a ; b", 2, ";"), ("λ & μ", 2, "&"), ("1 ? 2", 2, "?")])
  func unexpectedCharacter(text: String, offset: Int, character: String) {
    do {
      _ = try Lexer.tokenize(text)
      Issue.record("'\(text)' lexed")
    } catch {
      #expect(error.kind == .syntax)
      #expect(error.offset == offset)
      #expect(error.message.en == "unexpected character '\(character)'")
    }
  }
}
