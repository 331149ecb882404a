import Exact
import Localization

/// Evaluates expressions exactly where the exact forms allow it and with certified enclosures
/// otherwise (see ``RealValue``). Vectors and matrices work elementwise, as in numpy.
///
/// Evaluation counts its steps against ``LanguageLimits/maxSteps``; domain errors (`log(-1)`,
/// `1/0`) come back as ``ExpressionError`` values with the offending node's offset.
public struct Evaluator {
  /// The values of the part's variables.
  public var variables: [String: Value]
  public let limits: LanguageLimits
  /// Steps taken so far (compiled programs read what each instruction took).
  private(set) var steps = 0

  /// Work units one evaluation step costs (``WorkMeter``): a step of the tree walk with its
  /// small-number arithmetic takes about as long as eight units of big-number or interval work.
  static let stepCost = 8

  public init(variables: [String: Value] = [:], limits: LanguageLimits = .standard) {
    self.variables = variables
    self.limits = limits
  }

  /// Evaluates `expression` against ``variables``.
  public mutating func evaluate(_ expression: Expression) throws(ExpressionError) -> Value {
    let value = try evaluateNode(expression)
    try Evaluator.checkSize(value, at: expression.offset, limits: limits)
    return value
  }

  /// The checks every node's value passes: a matrix within ``LanguageLimits/maxEntries`` and
  /// certified computations no deeper than ``RealValue/maximumDepth``.
  static func checkSize(_ value: Value, at offset: Int, limits: LanguageLimits) throws(ExpressionError) {
    if case .matrix = value, value.entries.count > limits.maxEntries {
      throw ExpressionError.matrixTooLarge(limits.maxEntries, at: offset)
    }
    // Bound the depth of certified computations as they are built (a long chain of `+` over
    // non-exact terms), so enclosing them later cannot exhaust the stack.
    if case .scalar(let x) = value, x.depth > RealValue.maximumDepth {
      throw Evaluator.nestedTooDeep(at: offset)
    }
    if value.entries.count > 1, value.entries.contains(where: { $0.depth > RealValue.maximumDepth }) {
      throw Evaluator.nestedTooDeep(at: offset)
    }
  }

  private static func nestedTooDeep(at offset: Int) -> ExpressionError {
    ExpressionError(
      .limit, en: "the expression nests more than \(RealValue.maximumDepth) non-exact operations",
      ko: "식에 정확히 계산되지 않는 연산이 \(RealValue.maximumDepth)단계보다 깊게 중첩되어 있습니다",
      at: offset)
  }

  /// The exponent `x` of `e^x` read as `exp(x)`: only while no variable is named `e` (then `e`
  /// itself is never evaluated).
  static func exponentOfE(_ expression: Expression, eIsVariable: Bool) -> Expression? {
    guard !eIsVariable, case .binary("^", .name("e", _), let x, _) = expression else { return nil }
    return x
  }

  private mutating func evaluateNode(_ expression: Expression) throws(ExpressionError) -> Value {
    try tick(1, at: expression.offset)
    switch expression {
    case .number(let q, _, _):
      return .rational(q)
    case .name(let name, let offset):
      if let v = variables[name] { return v }
      return try constant(name, at: offset)
    case .negate(let e, let offset):
      return try negated(try evaluate(e), at: offset)
    case .binary(let op, let a, let b, let offset):
      if let x = Evaluator.exponentOfE(expression, eIsVariable: variables["e"] != nil) {
        return try exponential(try evaluate(x), at: offset)
      }
      let x = try evaluate(a)
      let y = try evaluate(b)
      return try binary(op, x, y, at: offset)
    case .call(let name, let args, let offset):
      var values: [Value] = []
      for a in args { values.append(try evaluate(a)) }
      return try Functions.call(name, values, evaluator: &self, at: offset)
    case .list(let items, let offset):
      var values: [Value] = []
      for item in items { values.append(try evaluate(item)) }
      return try Evaluator.list(values, at: offset)
    }
  }

  /// What ``evaluateNode(_:)`` does at a node once its operands are known (`operand(k)` is the
  /// value of the k-th of its ``Expression/children``), for compiled programs. A name here is
  /// not a variable (those are read before), and `e^x` is not here (``exponential(_:at:)``).
  mutating func combine(_ expression: Expression, _ operand: (Int) -> Value) throws(ExpressionError) -> Value {
    switch expression {
    case .number(let q, _, _): return .rational(q)
    case .name(let name, let offset): return try constant(name, at: offset)
    case .negate(_, let offset): return try negated(operand(0), at: offset)
    case .binary(let op, _, _, let offset): return try binary(op, operand(0), operand(1), at: offset)
    case .call(let name, let args, let offset):
      return try Functions.call(name, args.indices.map(operand), evaluator: &self, at: offset)
    case .list(let items, let offset): return try Evaluator.list(items.indices.map(operand), at: offset)
    }
  }

  /// A name that is not a variable: `e`, or an error.
  private func constant(_ name: String, at offset: Int) throws(ExpressionError) -> Value {
    if name == "e" { return .scalar(try exact(offset) { try RealValue.exp(.rational(.one), limits: limits.exact) }) }
    if name == "pi" || name == "π" {
      throw ExpressionError(
        .unknownName, en: "π is not part of this chapter's answers",
        ko: "이 장의 답에는 π를 쓰지 않습니다", at: offset)
    }
    throw ExpressionError.unknownName(name, among: Array(variables.keys) + Functions.names, at: offset)
  }

  mutating func negated(_ v: Value, at offset: Int) throws(ExpressionError) -> Value {
    try map(v, at: offset) { RealValue.negation($0) }
  }

  /// `e^x`, entry by entry.
  mutating func exponential(_ x: Value, at offset: Int) throws(ExpressionError) -> Value {
    let l = limits.exact
    return try map(x, at: offset) { try RealValue.exp($0, limits: l) }
  }

  /// Assembles `[a, b, ...]`: numbers make a vector, equal-length vectors make a matrix.
  static func list(_ values: [Value], at offset: Int) throws(ExpressionError) -> Value {
    var scalars: [RealValue] = []
    var rows: [[RealValue]] = []
    for v in values {
      switch v {
      case .scalar(let x): scalars.append(x)
      case .vector(let r): rows.append(r)
      case .matrix:
        throw ExpressionError(
          .type, en: "a list of matrices is not a value here",
          ko: "행렬의 목록은 여기서 값으로 쓸 수 없습니다", at: offset)
      }
    }
    if rows.isEmpty { return .vector(scalars) }
    guard scalars.isEmpty else {
      throw ExpressionError(.type, en: "a list mixes numbers and vectors", ko: "목록에 수와 벡터가 섞여 있습니다", at: offset)
    }
    guard rows.allSatisfy({ $0.count == rows[0].count }) else {
      let lengths = rows.map { String($0.count) }.joined(separator: ", ")
      throw ExpressionError(
        .type, en: "matrix rows have different lengths (\(lengths))",
        ko: "행렬의 행 길이가 서로 다릅니다 (\(lengths))", at: offset)
    }
    return .matrix(rows)
  }

  // MARK: - Helpers shared with Functions

  mutating func tick(_ n: Int, at offset: Int) throws(ExpressionError) {
    steps += n
    if steps > limits.maxSteps {
      throw ExpressionError.tooManySteps(limits.maxSteps, at: offset)
    }
    // Each step is charged to the part's work budget too, and stops once it is spent.
    if let meter = WorkMeter.current {
      meter.record(n * Evaluator.stepCost)
      if meter.isExhausted { throw ExpressionError(.limit, ArithmeticError.budgetExhausted.text, at: offset) }
    }
  }

  /// Runs an exact-arithmetic operation, turning its errors into located expression errors.
  func exact<T>(_ offset: Int, _ body: () throws -> T) throws(ExpressionError) -> T {
    do { return try body() } catch let error as ArithmeticError {
      switch error {
      case .divisionByZero, .domain: throw ExpressionError(.domain, error.text, at: offset)
      case .limitExceeded: throw ExpressionError(.limit, error.text, at: offset)
      case .undecided: throw ExpressionError(.undecided, error.text, at: offset)
      }
    } catch {
      throw ExpressionError(.domain, en: "\(error)", ko: "계산할 수 없습니다: \(error)", at: offset)
    }
  }

  /// Applies `f` to every entry.
  mutating func map(_ v: Value, at offset: Int, _ f: (RealValue) throws -> RealValue) throws(ExpressionError) -> Value {
    try tick(v.entries.count, at: offset)
    switch v {
    case .scalar(let x): return .scalar(try exact(offset) { try f(x) })
    case .vector(let xs): return .vector(try exact(offset) { try xs.map(f) })
    case .matrix(let m): return .matrix(try exact(offset) { try m.map { try $0.map(f) } })
    }
  }

  /// Combines two values entry by entry, broadcasting a scalar over a vector or matrix.
  mutating func zip(
    _ a: Value, _ b: Value, at offset: Int, what: LocalizedText,
    _ f: (RealValue, RealValue) throws -> RealValue
  ) throws(ExpressionError) -> Value {
    try tick(max(a.entries.count, b.entries.count), at: offset)
    switch (a, b) {
    case (.scalar(let x), .scalar(let y)): return .scalar(try exact(offset) { try f(x, y) })
    case (.scalar(let x), .vector(let ys)): return .vector(try exact(offset) { try ys.map { try f(x, $0) } })
    case (.vector(let xs), .scalar(let y)): return .vector(try exact(offset) { try xs.map { try f($0, y) } })
    case (.scalar(let x), .matrix(let m)): return .matrix(try exact(offset) { try m.map { try $0.map { try f(x, $0) } } })
    case (.matrix(let m), .scalar(let y)): return .matrix(try exact(offset) { try m.map { try $0.map { try f($0, y) } } })
    case (.vector(let xs), .vector(let ys)):
      guard xs.count == ys.count else {
        throw ExpressionError.lengthMismatch(what, xs.count, ys.count, at: offset)
      }
      return .vector(try exact(offset) { try Swift.zip(xs, ys).map { try f($0, $1) } })
    case (.matrix(let m), .matrix(let n)):
      guard m.count == n.count, m.first?.count == n.first?.count else {
        throw ExpressionError(
          .type, en: "\(what.en) of matrices of different shapes",
          ko: "모양이 서로 다른 두 행렬의 \(what.ko)", at: offset)
      }
      return .matrix(try exact(offset) { try Swift.zip(m, n).map { try Swift.zip($0, $1).map { try f($0, $1) } } })
    default:
      let (x, y) = (a.shapeText, b.shapeText)
      throw ExpressionError(
        .type, en: "\(what.en) of \(x.en) and \(y.en)",
        ko: "\(KoreanParticle.and.after(x.ko)) \(y.ko)의 \(what.ko)", at: offset)
    }
  }

  mutating func binary(_ op: String, _ a: Value, _ b: Value, at offset: Int) throws(ExpressionError) -> Value {
    let l = limits.exact
    switch op {
    case "+": return try zip(a, b, at: offset, what: LocalizedText(en: "sum", ko: "합")) { try RealValue.sum($0, $1, limits: l) }
    case "-":
      return try zip(a, b, at: offset, what: LocalizedText(en: "difference", ko: "차")) {
        try RealValue.difference($0, $1, limits: l)
      }
    case "*":
      return try zip(a, b, at: offset, what: LocalizedText(en: "product", ko: "곱")) { try RealValue.product($0, $1, limits: l) }
    case "/":
      return try zip(a, b, at: offset, what: LocalizedText(en: "quotient", ko: "몫")) { try RealValue.quotient($0, $1, limits: l) }
    case "^":
      return try zip(a, b, at: offset, what: LocalizedText(en: "power", ko: "거듭제곱")) { try RealValue.power($0, $1, limits: l) }
    case "@": return try Functions.matrixProduct(a, b, evaluator: &self, at: offset)
    default: throw ExpressionError.unknownOperator(op, at: offset)
    }
  }
}
