import Exact

extension ExpLogMapping {
  /// The image of a call; functions outside the mapped class give up.
  mutating func call(_ name: String, _ args: [IdentityValue]) throws(GiveUp) -> IdentityValue {
    if Self.elementwiseNames.contains(name) {
      guard args.count == 1 else { throw GiveUp("arity of \(name)") }
      return try args[0].map { u throws(GiveUp) in try elementwise(name, u) }
    }
    switch (name, args.count) {
    case ("max", 2), ("min", 2):
      return try IdentityValue.zip(args[0], args[1]) { a, b throws(GiveUp) in try extreme(a, b, greatest: name == "max") }
    case ("max", 1), ("min", 1):
      return .scalar(try extreme(of: try Self.vector(args[0]), greatest: name == "max"))
    case ("sum", 1): return .scalar(try Self.total(args[0].entries))
    case ("mean", 1):
      let xs = args[0].entries
      guard !xs.isEmpty else { throw GiveUp("mean of nothing") }
      return .scalar(try Self.total(xs) * RationalFunction(Rational(1, xs.count)))
    case ("softmax", 1):
      var exps: [RationalFunction] = []
      for x in try Self.vector(args[0]) { exps.append(try exponential(x)) }
      let inverse = try Self.total(exps).reciprocal()
      return .vector(try IdentityValue.each(exps) { e throws(GiveUp) in try e * inverse })
    case ("entropy", 1):
      let p = try Self.vector(args[0])
      return .scalar(-(try sumOfPLogQ(p, p)))
    case ("cross_entropy", 2), ("kl", 2):
      let p = try Self.vector(args[0])
      let q = try Self.vector(args[1])
      guard p.count == q.count else { throw GiveUp("lengths differ") }
      let cross = try sumOfPLogQ(p, q)
      return .scalar(name == "kl" ? try sumOfPLogQ(p, p) - cross : -cross)
    default:
      return try Self.arrayCall(name, args, dimension: dimension)
    }
  }

  static let elementwiseNames: Set<String> = ["exp", "log", "ln", "log2", "log10", "sqrt", "abs", "sigmoid"]

  /// One entry of an entrywise function.
  private mutating func elementwise(_ name: String, _ u: RationalFunction) throws(GiveUp) -> RationalFunction {
    switch name {
    case "exp": return try exponential(u)
    case "log", "ln": return try logarithm(u)
    case "log2", "log10": return try logarithm(u) / logarithm(RationalFunction(Rational(name == "log2" ? 2 : 10)))
    case "sqrt": return try power(u, RationalFunction(Rational(1, 2)))
    case "abs": return magnitude(u)
    default: return try (RationalFunction.one + exponential(-u)).reciprocal()  // sigmoid: 1 / (1 + e^{-z})
    }
  }

  /// `Σ pᵢ·log qᵢ`, with `0·log q = 0` for entries that are exactly zero (as the evaluator does).
  private mutating func sumOfPLogQ(_ p: [RationalFunction], _ q: [RationalFunction]) throws(GiveUp) -> RationalFunction {
    var terms: [RationalFunction] = []
    for (pi, qi) in zip(p, q) where !pi.isZero { terms.append(try pi * logarithm(qi)) }
    return try Self.total(terms)
  }

  static func total(_ xs: [RationalFunction]) throws(GiveUp) -> RationalFunction {
    var sum = RationalFunction.zero
    for x in xs { sum = try sum + x }
    return sum
  }

  static func vector(_ v: IdentityValue) throws(GiveUp) -> [RationalFunction] {
    guard case .vector(let xs) = v else { throw GiveUp("a vector was expected") }
    return xs
  }
}
