import Exact
import Testing

@testable import Language

private let p: Value = vec([Rational(1, 2), Rational(1, 4), Rational(1, 4)])
private let q: Value = vec([Rational(1, 3), Rational(1, 3), Rational(1, 3)])
private let variables: [String: Value] = [
  "p": p, "q": q, "x": .rational(Rational(3)), "a": .rational(Rational(1, 2)), "lambda": .rational(Rational(1, 10)),
  "A": .matrix([[r(1), r(2)], [r(3), r(4)]]),
]

private func m(_ rows: [[Int]]) -> Value { .matrix(rows.map { $0.map { r($0) } }) }
private func v(_ xs: [Int]) -> Value { .vector(xs.map { r($0) }) }
private func s(_ x: RealValue) -> Value { .scalar(x) }

@Suite struct EvaluatorTests {
  // MARK: - Operators

  @Test(arguments: [
    ("1/2 + 1/3", s(r(5, 6))),
    ("1 - 1/3", s(r(2, 3))),
    ("2/3 * 3/4", s(r(1, 2))),
    ("1/3 / 2", s(r(1, 6))),
    ("2^10", s(r(1024))),
    ("(2/3)^-2", s(r(9, 4))),
    ("4^(1/2)", s(r(2))),
    ("27^(2/3)", s(r(9))),
    ("(9/4)^(1/2)", s(r(3, 2))),
    ("(-2)^3", s(r(-8))),
    ("0^0", s(r(1))),
    ("0^(1/2)", s(r(0))),
    ("-(-3)", s(r(3))),
    ("0.1 + 0.2", s(r(3, 10))),
    ("1 - 1/2^10", s(r(1023, 1024))),
    ("1e-3 * 2.5e2", s(r(1, 4))),
  ])
  func scalarOperators(text: String, expected: Value) {
    expectValue(text, expected)
  }

  /// Sums, products and quotients of logarithms stay exact.
  @Test(arguments: [
    ("log(2) + log(3)", s(ln(6))),
    ("log(6) - log(3)", s(ln(2))),
    ("2 * log(3)", s(ln(9))),
    ("log(9) / 2", s(ln(3))),
    ("-log(2)", s(ln(1, 2))),
    ("log(8) / log(2)", s(r(3))),
    ("log(1/4) / log(2)", s(r(-2))),
    ("log(3) / log(2)", s(try! RealValue.log2(r(3)))),
    ("log2(3) * log(2)", s(ln(3))),
    ("-log(0.7)", s(ln(10, 7))),
  ])
  func logarithmArithmetic(text: String, expected: Value) {
    expectValue(text, expected)
  }

  /// Vectors and matrices work entry by entry, broadcasting scalars, as in numpy.
  @Test(arguments: [
    ("[1, 2] + [3, 4]", v([4, 6])),
    ("[1, 2] - [3, 4]", v([-2, -2])),
    ("[1, 2] * [3, 4]", v([3, 8])),
    ("[1, 2] / [4, 4]", Value.rationals([Rational(1, 4), Rational(1, 2)])),
    ("[1, 2] ^ [3, 2]", v([1, 4])),
    ("[1, 2] + 1", v([2, 3])),
    ("1 + [1, 2]", v([2, 3])),
    ("1 - [1, 2]", v([0, -1])),
    ("[1, 2] - 1", v([0, 1])),
    ("2 * [1, 2]", v([2, 4])),
    ("[1, 2] * 2", v([2, 4])),
    ("1 / [1, 2]", Value.rationals([Rational(1), Rational(1, 2)])),
    ("[2, 4] / 2", v([1, 2])),
    ("2 ^ [1, 2]", v([2, 4])),
    ("[1, 2] ^ 2", v([1, 4])),
    ("-[1, -2]", v([-1, 2])),
    ("[[1, 2], [3, 4]] + [[1, 1], [1, 1]]", m([[2, 3], [4, 5]])),
    ("[[1, 2], [3, 4]] * [[2, 2], [2, 2]]", m([[2, 4], [6, 8]])),
    ("[[1, 2], [3, 4]] - 1", m([[0, 1], [2, 3]])),
    ("10 * [[1, 2], [3, 4]]", m([[10, 20], [30, 40]])),
    ("-[[1, 2], [3, 4]]", m([[-1, -2], [-3, -4]])),
    ("[[1, 2], [3, 4]] ^ 2", m([[1, 4], [9, 16]])),
    ("p * 4", v([2, 1, 1])),
    ("p / q", Value.rationals([Rational(3, 2), Rational(3, 4), Rational(3, 4)])),
    ("[]", Value.vector([])),
    ("[] + 1", Value.vector([])),
  ])
  func elementwise(text: String, expected: Value) {
    expectValue(text, expected, variables)
  }

  @Test(arguments: [
    // matrix @ matrix
    ("[[1, 2], [3, 4]] @ [[5, 6], [7, 8]]", m([[19, 22], [43, 50]])),
    ("[[1, 2, 3], [4, 5, 6]] @ [[1, 0], [0, 1], [1, 1]]", m([[4, 5], [10, 11]])),
    ("A @ [[1, 0], [0, 1]]", m([[1, 2], [3, 4]])),
    // matrix @ vector
    ("[[1, 2], [3, 4]] @ [1, 1]", v([3, 7])),
    ("A @ [1, 0]", v([1, 3])),
    // vector @ matrix
    ("[1, 1] @ [[1, 2], [3, 4]]", v([4, 6])),
    // vector @ vector (dot product)
    ("[1, 2] @ [3, 4]", s(r(11))),
    ("p @ [2, 4, 8]", s(r(4))),
    ("[] @ []", s(r(0))),
  ])
  func matrixProducts(text: String, expected: Value) {
    expectValue(text, expected, variables)
  }

  // MARK: - Names

  @Test func variablesAndConstants() {
    expectValue("2 * lambda", s(r(1, 5)), variables)
    expectValue("2 * λ", s(r(1, 5)), variables)
    expectValue("x", s(r(3)), variables)
    expectValue("p", p, variables)
    expectValue("log(e)", s(r(1)))
    expectValue("e^0", s(r(1)))
    expectValue("e^log(2)", s(r(2)))
    expectValue("e^(log(2) + log(3))", s(r(6)))
    expectValue("e^-log(2)", s(r(1, 2)))
    expectValue("e^[0, log(3)]", v([1, 3]))
    // `e` is certified, not exact: 2.71828 < e < 2.71829.
    guard let e = try? evaluate("e").entries.first else {
      Issue.record("e")
      return
    }
    #expect((try? RealValue.compare(e, r(271828, 100000)))?.order == 1)
    #expect((try? RealValue.compare(e, r(271829, 100000)))?.order == -1)
    // A variable named `e` shadows the constant, also in `e^x`.
    expectValue("e^2", s(r(9)), ["e": .rational(Rational(3))])
  }

  @Test func eToTheXIsExp() throws {
    // e^x and exp(x) give the same value exactly when exact, and the same enclosure otherwise.
    let a = try #require(try evaluate("e^(1/3)").entries.first)
    let b = try #require(try evaluate("exp(1/3)").entries.first)
    #expect(a.isExact == false)
    let c = try RealValue.compare(RealValue.log(a), RealValue.log(b))
    #expect(c.order == 0 && c.method == .exact)
  }

  // MARK: - Functions

  /// One table row per function, with an exact expected value wherever the value is exact.
  static let functionCases: [(function: String, text: String, expected: Value)] = [
    ("exp", "exp(0)", s(r(1))),
    ("exp", "exp(log(3))", s(r(3))),
    ("exp", "exp(2*log(2) - log(3))", s(r(4, 3))),
    ("exp", "exp([0, log(5)])", v([1, 5])),
    ("log", "log(1)", s(r(0))),
    ("log", "log(8)", s(times(Rational(3), ln(2)))),
    ("log", "log(1/2)", s(ln(1, 2))),
    ("log", "log(5/3)", s(ln(5, 3))),
    ("log", "log(exp(1/3))", s(r(1, 3))),
    ("log", "log([1, 2, 4])", .vector([r(0), ln(2), ln(4)])),
    ("ln", "ln(4)", s(times(Rational(2), ln(2)))),
    ("log2", "log2(8)", s(r(3))),
    ("log2", "log2(1/4)", s(r(-2))),
    ("log2", "log2(1024)", s(r(10))),
    ("log10", "log10(1000)", s(r(3))),
    ("log10", "log10(1/100)", s(r(-2))),
    ("log10", "log10(1)", s(r(0))),
    ("sqrt", "sqrt(9/4)", s(r(3, 2))),
    ("sqrt", "sqrt(0)", s(r(0))),
    ("sqrt", "sqrt([1, 4, 9])", v([1, 2, 3])),
    ("abs", "abs(-3/2)", s(r(3, 2))),
    ("abs", "abs([-1, 0, 2])", v([1, 0, 2])),
    ("abs", "abs(log(1/2))", s(ln(2))),
    ("max", "max([1, 3, 2])", s(r(3))),
    ("max", "max(1, 2)", s(r(2))),
    ("max", "max([1, 2], [3, 0])", v([3, 2])),
    ("max", "max([1, 2], 3/2)", Value.rationals([Rational(3, 2), Rational(2)])),
    ("max", "max(log(2), log(3))", s(ln(3))),
    ("max", "max(p)", s(r(1, 2))),
    ("min", "min([1, 3, 2])", s(r(1))),
    ("min", "min(1, 2)", s(r(1))),
    ("min", "min([1, 2], [3, 0])", v([1, 0])),
    ("min", "min(log(2), 1)", s(ln(2))),
    ("min", "min(7)", s(r(7))),
    ("sum", "sum([1, 2, 3])", s(r(6))),
    ("sum", "sum([])", s(r(0))),
    ("sum", "sum(5)", s(r(5))),
    ("sum", "sum([[1, 2], [3, 4]])", s(r(10))),
    ("sum", "sum(p)", s(r(1))),
    ("sum", "-sum(p * log(p))", s(times(Rational(3, 2), ln(2)))),
    ("mean", "mean([1, 2, 3, 4])", s(r(5, 2))),
    ("mean", "mean(p)", s(r(1, 3))),
    ("mean", "mean([[1, 2], [3, 6]])", s(r(3))),
    ("softmax", "softmax([log(2), 0, 0])", .vector([r(1, 2), r(1, 4), r(1, 4)])),
    ("softmax", "softmax([0, 0])", .vector([r(1, 2), r(1, 2)])),
    ("softmax", "softmax([log(1), log(3)])", .vector([r(1, 4), r(3, 4)])),
    ("softmax", "softmax(log(p))", p),
    ("sigmoid", "sigmoid(0)", s(r(1, 2))),
    ("sigmoid", "sigmoid(log(3))", s(r(3, 4))),
    ("sigmoid", "sigmoid(-log(3))", s(r(1, 4))),
    ("sigmoid", "sigmoid([0, log(4)])", .vector([r(1, 2), r(4, 5)])),
    ("diag", "diag([1, 2])", m([[1, 0], [0, 2]])),
    ("diag", "diag([5])", m([[5]])),
    ("outer", "outer([1, 2], [3, 4])", m([[3, 4], [6, 8]])),
    ("outer", "outer([1, 2, 3], [1, -1])", m([[1, -1], [2, -2], [3, -3]])),
    ("dot", "dot([1, 2], [3, 4])", s(r(11))),
    ("dot", "dot(p, [2, 4, 8])", s(r(4))),
    ("transpose", "transpose([[1, 2], [3, 4]])", m([[1, 3], [2, 4]])),
    ("transpose", "transpose([[1, 2, 3]])", m([[1], [2], [3]])),
    ("transpose", "transpose([1, 2])", v([1, 2])),
    ("transpose", "transpose(A) @ [1, 0]", v([1, 2])),
    ("factorial", "factorial(0)", s(r(1))),
    ("factorial", "factorial(1)", s(r(1))),
    ("factorial", "factorial(5)", s(r(120))),
    ("factorial", "factorial(20)", s(r(2_432_902_008_176_640_000))),
    ("kl", "kl([1/2, 1/2], [9/10, 1/10])", s(ln(5, 3))),
    ("kl", "kl(p, p)", s(r(0))),
    ("kl", "kl([1, 0], [1/2, 1/2])", s(ln(2))),
    ("kl", "kl(p, q)", s(try! RealValue.difference(ln(3), times(Rational(3, 2), ln(2))))),
    ("entropy", "entropy([1/2, 1/4, 1/4])", s(times(Rational(3, 2), ln(2)))),
    ("entropy", "entropy([1, 0])", s(r(0))),
    ("entropy", "entropy(q)", s(ln(3))),
    (
      "cross_entropy", "cross_entropy([1/2, 1/2], [1/4, 3/4])",
      s(try! RealValue.difference(times(Rational(2), ln(2)), times(Rational(1, 2), ln(3))))
    ),
    ("cross_entropy", "cross_entropy(p, q)", s(ln(3))),
    ("cross_entropy", "cross_entropy([1, 0], [1, 0])", s(r(0))),
    ("floor", "floor(7/2)", s(r(3))),
    ("floor", "floor(-1/2)", s(r(-1))),
    ("floor", "floor(log2(3))", s(r(1))),
    ("floor", "floor([2, 5/2])", v([2, 2])),
    ("ceil", "ceil(7/2)", s(r(4))),
    ("ceil", "ceil(-1/2)", s(r(0))),
    ("ceil", "ceil(3)", s(r(3))),
    ("argmax", "argmax([1, 3, 2])", s(r(1))),
    ("argmax", "argmax([2, 2, 1])", s(r(0))),
    ("argmax", "argmax(p)", s(r(0))),
    ("huffman_lengths", "huffman_lengths([1/2, 1/4, 1/4])", v([1, 2, 2])),
    ("huffman_lengths", "huffman_lengths([1/4, 1/4, 1/4, 1/4])", v([2, 2, 2, 2])),
    ("eye", "eye(2)", m([[1, 0], [0, 1]])),
    ("eye", "np.eye(3) @ [1, 2, 3]", v([1, 2, 3])),
    ("ones", "ones(3)", v([1, 1, 1])),
    ("zeros", "np.zeros(2)", v([0, 0])),
    ("len", "len([4, 5, 6])", s(r(3))),
    ("index", "[4, 5, 6][0]", s(r(4))),
    ("index", "[4, 5, 6][-1]", s(r(6))),
    ("index", "index([[1, 2], [3, 4]], 1)", v([3, 4])),
  ]

  @Test(arguments: functionCases)
  func functions(function: String, text: String, expected: Value) {
    expectValue(text, expected, variables)
  }

  @Test func everyFunctionHasACase() {
    let covered = Set(Self.functionCases.map(\.function))
    let missing = Functions.names.filter { !covered.contains($0) }
    #expect(missing.isEmpty, "functions without a case in functionCases: \(missing)")
    let stale = covered.subtracting(Functions.names)
    #expect(stale.isEmpty, "cases for functions that do not exist: \(stale.sorted())")
  }

  @Test func crossEntropyOfADistributionWithItselfIsItsEntropy() throws {
    let h = try #require(try evaluate("entropy(p)", variables).entries.first)
    let ce = try #require(try evaluate("cross_entropy(p, p)", variables).entries.first)
    #expect(exactlyEqual(h, ce))
    // Gibbs: H(p, q) = H(p) + KL(p || q), exactly.
    let sum = try #require(try evaluate("entropy(p) + kl(p, q)", variables).entries.first)
    let ceq = try #require(try evaluate("cross_entropy(p, q)", variables).entries.first)
    #expect(exactlyEqual(sum, ceq))
  }

  @Test func exactResultsAreHeldExactly() throws {
    // Not just equal: the values themselves are rational or log-linear, never `computed`.
    for text in [
      "softmax([log(2), 0, 0])", "entropy([1/2, 1/4, 1/4])", "kl([1/2, 1/2], [9/10, 1/10])",
      "log10(1000)", "sqrt(9/4)", "sigmoid(0)", "factorial(5)",
    ] {
      let value = try evaluate(text)
      let exact = value.entries.allSatisfy { $0.isExact }
      #expect(exact, "\(text) = \(describe(value))")
    }
    #expect(try evaluate("log10(1000)").entries.first?.rationalValue == Rational(3))
  }

  /// Values that are not exact are certified: they compare correctly with nearby rationals.
  @Test(arguments: [
    ("sqrt(2)", Rational(141421, 100000), Rational(141422, 100000)),
    ("exp(1/2)", Rational(164872, 100000), Rational(164873, 100000)),
    ("sigmoid(1)", Rational(73105, 100000), Rational(73106, 100000)),
    ("log10(2)", Rational(30102, 100000), Rational(30103, 100000)),
    ("2^(1/2)", Rational(141421, 100000), Rational(141422, 100000)),
    ("softmax([1, 0])", Rational(73105, 100000), Rational(73106, 100000)),
  ])
  func certifiedValues(text: String, below: Rational, above: Rational) throws {
    let x = try #require(try evaluate(text).entries.first)
    #expect(try RealValue.compare(x, .rational(below)).order == 1, "\(text) > \(below)")
    #expect(try RealValue.compare(x, .rational(above)).order == -1, "\(text) < \(above)")
  }

  /// softmax is invariant under adding a constant to every logit, so logits that differ by
  /// logs of rationals give an exact distribution even when the logits themselves are not exact
  /// (before 10c10e6, `exp(1)/(exp(1)+exp(1))` was a `computed` quotient never shown equal to 1/2).
  @Test(arguments: [
    ("softmax(7)", v([1])),
    ("softmax([1, 1])", Value.vector([r(1, 2), r(1, 2)])),
    ("softmax([1 + log(2), 1, 1])", Value.vector([r(1, 2), r(1, 4), r(1, 4)])),
    ("softmax([a, a, a + log(2)])", Value.vector([r(1, 4), r(1, 4), r(1, 2)])),
  ])
  func softmaxOfShiftedLogitsIsExact(text: String, expected: Value) {
    expectValue(text, expected, variables)
  }

  @Test func emptyAndDegenerateShapes() throws {
    expectValue("diag([])", .matrix([]))
    expectValue("outer([], [1])", .matrix([]))
    expectValue("transpose([[], []])", .matrix([]))
    #expect(try evaluate("[[], []]").shapeText.en == "a 2×0 matrix")
    #expect(try evaluate("[1, 2]").shapeText.en == "a vector of length 2")
    #expect(try evaluate("1").shapeText.en == "a number")
  }

  // MARK: - Shapes that do not fit

  @Test(arguments: [
    ("[1, 2] + [1, 2, 3]", 7, "sum of vectors of lengths 2 and 3"),
    ("[1, 2] * [1, 2, 3]", 7, "product of vectors of lengths 2 and 3"),
    ("[[1, 2]] + [1, 2]", 9, "sum of a 1×2 matrix and a vector of length 2"),
    ("[1, 2] - [[1, 2]]", 7, "difference of a vector of length 2 and a 1×2 matrix"),
    ("[[1, 2]] + [[1], [2]]", 9, "sum of matrices of different shapes"),
    ("[1, 2] @ [1, 2, 3]", 7, "matrix product of a vector of length 2 and a vector of length 3: inner sizes differ"),
    ("[[1, 2]] @ [[1, 2]]", 9, "inner sizes differ"),
    ("[[1, 2]] @ [1]", 9, "inner sizes differ"),
    ("[1] @ [[1, 2], [3, 4]]", 4, "inner sizes differ"),
    ("2 @ [1]", 2, "'@' needs vectors or matrices, not a number and a vector of length 1"),
    ("[1, [2]]", 0, "a list mixes numbers and vectors"),
    ("[[1], [2, 3]]", 0, "matrix rows have different lengths (1, 2)"),
    ("[[[1]]]", 0, "a list of matrices is not a value here"),
    ("softmax([[1]])", 0, "softmax expects a vector as its argument, not a 1×1 matrix"),
    ("dot([[1]], [1])", 0, "dot expects a vector"),
    ("outer([1], [[1]])", 0, "outer expects a vector as its second argument"),
    ("kl([1], [1, 0])", 0, "kl of vectors of lengths 1 and 2"),
    ("cross_entropy([1], [1, 0])", 0, "cross_entropy of vectors of lengths 1 and 2"),
    ("max([1, 2], [1, 2, 3])", 0, "max of vectors of lengths 2 and 3"),
    ("max([])", 0, "max of an empty vector"),
    ("mean([])", 0, "mean of an empty vector"),
    ("entropy([[1]])", 0, "entropy expects a vector"),
  ])
  func shapeErrors(text: String, offset: Int, message: String) {
    guard let error = evaluationError(text) else { return }
    #expect(error.kind == .type)
    #expect(error.offset == offset)
    #expect(error.message.en.contains(message), "\(error)")
  }

  @Test func stepsAreCounted() {
    var limits = LanguageLimits()
    limits.maxSteps = 50
    guard let error = evaluationError("sum(outer([1,2,3,4,5,6,7,8], [1,2,3,4,5,6,7,8]))", limits: limits) else { return }
    #expect(error.kind == .limit)
    #expect(error.message.en == "evaluation needs more than 50 steps")
  }
}
