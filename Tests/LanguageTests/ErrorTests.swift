import Exact
import Localization
import Testing

@testable import Language

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
    ("0^(-1/2)", .domain, 1, "division by zero"),  // 1/sqrt(0)
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
    (
      "[1 2]", .syntax, 3,
      "the number '2' follows '1' with nothing between: separate list entries with ',', or write '*' to multiply"
    ),
    (
      "log 2x", .syntax, 5,
      "'log 2' followed by 'x' is ambiguous: put parentheses around what log applies to, as log(2) or log(2...)"
    ),
    ("ln x^2", .syntax, 4, "'ln x' followed by '^' is ambiguous"),
    ("sum p*log(p)", .syntax, 5, "'sum p' followed by '*' is ambiguous"),
    ("\\frac{1}{2} + \\mathbb{R}", .syntax, 14, "softcheck does not read the LaTeX command '\\mathbb'"),
    ("x.", .syntax, 2, "expected .T or a method such as .sum() after '.', found the end"),
    ("p.shape", .syntax, 7, "'.shape' is not read: write .T, or a method call with parentheses, as x.sum()"),
    ("p[0", .syntax, 3, "expected ']' to close the index opened at character 2, found the end"),
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
    #expect(e.kind == kind, "\(e)")
    #expect(e.offset == offset, "\(e)")
    #expect(e.message.en.contains(message), "\(e)")
    #expect(e.message.en == e.description)
    #expect(e.offset >= 0 && e.offset <= text.count)
    expectKorean(e)
  }

  /// The error `body` throws must have this kind, English sentence and offset, and Korean text.
  private func expectError(
    _ kind: ExpressionError.Kind, _ english: String, at offset: Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
  ) {
    let e = #expect(throws: ExpressionError.self, sourceLocation: sourceLocation) { try body() }
    guard let e else { return }
    #expect(e.kind == kind, sourceLocation: sourceLocation)
    #expect(e.message.en == english, sourceLocation: sourceLocation)
    #expect(e.offset == offset, sourceLocation: sourceLocation)
    expectKorean(e, sourceLocation: sourceLocation)
  }

  @Test func relationErrors() {
    expectError(.syntax, "expected a relation (=, <, <=, >, >=, !=) after the expression", at: 6) {
      _ = try Parser.relation("1 + 2 ")
    }
    expectError(.syntax, "unexpected relation '<': this part expects an expression, not a claim", at: 6) {
      _ = try Parser.relation("a = b < c")
    }
    expectError(.syntax, "the expression ends where a value was expected", at: 4) {
      _ = try Parser.relation("a <=")
    }
    expectError(.syntax, "empty expression", at: 0) {
      _ = try Parser.relation("")
    }
  }

  @Test func continuationErrors() {
    expectError(.syntax, "a chain step after the first starts with a relation (=, <=, >=, <, >)", at: 2) {
      _ = try Parser.continuation("  x = 1")
    }
    expectError(.syntax, "the expression ends where a value was expected", at: 2) {
      _ = try Parser.continuation(">=")
    }
  }

  /// `1.5 bits`: the unit is named as the slip, in both languages; other trailing words are not.
  @Test func unitAfterANumber() {
    expectError(.syntax, "leave out the unit 'bits': write the number alone (the part states its unit)", at: 4) {
      _ = try Parser.expression("1.5 bits")
    }
    let korean = error(of: "3/2 비트")
    #expect(korean?.message.ko == "단위 '비트' 없이 수만 쓰세요 (단위는 문항에 정해져 있습니다)")
    // Another word after a number reads as a product (`2 x`), so it is an unknown name.
    #expect(error(of: "1.5 apples")?.message.en == "unknown name 'apples'")
    // Written without a space, as Korean usually writes it: the same slip, located at the unit.
    expectError(.syntax, "leave out the unit '비트': write the number alone (the part states its unit)", at: 1) {
      _ = try Parser.expression("2비트")
    }
    expectError(.syntax, "leave out the unit 'bits': write the number alone (the part states its unit)", at: 3) {
      _ = try Parser.expression("1.5bits")
    }
    #expect(error(of: "2x")?.message.en.hasPrefix("unknown name 'x'") == true)
  }

  @Test func didYouMeanOffersVariablesToo() {
    let e = error(of: "2 * lamdba")
    #expect(e?.message.en == "unknown name 'lamdba'; did you mean 'lambda'?")
    #expect(e?.message.ko == "알 수 없는 이름 'lamdba'입니다. 혹시 'lambda' 말인가요?")
  }

  /// Korean sentences keep every number, name and code word, with particles that fit them.
  @Test(arguments: [
    ("sofmax([1, 2])", "알 수 없는 함수 'sofmax'입니다. 혹시 'softmax' 말인가요?"),
    ("log", "'log'은(는) 함수입니다: log(...)처럼 호출하세요"),
    ("log(1, 2)", "log의 인수는 1개여야 합니다 (받은 인수: 2개)"),
    ("[1, 2] + [1, 2, 3]", "길이가 서로 다른 두 벡터(길이 2, 3)의 합"),
    ("[1, 2] + [[1, 2]]", "길이 2인 벡터와 1×2 행렬의 합"),
    ("[[1, 2]] * [1, 2]", "1×2 행렬과 길이 2인 벡터의 곱"),
    ("softmax([[1]])", "softmax의 인수는 벡터여야 합니다 (받은 것: 1×1 행렬)"),
    ("outer([1], [[1]])", "outer의 두 번째 인수는 벡터여야 합니다 (받은 것: 1×1 행렬)"),
    ("[[1, 2]] @ [[1, 2]]", "1×2 행렬과 1×2 행렬의 행렬 곱: 안쪽 크기가 다릅니다"),
    ("log(-1)", "양수가 아닌 -1의 로그"),
    ("sqrt(-1)", "음수 -1의 제곱근"),
    ("1/0", "0으로 나눌 수 없습니다"),
    ("(-8)^(1/3)", "지수가 정수가 아닌 음수의 거듭제곱"),
    ("1e10001", "수 '1e10001'이 너무 큽니다 (한도 초과: 10000보다 큰 십진 지수)"),
    ("[1 2]", "수 '2'가 '1' 바로 뒤에 붙어 있습니다: 목록의 항목은 ','로 나누고, 곱하려면 '*'를 쓰세요"),
    ("log 2x", "'log 2' 뒤의 'x' 때문에 뜻이 모호합니다: log(2) 또는 log(2...)처럼 log의 인수를 괄호로 감싸세요"),
    ("p[5]", "인덱스가 범위를 벗어났습니다: 인덱스는 numpy처럼 0부터 셉니다. 성분이 2개이므로 0부터 1까지(끝에서부터는 -2부터 -1까지) 쓸 수 있고, 첫 성분은 [0]입니다"),
    ("(1 + 2", "1번째 문자의 '('를 닫는 ')'가 와야 합니다 (찾은 것: 식의 끝)"),
    ("[1, 2)", "1번째 문자에서 연 '[' 안에서는 항목 뒤에 ',' 또는 닫는 ']' 기호가 와야 합니다 (찾은 것: ')')"),
    ("1 = 2", "예상하지 못한 관계 기호 '=': 이 문항에는 관계식(주장)이 아니라 식을 써야 합니다"),
  ])
  func koreanMessage(text: String, korean: String) {
    #expect(error(of: text)?.message.ko == korean)
  }

  @Test func koreanParticles() {
    #expect(KoreanParticle.subject.after("'x'") == "'x'가")
    #expect(KoreanParticle.subject.after("'l'") == "'l'이")
    #expect(KoreanParticle.subject.after("'z'") == "'z'가", "z is 제트")
    #expect(KoreanParticle.topic.after("'1'") == "'1'은")
    #expect(KoreanParticle.topic.after("'2'") == "'2'는")
    #expect(KoreanParticle.topic.after("100") == "100은")
    #expect(KoreanParticle.and.after("수") == "수와")
    #expect(KoreanParticle.and.after("행렬") == "행렬과")
    #expect(KoreanParticle.means.after("행렬") == "행렬로")
    #expect(KoreanParticle.means.after("3") == "3으로")
    #expect(KoreanParticle.object.after("'log'") == "'log'을(를)")
    #expect(KoreanParticle.subject.after("')'") == "')'이(가)")
  }

  /// An arithmetic error reaches the learner as the whole sentence `Exact` wrote where it threw,
  /// in both languages, its number kept.
  @Test(arguments: [
    ("log(-1/2)", ExpressionError.Kind.domain, "log of -1/2, which is not positive", "양수가 아닌 -1/2의 로그"),
    ("sqrt(-3)", .domain, "sqrt of -3, which is negative", "음수 -3의 제곱근"),
    ("0^log(1/2)", .domain, "0 to a power that is not positive", "지수가 양수가 아닌 0의 거듭제곱"),
    ("1/(a - 1)", .domain, "division by zero", "0으로 나눌 수 없습니다"),
    ("2^1000000", .limit, "limit exceeded: an exponent above 262144", "한도 초과: 262144보다 큰 지수"),
    (
      "1e30001", .limit, "the number '1e30001' is too large (limit exceeded: a decimal exponent above 10000)",
      "수 '1e30001'이 너무 큽니다 (한도 초과: 10000보다 큰 십진 지수)"
    ),
  ])
  func arithmeticErrorsInKorean(text: String, kind: ExpressionError.Kind, english: String, korean: String) {
    let e = error(of: text)
    #expect(e?.kind == kind)
    #expect(e?.message == LocalizedText(en: english, ko: korean))
  }

  /// Each kind of arithmetic error becomes its expression-error kind, with the sentence unchanged.
  @Test func arithmeticErrorKindsAndSentences() throws {
    let evaluator = Evaluator()
    func caught(_ body: () throws -> Void) -> ExpressionError? {
      do { try evaluator.exact(3, body) } catch { return error }
      return nil
    }
    // A computed zero cannot be decided at 256 bits.
    let e = try RealValue.exp(.rational(Rational(1, 5)))
    let zero = try RealValue.difference(e, e)
    let undecided = caught { _ = try zero.signum(limits: ExactLimits(maxPrecision: 256)) }
    #expect(undecided?.kind == .undecided)
    #expect(undecided?.offset == 3)
    #expect(
      undecided?.message
        == LocalizedText(
          en: "could not decide: a value that is zero to 256 bits",
          ko: "판정할 수 없습니다: 256비트 정밀도까지 0인 값"))
    let limit = caught { _ = try BigInteger(1).shiftedLeft(by: 64, limits: ExactLimits(maxBits: 64)) }
    #expect(limit?.kind == .limit)
    #expect(
      limit?.message
        == LocalizedText(
          en: "limit exceeded: an integer of more than 64 bits",
          ko: "한도 초과: 64비트를 넘는 정수"))
    let division = caught { _ = try Rational(1) / .zero }
    #expect(division?.kind == .domain)
    #expect(division?.message == ArithmeticError.divisionByZero.text)
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
    #expect(NameSuggestion.distance("ab", "ba") == 1)  // a transposition is one edit
    #expect(NameSuggestion.distance("softmax", "softmax") == 0)
  }
}
