import Exact

extension ExpLogMapping {
  /// The functions that build, rearrange or multiply vectors and matrices.
  static func arrayCall(_ name: String, _ args: [IdentityValue], dimension: Int) throws(GiveUp) -> IdentityValue {
    switch (name, args.count) {
    case ("diag", 1):
      let xs = try vector(args[0])
      return .matrix(xs.indices.map { i in xs.indices.map { j in i == j ? xs[i] : .zero } })
    case ("outer", 2):
      let xs = try vector(args[0])
      let ys = try vector(args[1])
      var rows: [[RationalFunction]] = []
      for x in xs { rows.append(try IdentityValue.each(ys) { y throws(GiveUp) in try x * y }) }
      return .matrix(rows)
    case ("dot", 2): return try matrixProduct(.vector(try vector(args[0])), .vector(try vector(args[1])))
    case ("transpose", 1):
      guard case .matrix(let m) = args[0], let columns = m.first?.count else { return args[0] }
      return .matrix((0..<columns).map { j in m.map { $0[j] } })
    case ("len", 1): return .scalar(RationalFunction(Rational(args[0].entries.count)))
    case ("ones", 1), ("zeros", 1), ("eye", 1):
      guard let n = args[0].entries.first?.constant?.numerator.intValue, n >= 0, n <= 64 else { throw GiveUp("size of \(name)") }
      if name == "eye" { return .matrix((0..<n).map { i in (0..<n).map { i == $0 ? .one : .zero } }) }
      return .vector(Array(repeating: name == "ones" ? .one : .zero, count: n))
    case ("index", 2): return try index(args[0], args[1])
    default: throw GiveUp("function \(name) is not mapped")
    }
  }

  /// `p[i]`, zero-based, negative from the end, as numpy.
  private static func index(_ container: IdentityValue, _ i: IdentityValue) throws(GiveUp) -> IdentityValue {
    guard case .scalar(let x) = i, let q = x.constant, q.isInteger, let k = q.numerator.intValue else { throw GiveUp("index") }
    switch container {
    case .vector(let xs) where k >= -xs.count && k < xs.count: return .scalar(xs[k < 0 ? k + xs.count : k])
    case .matrix(let m) where k >= -m.count && k < m.count: return .vector(m[k < 0 ? k + m.count : k])
    default: throw GiveUp("index")
    }
  }

  /// `@`: matrix–matrix, matrix–vector, vector–matrix and vector–vector products.
  static func matrixProduct(_ a: IdentityValue, _ b: IdentityValue) throws(GiveUp) -> IdentityValue {
    func dot(_ x: [RationalFunction], _ y: [RationalFunction]) throws(GiveUp) -> RationalFunction {
      guard x.count == y.count else { throw GiveUp("inner sizes differ") }
      var sum = RationalFunction.zero
      for (p, q) in zip(x, y) { sum = try sum + p * q }
      return sum
    }
    switch (a, b) {
    case (.vector(let x), .vector(let y)): return .scalar(try dot(x, y))
    case (.matrix(let m), .vector(let y)):
      var out: [RationalFunction] = []
      for r in m { out.append(try dot(r, y)) }
      return .vector(out)
    case (.vector(let x), .matrix(let m)):
      guard let columns = m.first?.count else { throw GiveUp("empty matrix") }
      var out: [RationalFunction] = []
      for j in 0..<columns { out.append(try dot(x, m.map { $0[j] })) }
      return .vector(out)
    case (.matrix(let m), .matrix(let n)):
      guard let columns = n.first?.count else { throw GiveUp("empty matrix") }
      var rows: [[RationalFunction]] = []
      for r in m {
        var row: [RationalFunction] = []
        for j in 0..<columns { row.append(try dot(r, n.map { $0[j] })) }
        rows.append(row)
      }
      return .matrix(rows)
    default: throw GiveUp("'@' of a number")
    }
  }
}
