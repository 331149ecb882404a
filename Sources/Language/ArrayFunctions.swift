import Exact
import Localization

/// numpy's array builders and accessors: `eye(n)`, `ones(n)`, `zeros(n)`, `len(x)` and the
/// zero-based indexing `p[i]` (`index(p, i)`), with errors that say how indices count.
enum ArrayFunctions {
  static func call(
    _ name: String, _ args: [Value], evaluator ev: inout Evaluator, at offset: Int
  ) throws(ExpressionError) -> Value {
    switch name {
    case "len":
      try arity(name, args, 1, at: offset)
      return .rational(Rational(args[0].entries.count))
    case "index":
      try arity(name, args, 2, at: offset)
      return try index(args[0], args[1], at: offset)
    case "argmax":
      try arity(name, args, 1, at: offset)
      return try argmax(args[0], evaluator: &ev, at: offset)
    default:
      try arity(name, args, 1, at: offset)
      let n = try size(name, args[0], limit: name == "eye" ? ev.limits.maxEntries : ev.limits.maxVectorLength, at: offset)
      if name == "eye" {
        guard n * n <= ev.limits.maxEntries else { throw ExpressionError.matrixTooLarge(ev.limits.maxEntries, at: offset) }
        try ev.tick(n * n, at: offset)
        return .matrix((0..<n).map { i in (0..<n).map { j in .rational(i == j ? .one : .zero) } })
      }
      try ev.tick(n, at: offset)
      return .vector(Array(repeating: .rational(name == "ones" ? .one : .zero), count: n))
    }
  }

  private static func arity(_ name: String, _ args: [Value], _ n: Int, at offset: Int) throws(ExpressionError) {
    guard args.count == n else {
      throw ExpressionError(
        .arity, en: "\(name) takes \(n == 1 ? "one argument" : "\(n) arguments"), not \(args.count)",
        ko: "\(name)의 인수는 \(n)개여야 합니다 (받은 인수: \(args.count)개)", at: offset)
    }
  }

  /// A size argument: a non-negative integer no larger than the limit.
  private static func size(_ name: String, _ v: Value, limit: Int, at offset: Int) throws(ExpressionError) -> Int {
    guard case .scalar(let x) = v, let q = x.rationalValue, q.isInteger, q.signum >= 0, let n = q.numerator.intValue, n <= limit
    else {
      throw ExpressionError(
        .domain, en: "\(name) takes a whole number of entries from 0 to \(limit), as in \(name)(3)",
        ko: "\(name)의 인수는 0부터 \(limit)까지의 정수(성분 개수)여야 합니다. 예: \(name)(3)", at: offset)
    }
    return n
  }

  /// `p[i]`: zero-based as in numpy (`p[0]` is the first entry, `p[-1]` the last); a matrix
  /// index gives a row.
  private static func index(_ container: Value, _ i: Value, at offset: Int) throws(ExpressionError) -> Value {
    let count: Int
    switch container {
    case .vector(let xs): count = xs.count
    case .matrix(let m): count = m.count
    case .scalar:
      throw ExpressionError(
        .type, en: "only a vector or a matrix can be indexed, not a number",
        ko: "인덱스는 벡터나 행렬에만 쓸 수 있습니다 (수에는 쓸 수 없습니다)", at: offset)
    }
    guard case .scalar(let x) = i, let q = x.rationalValue, q.isInteger, let k = q.numerator.intValue,
      k >= -count, k < count
    else {
      let last = count - 1
      throw ExpressionError(
        .domain,
        en:
          "index out of range: indices count from 0, as in numpy, so this one of \(count) entries takes 0 to \(last) (or -\(count) to -1 from the end); the first entry is [0]",
        ko: "인덱스가 범위를 벗어났습니다: 인덱스는 numpy처럼 0부터 셉니다. 성분이 \(count)개이므로 0부터 \(last)까지(끝에서부터는 -\(count)부터 -1까지) 쓸 수 있고, 첫 성분은 [0]입니다",
        at: offset)
    }
    let position = k < 0 ? count + k : k
    switch container {
    case .vector(let xs): return .scalar(xs[position])
    case .matrix(let m): return .vector(m[position])
    case .scalar: return container
    }
  }

  /// Zero-based, as numpy's argmax; the first index among ties.
  private static func argmax(_ v: Value, evaluator ev: inout Evaluator, at offset: Int) throws(ExpressionError) -> Value {
    let l = ev.limits.exact
    let xs: [RealValue]
    switch v {
    case .vector(let entries): xs = entries
    case .scalar(let x): xs = [x]
    case .matrix:
      let shape = v.shapeText
      throw ExpressionError(
        .type, en: "argmax expects a vector as its argument, not \(shape.en)",
        ko: "argmax의 인수는 벡터여야 합니다 (받은 것: \(shape.ko))", at: offset)
    }
    guard !xs.isEmpty else {
      throw ExpressionError(.type, en: "argmax of an empty vector", ko: "argmax의 인수가 빈 벡터입니다", at: offset)
    }
    try ev.tick(xs.count, at: offset)
    var best = 0
    for i in xs.indices.dropFirst() {
      let c = try ev.exact(offset) { try RealValue.compare(xs[i], xs[best], limits: l) }
      guard let order = c.order else {
        throw ExpressionError(
          .undecided, en: "argmax: entries \(best) and \(i) cannot be told apart",
          ko: "argmax: 성분 \(best), \(i)의 대소를 판정할 수 없습니다", at: offset)
      }
      if order > 0 { best = i }
    }
    return .rational(Rational(best))
  }
}
