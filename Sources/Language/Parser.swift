import Exact
import Localization

/// A recursive-descent parser for the answer grammar (`Docs/answer-format.md`).
///
/// Precedence, loosest first: relations; `+ -`; `* / @`; unary minus; `^` (right-associative,
/// so `2^3^2 = 2^9`, and tighter than unary minus, so `-x^2 = -(x^2)` while `2^-1` is `1/2`).
/// Every recursion counts depth and every node counts toward ``LanguageLimits/maxNodes``, so no
/// input can overflow the stack or build an unbounded tree.
public struct Parser {
  private var tokens: [Token]
  private var position = 0
  private var depth = 0
  private var nodes = 0
  private let limits: LanguageLimits

  private init(tokens: [Token], limits: LanguageLimits) {
    self.tokens = tokens
    self.limits = limits
  }

  /// Parses one expression (no relation).
  public static func expression(_ text: String, limits: LanguageLimits = .standard) throws(ExpressionError) -> Expression {
    var p = try Parser.start(text, limits: limits)
    let e = try p.parseSum()
    try p.expectEnd()
    return e
  }

  /// Parses `lhs rel rhs`.
  public static func relation(_ text: String, limits: LanguageLimits = .standard) throws(ExpressionError) -> Relation {
    var p = try Parser.start(text, limits: limits)
    let lhs = try p.parseSum()
    guard case .relation(let op) = p.current.kind else {
      throw ExpressionError(
        .syntax, en: "expected a relation (=, <, <=, >, >=, !=) after the expression",
        ko: "식 뒤에 관계 기호(=, <, <=, >, >=, !=)가 와야 합니다", at: p.current.offset)
    }
    let at = p.current.offset
    p.position += 1
    let rhs = try p.parseSum()
    try p.expectEnd()
    return Relation(lhs: lhs, op: op, rhs: rhs, offset: at)
  }

  /// Parses a chain continuation line: `rel rhs`.
  public static func continuation(
    _ text: String, limits: LanguageLimits = .standard
  ) throws(ExpressionError) -> (Relation.Operator, Expression, Int) {
    var p = try Parser.start(text, limits: limits)
    guard case .relation(let op) = p.current.kind else {
      throw ExpressionError(
        .syntax, en: "a chain step after the first starts with a relation (=, <=, >=, <, >)",
        ko: "체인의 두 번째 단계부터는 관계 기호(=, <=, >=, <, >)로 시작해야 합니다", at: p.current.offset)
    }
    let at = p.current.offset
    p.position += 1
    let rhs = try p.parseSum()
    try p.expectEnd()
    return (op, rhs, at)
  }

  /// Parses one line of a chain, which may hold several links: `A > B = C` (a first line) or
  /// `= B > C` (a later line, `continuation`). Returns the first expression (nil for a
  /// continuation) and each link's relation, right-hand side and offset.
  public static func chainLine(
    _ text: String, continuation: Bool, limits: LanguageLimits = .standard
  )
    throws(ExpressionError) -> (start: Expression?, links: [(Relation.Operator, Expression, Int)])
  {
    var p = try Parser.start(text, limits: limits)
    let start = continuation ? nil : try p.parseSum()
    var links: [(Relation.Operator, Expression, Int)] = []
    while case .relation(let op) = p.current.kind {
      let at = p.current.offset
      p.position += 1
      links.append((op, try p.parseSum(), at))
    }
    guard !links.isEmpty else {
      throw continuation
        ? ExpressionError(
          .syntax, en: "a chain step after the first starts with a relation (=, <=, >=, <, >)",
          ko: "체인의 두 번째 단계부터는 관계 기호(=, <=, >=, <, >)로 시작해야 합니다", at: p.current.offset)
        : ExpressionError(
          .syntax, en: "expected a relation (=, <, <=, >, >=, !=) after the expression",
          ko: "식 뒤에 관계 기호(=, <, <=, >, >=, !=)가 와야 합니다", at: p.current.offset)
    }
    try p.expectEnd()
    return (start, links)
  }

  private static func start(_ text: String, limits: LanguageLimits) throws(ExpressionError) -> Parser {
    guard text.count <= limits.maxLength else {
      throw ExpressionError(
        .limit, en: "the expression is longer than \(limits.maxLength) characters",
        ko: "식이 \(limits.maxLength)자보다 깁니다", at: 0)
    }
    let tokens = try Lexer.tokenize(text)
    if tokens.count == 1 { throw ExpressionError(.syntax, en: "empty expression", ko: "식이 비어 있습니다", at: 0) }
    return Parser(tokens: tokens, limits: limits)
  }

  private var current: Token { tokens[position] }

  /// The token as a message shows it: quoted, or "the end".
  private func describe(_ t: Token) -> LocalizedText {
    func quoted(_ s: String) -> LocalizedText { LocalizedText(en: "'\(s)'", ko: "'\(s)'") }
    switch t.kind {
    case .number(let s): return quoted(s)
    case .identifier(let s): return quoted(s)
    case .op(let s): return quoted(s)
    case .relation(let r): return quoted(r.rawValue)
    case .leftParen: return quoted("(")
    case .rightParen: return quoted(")")
    case .leftBracket: return quoted("[")
    case .rightBracket: return quoted("]")
    case .comma: return quoted(",")
    case .dot: return quoted(".")
    case .end: return LocalizedText(en: "the end", ko: "식의 끝")
    }
  }

  private mutating func expectEnd() throws(ExpressionError) {
    guard current.kind == .end else {
      let found = describe(current)
      if case .relation = current.kind {
        throw ExpressionError(
          .syntax, en: "unexpected relation \(found.en): this part expects an expression, not a claim",
          ko: "예상하지 못한 관계 기호 \(found.ko): 이 문항에는 관계식(주장)이 아니라 식을 써야 합니다",
          at: current.offset)
      }
      // `1.5 bits`: a unit written after the number is a common slip; say so, not just "unexpected".
      if case .identifier(let word) = current.kind, ExpressionError.unitWords.contains(word.lowercased()) {
        throw ExpressionError.unitAfterNumber(word, at: current.offset)
      }
      throw ExpressionError(
        .syntax, en: "unexpected \(found.en) after a complete expression",
        ko: "식이 이미 끝났는데 뒤에 더 있습니다: \(found.ko)", at: current.offset)
    }
  }

  /// Counts a node and one level of recursion. Each grammar level recurses through five
  /// functions, so the depth limit counts *levels* (parentheses, calls, signs, exponents).
  private mutating func enter() throws(ExpressionError) {
    depth += 1
    nodes += 1
    if depth > limits.maxDepth * 5 {
      throw ExpressionError(
        .limit, en: "nesting deeper than \(limits.maxDepth) levels",
        ko: "중첩이 \(limits.maxDepth)단계보다 깊습니다", at: current.offset)
    }
    if nodes > limits.maxNodes {
      throw ExpressionError(
        .limit, en: "more than \(limits.maxNodes) terms in one expression",
        ko: "한 식에 항이 \(limits.maxNodes)개보다 많습니다", at: current.offset)
    }
  }

  private mutating func leave() { depth -= 1 }

  /// Left-associative binary operators, loosest first: `+ -`, then `* / @`.
  private static let binaryLevels: [Set<String>] = [["+", "-"], ["*", "/", "@"]]

  private mutating func parseSum() throws(ExpressionError) -> Expression {
    try parseBinary(0)
  }

  private mutating func parseBinary(_ level: Int) throws(ExpressionError) -> Expression {
    try enter()
    defer { leave() }
    func operand(_ p: inout Parser) throws(ExpressionError) -> Expression {
      level + 1 < Parser.binaryLevels.count ? try p.parseBinary(level + 1) : try p.parseUnary()
    }
    var lhs = try operand(&self)
    // `vᵀ H v` side by side: after a transposed vector, juxtaposition is the matrix product.
    var row = Parser.isTranspose(lhs)
    while true {
      let at = current.offset
      let o: String
      var implicit = false
      if case .op(let written) = current.kind, Parser.binaryLevels[level].contains(written) {
        o = written
        position += 1
      } else if level == 1, try juxtaposed() {
        o = "*"  // `2 log(2)`, `(1/lambda) log(...)`, `softmax(o)(1 - softmax(o))`
        implicit = true
      } else {
        return lhs
      }
      let rhs = try operand(&self)
      try enter()  // count the operator's node against the limits
      leave()
      // `p pᵀ` written side by side is the outer product, and `vᵀ H v` the matrix products, as in
      // the book's notation.
      if implicit, row {
        lhs = .binary("@", Parser.untransposed(lhs), rhs, offset: at)
        continue
      }
      row = false
      if implicit, case .call("transpose", let args, _) = rhs, args.count == 1 {
        lhs = .call("outer", [lhs, args[0]], offset: at)
        continue
      }
      lhs = .binary(o, lhs, rhs, offset: at)
    }
  }

  /// Whether the current token starts a factor written straight after another (implicit
  /// multiplication): a name or `(`. A unit word is left for ``expectEnd()`` to name; a number
  /// after a value is ambiguous (`[1 2]`, `x 2`) and gets the fix.
  private func juxtaposed() throws(ExpressionError) -> Bool {
    switch current.kind {
    case .identifier(let word): return !ExpressionError.unitWords.contains(word.lowercased())
    case .leftParen: return true
    case .number(let n):
      let previous = position > 0 ? describe(tokens[position - 1]) : LocalizedText(en: "a value", ko: "값")
      throw ExpressionError(
        .syntax,
        en:
          "the number '\(n)' follows \(previous.en) with nothing between: separate list entries with ',', or write '*' to multiply",
        ko: "\(KoreanParticle.subject.after("수 '\(n)'")) \(previous.ko) 바로 뒤에 붙어 있습니다: 목록의 항목은 ','로 나누고, 곱하려면 '*'를 쓰세요",
        at: current.offset)
    default: return false
    }
  }

  private mutating func parseUnary() throws(ExpressionError) -> Expression {
    try enter()
    defer { leave() }
    if case .op(let o) = current.kind, o == "-" || o == "+" {
      let at = current.offset
      position += 1
      let operand = try parseUnary()
      return o == "-" ? .negate(operand, offset: at) : operand
    }
    return try parsePower()
  }

  private mutating func parsePower() throws(ExpressionError) -> Expression {
    try enter()
    defer { leave() }
    let base = try parsePostfix(try parsePrimary())
    if case .op("^") = current.kind {
      let at = current.offset
      position += 1
      // The exponent may carry its own sign (`2^-1`) and is right-associative (`2^3^2`).
      let exponent = try parseUnary()
      return .binary("^", base, exponent, offset: at)
    }
    return base
  }

  private mutating func parsePrimary() throws(ExpressionError) -> Expression {
    try enter()
    defer { leave() }
    let t = current
    switch t.kind {
    case .number(let text):
      position += 1
      let value: Rational?
      do { value = try Rational(parsing: text, limits: limits.exact) } catch {
        let why = (error as? ArithmeticError)?.text ?? LocalizedText(en: "\(error)", ko: "\(error)")
        throw ExpressionError(
          .limit, en: "the number '\(text)' is too large (\(why.en))",
          ko: "\(KoreanParticle.subject.after("수 '\(text)'")) 너무 큽니다 (\(why.ko))", at: t.offset)
      }
      guard let value else {
        throw ExpressionError(
          .syntax, en: "'\(text)' is not a number",
          ko: "\(KoreanParticle.topic.after("'\(text)'")) 수가 아닙니다", at: t.offset)
      }
      return .number(value, text: text, offset: t.offset)
    case .identifier(LearnerNotation.sigma):
      // `Σ p log(p)`: the sum runs over the product that follows; `Σ(x)` is a call.
      position += 1
      if current.kind == .leftParen {
        return .call("sum", try parseArguments(closing: .rightParen), offset: t.offset)
      }
      return .call("sum", [try parseBinary(1)], offset: t.offset)
    case .identifier(let name):
      position += 1
      if current.kind == .leftParen {
        let args = try parseArguments(closing: .rightParen)
        return .call(name, args, offset: t.offset)
      }
      if let applied = try parseAtomApplication(name, at: t) { return applied }
      // `sum softmax(o)`: a function name is never a value; say how to call it, here.
      if Functions.names.contains(name) { throw ExpressionError.unknownName(name, among: [], at: t.offset) }
      return .name(name, offset: t.offset)
    case .leftParen:
      position += 1
      let inner = try parseSum()
      guard current.kind == .rightParen else {
        let found = describe(current)
        throw ExpressionError(
          .syntax, en: "expected ')' to close the '(' at character \(t.offset + 1), found \(found.en)",
          ko: "\(t.offset + 1)번째 문자의 '('를 닫는 ')'가 와야 합니다 (찾은 것: \(found.ko))",
          at: current.offset)
      }
      position += 1
      return inner
    case .leftBracket:
      let items = try parseArguments(closing: .rightBracket)
      return .list(items, offset: t.offset)
    case .end:
      throw ExpressionError(
        .syntax, en: "the expression ends where a value was expected",
        ko: "값이 와야 할 자리에서 식이 끝납니다", at: t.offset)
    default:
      let found = describe(t)
      throw ExpressionError(
        .syntax, en: "expected a number, name, '(' or '[', found \(found.en)",
        ko: "수, 이름, '(', '[' 중 하나가 와야 합니다 (찾은 것: \(found.ko))", at: t.offset)
    }
  }

  /// Parses `( a, b, ... )` or `[ a, b, ... ]`; the opening token is current.
  private mutating func parseArguments(closing: Token.Kind) throws(ExpressionError) -> [Expression] {
    let open = current
    position += 1
    var items: [Expression] = []
    if current.kind == closing {
      position += 1
      return items
    }
    while true {
      items.append(try parseSum())
      if items.count > limits.maxVectorLength {
        throw ExpressionError(
          .limit, en: "more than \(limits.maxVectorLength) items in one list",
          ko: "한 목록에 항목이 \(limits.maxVectorLength)개보다 많습니다", at: current.offset)
      }
      if current.kind == .comma {
        position += 1
        continue
      }
      if current.kind == closing {
        position += 1
        return items
      }
      let want = closing == .rightParen ? "')'" : "']'"
      let opened = describe(open)
      let found = describe(current)
      throw ExpressionError(
        .syntax,
        en: "expected ',' or \(want) to close the \(opened.en) at character \(open.offset + 1), found \(found.en)",
        ko: "\(open.offset + 1)번째 문자에서 연 \(opened.ko) 안에서는 항목 뒤에 ',' 또는 닫는 \(want) 기호가 와야 합니다 (찾은 것: \(found.ko))",
        at: current.offset)
    }
  }

  // MARK: - Learners' notation

  private static func isTranspose(_ e: Expression) -> Bool {
    if case .call("transpose", let args, _) = e, args.count == 1 { return true }
    return false
  }

  /// `vᵀ` as the row it stands for in a product: the vector itself (a product with `@` reads a
  /// vector on the left as a row).
  private static func untransposed(_ e: Expression) -> Expression {
    if case .call("transpose", let args, _) = e, args.count == 1 { return args[0] }
    return e
  }

  /// Functions that may be applied to one atom without parentheses: `log 2`, `ln x`, `√2`, `Σ p`.
  static let atomFunctions: Set<String> = [
    "exp", "log", "ln", "log2", "log10", "sqrt", "abs", "sigmoid", "softmax", "sum", "mean", "diag", "transpose",
    "entropy", "floor", "ceil", "argmax", "len",
  ]

  /// `log 2`, `ln x`: a one-argument function followed by a number or a name reads as applied
  /// to it. When more follows that could belong to the argument (`log 2x`, `log x^2`,
  /// `Σ p*log(p)`), the reading is ambiguous and the error names the fix.
  private mutating func parseAtomApplication(_ name: String, at t: Token) throws(ExpressionError) -> Expression? {
    guard Parser.atomFunctions.contains(name) else { return nil }
    let atom: Expression
    switch current.kind {
    case .number(let text):
      guard let value = try? Rational(parsing: text, limits: limits.exact) else { return nil }
      atom = .number(value, text: text, offset: current.offset)
    case .identifier(LearnerNotation.sigma):
      // `log Σ exp(x)`: the log of the whole sum.
      return .call(name, [try parsePrimary()], offset: t.offset)
    case .identifier(let n) where Functions.names.contains(n) && tokens[position + 1].kind == .leftParen:
      // `log sum(exp(x))`, `\log\sum(...)`: a call is one atom too.
      let argument = LocalizedText(en: "'\(n)(...)'", ko: "'\(n)(...)'")
      atom = try parsePrimary()
      return try atomApplied(name, atom, argument: argument, at: t)
    case .identifier(let n) where !Functions.names.contains(n) && !ExpressionError.unitWords.contains(n.lowercased()):
      atom = .name(n, offset: current.offset)
    default:
      return nil
    }
    let argument = describe(current)
    position += 1
    return try atomApplied(name, atom, argument: argument, at: t)
  }

  /// The application of `name` to an atom just read, unless what follows could belong to it.
  private mutating func atomApplied(
    _ name: String, _ atom: Expression, argument: LocalizedText, at t: Token
  ) throws(ExpressionError) -> Expression {
    // `log 2 / λ` is (log 2)/λ, as in print; what could still be part of the argument is not,
    // and after a sum (`Σ p*log(p)`) a product could be the summand.
    let aggregate = ["sum", "mean", "softmax", "diag", "argmax", "entropy", "len", "transpose"].contains(name)
    switch current.kind {
    case .op("*") where aggregate, .op("/") where aggregate, .op("@"),
      .op("^"), .leftParen, .leftBracket, .number, .identifier, .dot:
      let next = describe(current)
      let a = argument.en.dropFirst().dropLast()
      throw ExpressionError(
        .syntax,
        en:
          "'\(name) \(a)' followed by \(next.en) is ambiguous: put parentheses around what \(name) applies to, as \(name)(\(a)) or \(name)(\(a)...)",
        ko: "'\(name) \(a)' 뒤의 \(next.ko) 때문에 뜻이 모호합니다: \(name)(\(a)) 또는 \(name)(\(a)...)처럼 \(name)의 인수를 괄호로 감싸세요",
        at: current.offset)
    default:
      return .call(name, [atom], offset: t.offset)
    }
  }

  /// numpy's postfix forms after a value: `x.T` (transpose), `x.sum()` and other methods
  /// (`x.f(args)` is `f(x, args)`), and zero-based indexing `p[0]`.
  private mutating func parsePostfix(_ base: Expression) throws(ExpressionError) -> Expression {
    var value = base
    while true {
      switch current.kind {
      case .dot:
        let at = current.offset
        position += 1
        guard case .identifier(let member) = current.kind else {
          let found = describe(current)
          throw ExpressionError(
            .syntax, en: "expected .T or a method such as .sum() after '.', found \(found.en)",
            ko: "'.' 뒤에는 .T 나 .sum() 같은 메서드가 와야 합니다 (찾은 것: \(found.ko))", at: current.offset)
        }
        position += 1
        if member == "T" {
          value = .call("transpose", [value], offset: at)
        } else {
          guard current.kind == .leftParen else {
            throw ExpressionError(
              .syntax, en: "'.\(member)' is not read: write .T, or a method call with parentheses, as x.sum()",
              ko: "\(KoreanParticle.topic.after("'.\(member)'")) 읽을 수 없습니다: .T를 쓰거나, x.sum()처럼 괄호를 붙인 메서드 호출로 쓰세요",
              at: current.offset)
          }
          value = .call(member, [value] + (try parseArguments(closing: .rightParen)), offset: at)
        }
      case .leftBracket:
        let at = current.offset
        position += 1
        let index = try parseSum()
        guard current.kind == .rightBracket else {
          let found = describe(current)
          throw ExpressionError(
            .syntax, en: "expected ']' to close the index opened at character \(at + 1), found \(found.en)",
            ko: "\(at + 1)번째 문자에서 연 인덱스를 닫는 ']'가 와야 합니다 (찾은 것: \(found.ko))", at: current.offset)
        }
        position += 1
        value = .call("index", [value, index], offset: at)
      default:
        return value
      }
    }
  }
}
