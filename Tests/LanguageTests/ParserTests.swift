import Exact
import Testing

@testable import Language

@Suite struct ParserTests {
  /// Precedence and associativity, shown fully parenthesised.
  @Test(arguments: [
    ("1+2*3", "(1 + (2 * 3))"),
    ("(1+2)*3", "((1 + 2) * 3)"),
    ("1-2-3", "((1 - 2) - 3)"),
    ("8/4/2", "((8 / 4) / 2)"),
    ("2*3/4", "((2 * 3) / 4)"),
    // `^` binds tighter than unary minus, and its exponent may carry a sign.
    ("-x^2", "(-(x ^ 2))"),
    ("(-x)^2", "((-x) ^ 2)"),
    ("2^-1", "(2 ^ (-1))"),
    ("-2^-2", "(-(2 ^ (-2)))"),
    ("2^3^2", "(2 ^ (3 ^ 2))"),
    ("2**3**2", "(2 ^ (3 ^ 2))"),
    ("2^-3^2", "(2 ^ (-(3 ^ 2)))"),
    ("a*b^c", "(a * (b ^ c))"),
    ("a^b*c", "((a ^ b) * c)"),
    ("-a*b", "((-a) * b)"),
    ("a*-b", "(a * (-b))"),
    ("a--b", "(a - (-b))"),
    ("a+-b", "(a + (-b))"),
    // Unary minus chains; unary plus disappears.
    ("--x", "(-(-x))"),
    ("- - -x", "(-(-(-x)))"),
    ("+x", "x"),
    ("-+-x", "(-(-x))"),
    // `@` is a product.
    ("A@x", "(A @ x)"),
    ("A@B@x", "((A @ B) @ x)"),
    ("a+A@x", "(a + (A @ x))"),
    ("A@x*2", "((A @ x) * 2)"),
    ("A@x^2", "(A @ (x ^ 2))"),
    // Unicode operators and names.
    ("a − b", "(a - b)"),
    ("a·b×c", "((a * b) * c)"),
    ("2*λ", "(2 * lambda)"),
    ("λ·x", "(lambda * x)"),
    // numpy prefixes.
    ("np.log(p)", "log(p)"),
    ("np.sum(p * np.log(p))", "sum((p * log(p)))"),
    ("-np.sum(p*np.log2(q))", "(-sum((p * log2(q))))"),
    // Calls, lists and matrices.
    ("e^x", "(e ^ x)"),
    ("exp(-a) + exp(-b)", "(exp((-a)) + exp((-b)))"),
    ("kl(p, q)", "kl(p, q)"),
    ("f()", "f()"),
    ("[1, 2, 3]", "[1, 2, 3]"),
    ("[[1,2],[3,4]]", "[[1, 2], [3, 4]]"),
    ("[]", "[]"),
    ("[[]]", "[[]]"),
    ("[-1, 2^2, (3)]", "[(-1), (2 ^ 2), 3]"),
    ("softmax([log(2), 0, 0])", "softmax([log(2), 0, 0])"),
    ("((((1))))", "1"),
    ("1 # a comment", "1"),
  ])
  func precedence(text: String, expected: String) throws {
    #expect(render(try Parser.expression(text)) == expected)
  }

  /// Precedence as values, not just trees.
  @Test(arguments: [
    ("-x^2", Rational(-9)),
    ("(-x)^2", Rational(9)),
    ("2^-1", Rational(1, 2)),
    ("2^3^2", Rational(512)),
    ("2**3**2", Rational(512)),
    ("-2^2", Rational(-4)),
    ("1-2-3", Rational(-4)),
    ("12/3/2", Rational(2)),
    ("--x", Rational(3)),
    ("- - - x", Rational(-3)),
    ("x − 1", Rational(2)),
    ("x · 2", Rational(6)),
    ("x × x", Rational(9)),
  ])
  func precedenceValues(text: String, expected: Rational) throws {
    expectValue(text, .rational(expected), ["x": .rational(Rational(3))])
  }

  @Test func negativeFractionalExponent() throws {
    // The exponent of an exponent may carry its own sign: 8^-1^-1 = 8^(-(1^(-1))) = 1/8.
    expectValue("8^-1^-1", .rational(Rational(1, 8)))
    expectValue("4^-2^-1", .rational(Rational(1, 2)))  // 4^(-(2^-1)) = 4^(-1/2)
  }

  @Test(arguments: [
    ("0.1", Rational(1, 10)),
    ("3/2", Rational(3, 2)),
    ("1e-3", Rational(1, 1000)),
    ("2.5e2", Rational(250)),
    (".5", Rational(1, 2)),
    ("-0.125", Rational(-1, 8)),
  ])
  func numbersAreExact(text: String, expected: Rational) throws {
    expectValue(text, .rational(expected))
  }

  @Test func numberNodesKeepTheirTextAndOffset() throws {
    let e = try Parser.expression("  0.10 + x")
    guard case .binary("+", .number(let q, let text, let offset), .name("x", let xOffset), let plus) = e else {
      Issue.record("unexpected tree \(render(e))")
      return
    }
    #expect(q == Rational(1, 10))
    #expect(text == "0.10")
    #expect(offset == 2)
    #expect(xOffset == 9)
    #expect(plus == 7)
  }

  @Test func nodeOffsets() throws {
    let e = try Parser.expression("-log(p) @ [1, 2]")
    #expect(e.offset == 8)  // the `@`
    guard case .binary(_, .negate(let inner, let minus), .list(let items, let bracket), _) = e else {
      Issue.record("unexpected tree \(render(e))")
      return
    }
    #expect(minus == 0)
    #expect(inner.offset == 1)
    #expect(bracket == 10)
    #expect(items.map(\.offset) == [11, 14])
  }

  @Test func namesAndCalledFunctions() throws {
    let e = try Parser.expression("sum(p * np.log(p / q)) + kl(p, q) - lambda")
    #expect(e.names == ["sum", "p", "log", "q", "kl", "lambda"])
    #expect(e.calledFunctions == ["sum", "log", "kl"])
    #expect(try Parser.expression("1 + 2").names.isEmpty)
  }

  @Test(arguments: [
    ("a = b", Relation.Operator.equal, 2),
    ("a == b", .equal, 2),
    ("a != b", .notEqual, 2),
    ("a ≠ b", .notEqual, 2),
    ("a < b", .less, 2),
    ("a <= b", .lessOrEqual, 2),
    ("a ≤ b", .lessOrEqual, 2),
    ("a > b", .greater, 2),
    ("a >= b", .greaterOrEqual, 2),
    ("a ≥ b", .greaterOrEqual, 2),
  ])
  func relations(text: String, op: Relation.Operator, offset: Int) throws {
    let r = try Parser.relation(text)
    #expect(r.op == op)
    #expect(r.offset == offset)
    #expect(render(r.lhs) == "a")
    #expect(render(r.rhs) == "b")
  }

  @Test func relationSidesAreWholeExpressions() throws {
    let r = try Parser.relation("sum(p * log(p / q)) >= -log(sum(q))   # Jensen")
    #expect(render(r.lhs) == "sum((p * log((p / q))))")
    #expect(r.op == .greaterOrEqual)
    #expect(render(r.rhs) == "(-log(sum(q)))")
    #expect(r.offset == 20)
  }

  @Test(arguments: [
    ("= 0", Relation.Operator.equal, "0", 0),
    ("  >= -log(sum(p * (q / p)))   # Jensen: -log is convex", .greaterOrEqual, "(-log(sum((p * (q / p)))))", 2),
    ("≤ 1", .lessOrEqual, "1", 0),
    ("< x", .less, "x", 0),
  ])
  func continuations(text: String, op: Relation.Operator, rhs: String, offset: Int) throws {
    let (o, e, at) = try Parser.continuation(text)
    #expect(o == op)
    #expect(render(e) == rhs)
    #expect(at == offset)
  }

  @Test func relationOperatorSemantics() {
    let table: [(Relation.Operator, [Bool])] = [
      (.equal, [false, true, false]), (.notEqual, [true, false, true]),
      (.less, [true, false, false]), (.lessOrEqual, [true, true, false]),
      (.greater, [false, false, true]), (.greaterOrEqual, [false, true, true]),
    ]
    for (op, expected) in table {
      #expect([-1, 0, 1].map(op.holds(forSign:)) == expected, "\(op)")
    }
  }
}
