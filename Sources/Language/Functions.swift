import Exact
import Localization

/// The built-in functions of the answer grammar.
///
/// `kl`, `entropy` and `cross_entropy` are in nats (natural log), with `0·log 0 = 0`.
public enum Functions {
  /// Every function name the grammar knows.
  public static let names: [String] = [
    "exp", "log", "ln", "log2", "log10", "sqrt", "abs", "max", "min", "sum", "mean", "softmax",
    "sigmoid", "diag", "outer", "dot", "transpose", "factorial", "kl", "entropy", "cross_entropy",
    "floor", "ceil", "argmax", "huffman_lengths", "eye", "ones", "zeros", "len", "index",
  ]

  static func call(
    _ name: String, _ args: [Value], evaluator ev: inout Evaluator, at offset: Int
  ) throws(ExpressionError) -> Value {
    let c = FunctionCall(name: name, args: args, offset: offset)
    if let v = try elementwise(c, &ev) { return v }
    if let v = try reduction(c, &ev) { return v }
    if let v = try matrix(c, &ev) { return v }
    if let v = try information(c, &ev) { return v }
    if ["eye", "ones", "zeros", "len", "index", "argmax"].contains(name) {
      return try ArrayFunctions.call(name, args, evaluator: &ev, at: offset)
    }
    let hint = NameSuggestion.hint(for: name, among: names)
    throw ExpressionError(
      .unknownName, en: "unknown function '\(name)'\(hint.en)",
      ko: "알 수 없는 함수 '\(name)'입니다\(hint.ko)", at: offset)
  }

  /// Functions applied entry by entry: exp, the logs, sqrt, abs, sigmoid, floor and ceil.
  private static func elementwise(_ c: FunctionCall, _ ev: inout Evaluator) throws(ExpressionError) -> Value? {
    let l = ev.limits.exact
    let f: ((RealValue) throws -> RealValue)?
    switch c.name {
    case "exp": f = { try RealValue.exp($0, limits: l) }
    case "log", "ln": f = { try RealValue.log($0, limits: l) }
    case "log2": f = { try RealValue.log2($0, limits: l) }
    case "log10": f = { try RealValue.log10($0, limits: l) }
    case "sqrt": f = { try RealValue.squareRoot($0, limits: l) }
    case "abs": f = { try RealValue.magnitude($0, limits: l) }
    case "sigmoid":
      // σ(z) = 1 / (1 + e^{-z})
      f = {
        try RealValue.quotient(
          .rational(.one), RealValue.sum(.rational(.one), try RealValue.exp(RealValue.negation($0), limits: l), limits: l),
          limits: l)
      }
    case "floor", "ceil":
      let up = c.name == "ceil"
      f = { .rational(Rational(try RealValue.floor($0, ceiling: up, limits: l))) }
    default: f = nil
    }
    guard let f else { return nil }
    try c.arity(1)
    return try ev.map(c.args[0], at: c.offset, f)
  }

  /// Functions of a whole vector: max, min, sum, mean, softmax, factorial, huffman_lengths.
  private static func reduction(_ c: FunctionCall, _ ev: inout Evaluator) throws(ExpressionError) -> Value? {
    let l = ev.limits.exact
    let offset = c.offset
    let args = c.args
    switch c.name {
    case "max", "min":
      let pick: (RealValue, RealValue) throws -> RealValue =
        c.name == "max"
        ? { try RealValue.maximum($0, $1, limits: l) } : { try RealValue.minimum($0, $1, limits: l) }
      if args.count == 2 { return try ev.zip(args[0], args[1], at: offset, what: c.named, pick) }
      try c.arity(1)
      let xs = try c.vector(args[0], c.argument)
      guard var acc = xs.first else { throw c.emptyVector() }
      try ev.tick(xs.count, at: offset)
      for x in xs.dropFirst() { acc = try ev.exact(offset) { try pick(acc, x) } }
      return .scalar(acc)
    case "sum", "mean":
      try c.arity(1)
      let xs = args[0].entries
      try ev.tick(xs.count, at: offset)
      var acc = try ev.exact(offset) { try total(xs, limits: l) }
      if c.name == "mean" {
        guard !xs.isEmpty else { throw c.emptyVector() }
        acc = try ev.exact(offset) { try RealValue.quotient(acc, .rational(Rational(xs.count)), limits: l) }
      }
      return .scalar(acc)
    case "softmax":
      try c.arity(1)
      let xs = try c.vector(args[0], c.argument)
      try ev.tick(2 * xs.count, at: offset)
      return .vector(try ev.exact(offset) { try softmax(xs, limits: l) })
    case "factorial":
      try c.arity(1)
      guard case .scalar(let x) = args[0], let q = x.rationalValue, q.isInteger, q.signum >= 0 else {
        throw ExpressionError(
          .domain, en: "factorial takes a non-negative integer",
          ko: "factorial의 인수는 음이 아닌 정수여야 합니다", at: offset)
      }
      guard let n = q.numerator.intValue, n <= ev.limits.maxFactorial else {
        throw ExpressionError(
          .limit, en: "factorial of more than \(ev.limits.maxFactorial)",
          ko: "factorial의 인수가 \(ev.limits.maxFactorial)보다 큽니다", at: offset)
      }
      try ev.tick(n, at: offset)
      var f = BigInteger(1)
      if n > 1 { for k in 2...n { f *= BigInteger(k) } }
      return .rational(Rational(f))
    case "huffman_lengths":
      // The codeword lengths of a binary Huffman code for the distribution p, in symbol order.
      try c.arity(1)
      let p = try c.vector(args[0], c.argument)
      guard !p.isEmpty else { throw c.emptyVector() }
      guard p.count <= ev.limits.maxVectorLength else {
        throw ExpressionError(
          .limit, en: "huffman_lengths of more than \(ev.limits.maxVectorLength) symbols",
          ko: "huffman_lengths의 기호가 \(ev.limits.maxVectorLength)개보다 많습니다", at: offset)
      }
      let qs = p.compactMap(\.rationalValue)
      guard qs.count == p.count, qs.allSatisfy({ $0.signum >= 0 }) else {
        throw ExpressionError(
          .domain, en: "huffman_lengths takes a vector of exact non-negative numbers",
          ko: "huffman_lengths의 인수는 음이 아닌 정확한 수들의 벡터여야 합니다", at: offset)
      }
      try ev.tick(p.count * p.count, at: offset)
      return .rationals(HuffmanLengths.lengths(qs).map { Rational($0) })
    default: return nil
    }
  }

  /// Functions that build or rearrange matrices: diag, outer, dot, transpose.
  private static func matrix(_ c: FunctionCall, _ ev: inout Evaluator) throws(ExpressionError) -> Value? {
    let l = ev.limits.exact
    let offset = c.offset
    let args = c.args
    switch c.name {
    case "diag":
      try c.arity(1)
      let xs = try c.vector(args[0], c.argument)
      guard xs.count * xs.count <= ev.limits.maxEntries else {
        throw ExpressionError.matrixTooLarge(ev.limits.maxEntries, at: offset)
      }
      try ev.tick(xs.count * xs.count, at: offset)
      return .matrix(xs.indices.map { i in xs.indices.map { j in i == j ? xs[i] : .rational(.zero) } })
    case "outer":
      try c.arity(2)
      let xs = try c.vector(args[0], c.first)
      let ys = try c.vector(args[1], c.second)
      guard xs.count * ys.count <= ev.limits.maxEntries else {
        throw ExpressionError.matrixTooLarge(ev.limits.maxEntries, at: offset)
      }
      try ev.tick(xs.count * ys.count, at: offset)
      return .matrix(try ev.exact(offset) { try xs.map { x in try ys.map { try RealValue.product(x, $0, limits: l) } } })
    case "dot":
      try c.arity(2)
      return try matrixProduct(
        .vector(try c.vector(args[0], c.argument)), .vector(try c.vector(args[1], c.argument)), evaluator: &ev, at: offset)
    case "transpose":
      try c.arity(1)
      switch args[0] {
      case .matrix(let m):
        guard let cols = m.first?.count else { return args[0] }
        return .matrix((0..<cols).map { j in m.map { $0[j] } })
      default: return args[0]  // numpy: the transpose of a 1-D array is itself
      }
    default: return nil
    }
  }

  /// Entropy, cross-entropy and KL divergence, in nats, exact for rational distributions.
  private static func information(_ c: FunctionCall, _ ev: inout Evaluator) throws(ExpressionError) -> Value? {
    let l = ev.limits.exact
    let offset = c.offset
    let args = c.args
    let named = c.named
    switch c.name {
    case "entropy":
      try c.arity(1)
      let p = try c.vector(args[0], c.argument)
      try ev.tick(p.count, at: offset)
      return .scalar(try ev.exact(offset) { RealValue.negation(try sumOfPLogQ(p, p, limits: l)) })
    case "cross_entropy":
      try c.arity(2)
      let p = try c.vector(args[0], c.first)
      let q = try c.vector(args[1], c.second)
      guard p.count == q.count else { throw ExpressionError.lengthMismatch(named, p.count, q.count, at: offset) }
      try ev.tick(p.count, at: offset)
      return .scalar(try ev.exact(offset) { RealValue.negation(try sumOfPLogQ(p, q, limits: l)) })
    case "kl":
      try c.arity(2)
      let p = try c.vector(args[0], c.first)
      let q = try c.vector(args[1], c.second)
      guard p.count == q.count else { throw ExpressionError.lengthMismatch(named, p.count, q.count, at: offset) }
      try ev.tick(2 * p.count, at: offset)
      return .scalar(
        try ev.exact(offset) {
          try RealValue.difference(try sumOfPLogQ(p, p, limits: l), try sumOfPLogQ(p, q, limits: l), limits: l)
        })
    default: return nil
    }
  }

  /// `Σ pᵢ·log qᵢ` with the convention `0·log q = 0` (so `0·log 0 = 0`).
  static func sumOfPLogQ(_ p: [RealValue], _ q: [RealValue], limits: ExactLimits) throws -> RealValue {
    var terms: [RealValue] = []
    for (pi, qi) in zip(p, q) {
      if let r = pi.rationalValue, r.isZero { continue }
      terms.append(try RealValue.product(pi, try RealValue.log(qi, limits: limits), limits: limits))
    }
    return try total(terms, limits: limits)
  }

  /// The sum of many values, added pairwise: a balanced tree keeps computed values shallow
  /// (depth log n, not n) and merges exact log forms of similar size.
  static func total(_ values: [RealValue], limits: ExactLimits) throws -> RealValue {
    guard !values.isEmpty else { return .rational(.zero) }
    var level = values
    while level.count > 1 {
      var next: [RealValue] = []
      next.reserveCapacity((level.count + 1) / 2)
      var i = 0
      while i + 1 < level.count {
        next.append(try RealValue.sum(level[i], level[i + 1], limits: limits))
        i += 2
      }
      if i < level.count { next.append(level[i]) }
      level = next
    }
    return level[0]
  }

  /// `softmax(x)ᵢ = exp(xᵢ) / Σⱼ exp(xⱼ)`. With log-rational logits the result is exact.
  static func softmax(_ xs: [RealValue], limits: ExactLimits) throws -> [RealValue] {
    // Shift by the first logit (softmax is shift invariant): exp(x_j − x_0) is exact whenever the
    // differences are logs of rationals ([1 + log 2, 1, 1] gives exactly [1/2, 1/4, 1/4]), and
    // a huge logit cannot overflow the enclosures.
    guard let first = xs.first else { return [] }
    let exps = try xs.map { try RealValue.exp(try RealValue.difference($0, first, limits: limits), limits: limits) }
    let sum = try total(exps, limits: limits)
    return try exps.map { try RealValue.quotient($0, sum, limits: limits) }
  }

  /// `@`: matrix–matrix, matrix–vector, vector–matrix and vector–vector (dot) products.
  static func matrixProduct(
    _ a: Value, _ b: Value, evaluator ev: inout Evaluator, at offset: Int
  ) throws(ExpressionError) -> Value {
    let l = ev.limits.exact
    func dot(_ x: [RealValue], _ y: [RealValue]) throws -> RealValue {
      try total(try zip(x, y).map { try RealValue.product($0, $1, limits: l) }, limits: l)
    }
    // The shape texts are built only when an error is thrown: `@` runs on every sample.
    func mismatch() -> ExpressionError {
      let (x, y) = (a.shapeText, b.shapeText)
      return ExpressionError(
        .type, en: "matrix product of \(x.en) and \(y.en): inner sizes differ",
        ko: "\(KoreanParticle.and.after(x.ko)) \(y.ko)의 행렬 곱: 안쪽 크기가 다릅니다", at: offset)
    }
    switch (a, b) {
    case (.vector(let x), .vector(let y)):
      guard x.count == y.count else { throw mismatch() }
      try ev.tick(x.count, at: offset)
      return .scalar(try ev.exact(offset) { try dot(x, y) })
    case (.matrix(let m), .vector(let y)):
      guard m.first?.count == y.count else { throw mismatch() }
      try ev.tick(m.count * y.count, at: offset)
      return .vector(try ev.exact(offset) { try m.map { try dot($0, y) } })
    case (.vector(let x), .matrix(let m)):
      guard m.count == x.count, let cols = m.first?.count else { throw mismatch() }
      try ev.tick(m.count * cols, at: offset)
      return .vector(try ev.exact(offset) { try (0..<cols).map { j in try dot(x, m.map { $0[j] }) } })
    case (.matrix(let m), .matrix(let n)):
      guard m.first?.count == n.count, let cols = n.first?.count else { throw mismatch() }
      try ev.tick(m.count * cols * n.count, at: offset)
      return .matrix(try ev.exact(offset) { try m.map { row in try (0..<cols).map { j in try dot(row, n.map { $0[j] }) } } })
    default:
      let (x, y) = (a.shapeText, b.shapeText)
      throw ExpressionError(
        .type, en: "'@' needs vectors or matrices, not \(x.en) and \(y.en)",
        ko: "'@'에는 벡터나 행렬이 필요합니다 (받은 것: \(x.ko), \(y.ko))", at: offset)
    }
  }
}
