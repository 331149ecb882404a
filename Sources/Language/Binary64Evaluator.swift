import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Evaluates an expression in IEEE binary64, the way numpy would: for `stable` parts, whose
/// point is what happens in floating point (overflow to `inf`, `0/0 = nan`).
///
/// Values are `[Double]` rows; a number is a 1×1 value, a vector one row. No exactness and
/// no errors for domain problems: `log(0) = -inf` and `0/0 = nan`, as in numpy.
public struct Binary64Evaluator {
  public enum Value64: Sendable, Equatable {
    case scalar(Double)
    case vector([Double])

    public var entries: [Double] {
      switch self {
      case .scalar(let x): return [x]
      case .vector(let v): return v
      }
    }
  }

  public var variables: [String: Value64]
  let limits: LanguageLimits
  private var steps = 0

  public init(variables: [String: Value64], limits: LanguageLimits = .standard) {
    self.variables = variables
    self.limits = limits
  }

  public mutating func evaluate(_ e: Expression) throws(ExpressionError) -> Value64 {
    steps += 1
    guard steps <= limits.maxSteps else { throw ExpressionError.tooManySteps(limits.maxSteps, at: e.offset) }
    switch e {
    case .number(let q, _, _): return .scalar(q.doubleValue)
    case .name(let n, let o):
      if let v = variables[n] { return v }
      if n == "e" { return .scalar(M_E) }
      throw ExpressionError.unknownName(n, among: variables.keys, at: o)
    case .negate(let x, _): return map(try evaluate(x)) { -$0 }
    case .binary(let op, let a, let b, let o):
      if op == "^", case .name("e", _) = a, variables["e"] == nil { return map(try evaluate(b)) { Glibc.exp($0) } }
      let x = try evaluate(a)
      let y = try evaluate(b)
      switch op {
      case "+": return try zip(x, y, o) { $0 + $1 }
      case "-": return try zip(x, y, o) { $0 - $1 }
      case "*": return try zip(x, y, o) { $0 * $1 }
      case "/": return try zip(x, y, o) { $0 / $1 }
      case "^": return try zip(x, y, o) { Glibc.pow($0, $1) }
      case "@":
        let (u, v) = (x.entries, y.entries)
        guard u.count == v.count else {
          throw ExpressionError.lengthMismatch(LocalizedText(en: "'@'", ko: "'@'"), u.count, v.count, at: o)
        }
        return .scalar(Swift.zip(u, v).reduce(0) { $0 + $1.0 * $1.1 })
      default: throw ExpressionError.unknownOperator(op, at: o)
      }
    case .list(let items, let o):
      var out: [Double] = []
      for item in items {
        guard case .scalar(let x) = try evaluate(item) else {
          throw ExpressionError(
            .type, en: "matrices are not supported in binary64 evaluation",
            ko: "binary64 계산에서는 행렬을 쓸 수 없습니다", at: o)
        }
        out.append(x)
      }
      return .vector(out)
    case .call(let f, let args, let o):
      var values: [Value64] = []
      for a in args { values.append(try evaluate(a)) }
      return try call(f, values, at: o)
    }
  }

  private func map(_ v: Value64, _ f: (Double) -> Double) -> Value64 {
    switch v {
    case .scalar(let x): return .scalar(f(x))
    case .vector(let xs): return .vector(xs.map(f))
    }
  }

  private func zip(_ a: Value64, _ b: Value64, _ o: Int, _ f: (Double, Double) -> Double) throws(ExpressionError) -> Value64 {
    switch (a, b) {
    case (.scalar(let x), .scalar(let y)): return .scalar(f(x, y))
    case (.scalar(let x), .vector(let ys)): return .vector(ys.map { f(x, $0) })
    case (.vector(let xs), .scalar(let y)): return .vector(xs.map { f($0, y) })
    case (.vector(let xs), .vector(let ys)):
      guard xs.count == ys.count else {
        throw ExpressionError(
          .type, en: "vectors of lengths \(xs.count) and \(ys.count)",
          ko: "길이가 서로 다른 두 벡터(길이 \(xs.count), \(ys.count))", at: o)
      }
      return .vector(Swift.zip(xs, ys).map(f))
    }
  }

  private func call(_ f: String, _ args: [Value64], at o: Int) throws(ExpressionError) -> Value64 {
    func one() throws(ExpressionError) -> Value64 {
      guard args.count == 1 else {
        throw ExpressionError(.arity, en: "\(f) takes one argument", ko: "\(f)의 인수는 1개여야 합니다", at: o)
      }
      return args[0]
    }
    switch f {
    case "exp": return map(try one()) { Glibc.exp($0) }
    case "log", "ln": return map(try one()) { Glibc.log($0) }
    case "log2": return map(try one()) { Glibc.log2($0) }
    case "log10": return map(try one()) { Glibc.log10($0) }
    case "sqrt": return map(try one()) { $0.squareRoot() }
    case "abs": return map(try one()) { Swift.abs($0) }
    case "sigmoid": return map(try one()) { 1 / (1 + Glibc.exp(-$0)) }
    case "sum": return .scalar(try one().entries.reduce(0, +))
    case "mean":
      let xs = try one().entries
      return .scalar(xs.reduce(0, +) / Double(xs.count))
    case "max", "min":
      if args.count == 2 { return try zip(args[0], args[1], o) { f == "max" ? Swift.max($0, $1) : Swift.min($0, $1) } }
      let xs = try one().entries
      // numpy propagates NaN through max/min.
      if xs.contains(where: \.isNaN) { return .scalar(.nan) }
      return .scalar((f == "max" ? xs.max() : xs.min()) ?? .nan)
    case "softmax":
      let xs = try one().entries
      let e = xs.map { Glibc.exp($0) }
      let s = e.reduce(0, +)
      return .vector(e.map { $0 / s })
    default:
      throw ExpressionError(
        .unknownName, en: "'\(f)' is not available in binary64 evaluation",
        ko: "binary64 계산에서는 '\(f)' 함수를 쓸 수 없습니다", at: o)
    }
  }
}
