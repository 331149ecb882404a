public import Exact

/// The value of an expression: a real number, a vector, or a matrix (a list of rows).
public enum Value: Sendable {
  case scalar(RealValue)
  case vector([RealValue])
  case matrix([[RealValue]])

  /// A short description of the shape, for error messages: `a number`, `a vector of length 3`.
  public var shapeDescription: String {
    switch self {
    case .scalar: return "a number"
    case .vector(let v): return "a vector of length \(v.count)"
    case .matrix(let m): return "a \(m.count)×\(m.first?.count ?? 0) matrix"
    }
  }

  /// All entries, row by row.
  public var entries: [RealValue] {
    switch self {
    case .scalar(let x): return [x]
    case .vector(let v): return v
    case .matrix(let m): return m.flatMap { $0 }
    }
  }

  /// Convenience for exact rationals.
  public static func rational(_ q: Rational) -> Value { .scalar(.rational(q)) }
  /// A vector of exact rationals.
  public static func rationals(_ qs: [Rational]) -> Value { .vector(qs.map { .rational($0) }) }
}
