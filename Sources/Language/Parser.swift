import Exact

/// A recursive-descent parser for the answer grammar (`answer-format.md`).
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
      throw ExpressionError(.syntax, "expected a relation (=, <, <=, >, >=, !=) after the expression", at: p.current.offset)
    }
    let at = p.current.offset
    p.position += 1
    let rhs = try p.parseSum()
    try p.expectEnd()
    return Relation(lhs: lhs, op: op, rhs: rhs, offset: at)
  }

  /// Parses a chain continuation line: `rel rhs`.
  public static func continuation(_ text: String, limits: LanguageLimits = .standard) throws(ExpressionError) -> (Relation.Operator, Expression, Int) {
    var p = try Parser.start(text, limits: limits)
    guard case .relation(let op) = p.current.kind else {
      throw ExpressionError(.syntax, "a chain step after the first starts with a relation (=, <=, >=, <, >)", at: p.current.offset)
    }
    let at = p.current.offset
    p.position += 1
    let rhs = try p.parseSum()
    try p.expectEnd()
    return (op, rhs, at)
  }

  private static func start(_ text: String, limits: LanguageLimits) throws(ExpressionError) -> Parser {
    guard text.count <= limits.maxLength else {
      throw ExpressionError(.limit, "the expression is longer than \(limits.maxLength) characters", at: 0)
    }
    let tokens = try Lexer.tokenize(text)
    if tokens.count == 1 { throw ExpressionError(.syntax, "empty expression", at: 0) }
    return Parser(tokens: tokens, limits: limits)
  }

  private var current: Token { tokens[position] }

  private func describe(_ t: Token) -> String {
    switch t.kind {
    case .number(let s): return "'\(s)'"
    case .identifier(let s): return "'\(s)'"
    case .op(let s): return "'\(s)'"
    case .relation(let r): return "'\(r.rawValue)'"
    case .leftParen: return "'('"
    case .rightParen: return "')'"
    case .leftBracket: return "'['"
    case .rightBracket: return "']'"
    case .comma: return "','"
    case .end: return "the end"
    }
  }

  private mutating func expectEnd() throws(ExpressionError) {
    guard current.kind == .end else {
      if case .relation = current.kind {
        throw ExpressionError(.syntax, "unexpected relation \(describe(current)): this part expects an expression, not a claim", at: current.offset)
      }
      throw ExpressionError(.syntax, "unexpected \(describe(current)) after a complete expression", at: current.offset)
    }
  }

  /// Counts a node and one level of recursion. Each grammar level recurses through five
  /// functions, so the depth limit counts *levels* (parentheses, calls, signs, exponents).
  private mutating func enter() throws(ExpressionError) {
    depth += 1
    nodes += 1
    if depth > limits.maxDepth * 5 {
      throw ExpressionError(.limit, "nesting deeper than \(limits.maxDepth) levels", at: current.offset)
    }
    if nodes > limits.maxNodes {
      throw ExpressionError(.limit, "more than \(limits.maxNodes) terms in one expression", at: current.offset)
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
    while case .op(let o) = current.kind, Parser.binaryLevels[level].contains(o) {
      let at = current.offset
      position += 1
      let rhs = try operand(&self)
      try enter()    // count the operator's node against the limits
      leave()
      lhs = .binary(o, lhs, rhs, offset: at)
    }
    return lhs
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
    let base = try parsePrimary()
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
        throw ExpressionError(.limit, "the number '\(text)' is too large (\(error))", at: t.offset)
      }
      guard let value else { throw ExpressionError(.syntax, "'\(text)' is not a number", at: t.offset) }
      return .number(value, text: text, offset: t.offset)
    case .identifier(let name):
      position += 1
      if current.kind == .leftParen {
        let args = try parseArguments(closing: .rightParen)
        return .call(name, args, offset: t.offset)
      }
      return .name(name, offset: t.offset)
    case .leftParen:
      position += 1
      let inner = try parseSum()
      guard current.kind == .rightParen else {
        throw ExpressionError(.syntax, "expected ')' to close the '(' at character \(t.offset + 1), found \(describe(current))", at: current.offset)
      }
      position += 1
      return inner
    case .leftBracket:
      let items = try parseArguments(closing: .rightBracket)
      return .list(items, offset: t.offset)
    case .end:
      throw ExpressionError(.syntax, "the expression ends where a value was expected", at: t.offset)
    default:
      throw ExpressionError(.syntax, "expected a number, name, '(' or '[', found \(describe(t))", at: t.offset)
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
        throw ExpressionError(.limit, "more than \(limits.maxVectorLength) items in one list", at: current.offset)
      }
      if current.kind == .comma { position += 1; continue }
      if current.kind == closing { position += 1; return items }
      let want = closing == .rightParen ? "')'" : "']'"
      throw ExpressionError(.syntax, "expected ',' or \(want) to close the \(describe(open)) at character \(open.offset + 1), found \(describe(current))", at: current.offset)
    }
  }
}
