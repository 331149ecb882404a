import Exact
@testable import Language
import Testing

private let variables: [String: Value] = [
  "p": .rationals([Rational(1, 2), Rational(1, 2)]), "lambda": .rational(Rational(1, 2)), "a": .rational(Rational(1)),
]

/// The error of parsing (and, if that succeeds, evaluating) `text` as an expression.
private func error(of text: String, limits: LanguageLimits = .standard) -> ExpressionError? {
  do {
    _ = try evaluate(text, variables, limits: limits)
    return nil
  } catch {
    return error
  }
}

@Suite struct ErrorTests {
  /// Every row: the text, the error kind, its offset (in characters), and a part of the message.
  static let cases: [(String, ExpressionError.Kind, Int, String)] = [
    // Unknown functions and names, with "did you mean".
    ("sofmax([1, 2])", .unknownName, 0, "unknown function 'sofmax'; did you mean 'softmax'?"),
    ("1 + sigmiod(0)", .unknownName, 4, "unknown function 'sigmiod'; did you mean 'sigmoid'?"),
    ("np.sofmax(p)", .unknownName, 0, "did you mean 'softmax'?"),
    ("Log(2)", .unknownName, 0, "unknown function 'Log'; did you mean 'log'?"),
    ("frobnicate(2)", .unknownName, 0, "unknown function 'frobnicate'"),
    ("foo", .unknownName, 0, "unknown name 'foo'"),
    ("2 * lamda", .unknownName, 4, "unknown name 'lamda'; did you mean 'lambda'?"),
    ("λ + μ", .unknownName, 4, "unknown name 'μ'"),
    ("log", .unknownName, 0, "'log' is a function: call it as log(...)"),
    ("1 + softmax", .unknownName, 4, "'softmax' is a function"),
    ("pi", .unknownName, 0, "π is not part of this chapter's answers"),
    ("2 * π", .unknownName, 4, "π is not part of this chapter's answers"),
    // Arity.
    ("log(1, 2)", .arity, 0, "log takes one argument, not 2"),
    ("exp()", .arity, 0, "exp takes one argument, not 0"),
    ("kl(p)", .arity, 0, "kl takes 2 arguments, not 1"),
    ("outer([1])", .arity, 0, "outer takes 2 arguments, not 1"),
    ("max(1, 2, 3)", .arity, 0, "max takes one argument, not 3"),
    ("1 + factorial()", .arity, 4, "factorial takes one argument, not 0"),
    // Types and shapes.
    ("[1, 2] + [1, 2, 3]", .type, 7, "sum of vectors of lengths 2 and 3"),
    ("softmax([[1, 2]])", .type, 0, "softmax expects a vector"),
    ("[1, [2]]", .type, 0, "a list mixes numbers and vectors"),
    ("[[1], [1, 2]]", .type, 0, "matrix rows have different lengths (1, 2)"),
    ("2 @ 3", .type, 2, "'@' needs vectors or matrices"),
    ("argmax([])", .type, 0, "argmax of an empty vector"),
    // Before 10c10e6: a `.limit` error saying "huffman_lengths of more than 256 symbols".
    ("huffman_lengths([])", .type, 0, "empty"),
    // Domains.
    ("log(-1)", .domain, 0, "log of -1, which is not positive"),
    ("log(0)", .domain, 0, "log of 0, which is not positive"),
    ("1 + log([1, 0])", .domain, 4, "log of 0, which is not positive"),
    ("1/0", .domain, 1, "division by zero"),
    ("1/(a - 1)", .domain, 1, "division by zero"),
    ("[1, 2] / [1, 0]", .domain, 7, "division by zero"),
    ("0^-1", .domain, 1, "division by zero"),
    ("0^(-1/2)", .domain, 1, "division by zero"),   // 1/sqrt(0)
    ("0^log(1/2)", .domain, 1, "0 to a power that is not positive"),
    ("sqrt(-1)", .domain, 0, "sqrt of -1, which is negative"),
    ("(-8)^(1/3)", .domain, 4, "a negative number to a non-integer power"),
    ("factorial(-1)", .domain, 0, "factorial takes a non-negative integer"),
    ("factorial(1/2)", .domain, 0, "factorial takes a non-negative integer"),
    ("factorial([1, 2])", .domain, 0, "factorial takes a non-negative integer"),
    ("kl([1/2, 1/2], [1, 0])", .domain, 0, "log of 0, which is not positive"),
    // Limits.
    ("factorial(2001)", .limit, 0, "factorial of more than 2000"),
    ("1e10001", .limit, 0, "the number '1e10001' is too large"),
    ("2^1000000", .limit, 1, "limit exceeded"),
    // Syntax.
    ("", .syntax, 0, "empty expression"),
    ("   ", .syntax, 0, "empty expression"),
    ("# just a comment", .syntax, 0, "empty expression"),
    ("(1 + 2", .syntax, 6, "expected ')' to close the '(' at character 1, found the end"),
    ("((1)", .syntax, 4, "expected ')' to close the '(' at character 1, found the end"),
    ("2 * (1 + (3)", .syntax, 12, "expected ')' to close the '(' at character 5, found the end"),
    ("(1 + 2]", .syntax, 6, "expected ')' to close the '(' at character 1, found ']'"),
    ("log(2", .syntax, 5, "expected ',' or ')' to close the '(' at character 4, found the end"),
    ("[1, 2", .syntax, 5, "expected ',' or ']' to close the '[' at character 1, found the end"),
    ("[1, 2)", .syntax, 5, "expected ',' or ']' to close the '[' at character 1, found ')'"),
    ("1)", .syntax, 1, "unexpected ')' after a complete expression"),
    ("2x", .syntax, 1, "'2' followed by 'x': write multiplication explicitly, as '2*x...'"),
    ("1 + 3lambda", .syntax, 5, "as '3*l...'"),
    ("2 x", .syntax, 2, "unexpected 'x' after a complete expression"),
    ("2 (3)", .syntax, 2, "unexpected '(' after a complete expression"),
    ("1 +", .syntax, 3, "the expression ends where a value was expected"),
    ("* 2", .syntax, 0, "expected a number, name, '(' or '[', found '*'"),
    ("1 + * 2", .syntax, 4, "found '*'"),
    ("[1,, 2]", .syntax, 3, "found ','"),
    ("()", .syntax, 1, "found ')'"),
    ("1 $ 2", .syntax, 2, "unexpected character '$'"),
    ("1 = 2", .syntax, 2, "unexpected relation '=': this part expects an expression, not a claim"),
    ("p <= 1", .syntax, 2, "this part expects an expression, not a claim"),
    // Offsets count characters, so Unicode before the problem moves it by one each.
    ("λ − λ + sofmax(p)", .unknownName, 8, "did you mean 'softmax'?"),
    ("−−log(−1)", .domain, 2, "log of -1"),
    ("λ·(1 + 2", .syntax, 8, "expected ')' to close the '(' at character 3"),
  ]

  @Test(arguments: cases)
  func errorKindOffsetAndMessage(text: String, kind: ExpressionError.Kind, offset: Int, message: String) {
    guard let e = error(of: text) else {
      Issue.record("'\(text)' did not fail")
      return
    }
    #expect(e.kind == kind, "\(e.message)")
    #expect(e.offset == offset, "\(e.message)")
    #expect(e.message.contains(message), "\(e.message)")
    #expect(e.description == e.message)
    #expect(e.offset >= 0 && e.offset <= text.count)
  }

  @Test func relationErrors() {
    #expect(throws: ExpressionError(.syntax, "expected a relation (=, <, <=, >, >=, !=) after the expression", at: 6)) {
      try Parser.relation("1 + 2 ")
    }
    #expect(throws: ExpressionError(.syntax, "unexpected relation '<': this part expects an expression, not a claim", at: 6)) {
      try Parser.relation("a = b < c")
    }
    #expect(throws: ExpressionError(.syntax, "the expression ends where a value was expected", at: 4)) {
      try Parser.relation("a <=")
    }
    #expect(throws: ExpressionError(.syntax, "empty expression", at: 0)) {
      try Parser.relation("")
    }
  }

  @Test func continuationErrors() {
    #expect(throws: ExpressionError(.syntax, "a chain step after the first starts with a relation (=, <=, >=, <, >)", at: 2)) {
      try Parser.continuation("  x = 1")
    }
    #expect(throws: ExpressionError(.syntax, "the expression ends where a value was expected", at: 2)) {
      try Parser.continuation(">=")
    }
  }

  @Test func didYouMeanOffersVariablesToo() {
    let e = error(of: "2 * lamdba")
    #expect(e?.message == "unknown name 'lamdba'; did you mean 'lambda'?")
  }

  @Test(arguments: [
    ("softmax", "sofmax", true), ("softmax", "softmx", true), ("entropy", "entorpy", true),
    ("log", "lg", true), ("log", "xyz", false), ("exp", "ex", true),
    ("cross_entropy", "crossentropy", true), ("kl", "KL", true),
  ])
  func nameSuggestion(expected: String, typed: String, found: Bool) {
    #expect(NameSuggestion.closest(to: typed, among: Functions.names) == (found ? expected : nil))
  }

  @Test func editDistance() {
    #expect(NameSuggestion.distance("", "abc") == 3)
    #expect(NameSuggestion.distance("abc", "") == 3)
    #expect(NameSuggestion.distance("kitten", "sitting") == 3)
    #expect(NameSuggestion.distance("ab", "ba") == 1)   // a transposition is one edit
    #expect(NameSuggestion.distance("softmax", "softmax") == 0)
  }
}
