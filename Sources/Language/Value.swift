public import Exact
public import Localization

/// The value of an expression: a real number, a vector, or a matrix (a list of rows).
public enum Value: Sendable {
  case scalar(RealValue)
  case vector([RealValue])
  case matrix([[RealValue]])

  /// A short description of the shape, for error messages: `a number`, `a vector of length 3`
  /// (`수 하나`, `길이 3인 벡터`).
  public var shapeText: LocalizedText {
    switch self {
    case .scalar: return LocalizedText(en: "a number", ko: "수 하나")
    case .vector(let v): return LocalizedText(en: "a vector of length \(v.count)", ko: "길이 \(v.count)인 벡터")
    case .matrix(let m):
      let size = "\(m.count)×\(m.first?.count ?? 0)"
      return LocalizedText(en: "a \(size) matrix", ko: "\(size) 행렬")
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
