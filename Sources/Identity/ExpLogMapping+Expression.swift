import Exact
import Language

extension ExpLogMapping {
  /// The image of `e`, in the current case choices.
  package mutating func map(_ e: Expression) throws(GiveUp) -> IdentityValue {
    try Polynomial.charge(4)
    switch e {
    case .number(let q, _, _):
      return .scalar(RationalFunction(q))
    case .name(let name, _):
      if let v = values[name] { return v }
      if name == "e" { return .scalar(try exponential(.one)) }
      throw GiveUp("unknown name \(name)")
    case .negate(let x, _):
      return try map(x).map { -$0 }
    case .binary("^", .name("e", _), let x, _) where values["e"] == nil:
      return try map(x).map { u throws(GiveUp) in try exponential(u) }
    case .binary(let op, let a, let b, _):
      return try binary(op, try map(a), try map(b))
    case .call(let name, let args, _):
      var mapped: [IdentityValue] = []
      for a in args { mapped.append(try map(a)) }
      return try call(name, mapped)
    case .list(let items, _):
      var mapped: [IdentityValue] = []
      for item in items { mapped.append(try map(item)) }
      return try Self.list(mapped)
    }
  }

  /// `[a, b, ...]`: numbers make a vector, equal-length vectors a matrix.
  static func list(_ items: [IdentityValue]) throws(GiveUp) -> IdentityValue {
    var scalars: [RationalFunction] = []
    var rows: [[RationalFunction]] = []
    for item in items {
      switch item {
      case .scalar(let x): scalars.append(x)
      case .vector(let r): rows.append(r)
      case .matrix: throw GiveUp("a list of matrices")
      }
    }
    if rows.isEmpty { return .vector(scalars) }
    guard scalars.isEmpty, rows.allSatisfy({ $0.count == rows[0].count }) else { throw GiveUp("ragged list") }
    return .matrix(rows)
  }

  private mutating func binary(_ op: String, _ a: IdentityValue, _ b: IdentityValue) throws(GiveUp) -> IdentityValue {
    switch op {
    case "+": return try IdentityValue.zip(a, b) { x, y throws(GiveUp) in try x + y }
    case "-": return try IdentityValue.zip(a, b) { x, y throws(GiveUp) in try x - y }
    case "*": return try IdentityValue.zip(a, b) { x, y throws(GiveUp) in try x * y }
    case "/":
      // Each divisor inverted once (a number divides a whole vector in softmax forms).
      let inverse = try b.map { y throws(GiveUp) in try y.reciprocal() }
      return try IdentityValue.zip(a, inverse) { x, y throws(GiveUp) in try x * y }
    case "^": return try IdentityValue.zip(a, b) { x, y throws(GiveUp) in try power(x, y) }
    case "@": return try Self.matrixProduct(a, b)
    default: throw GiveUp("operator \(op)")
    }
  }

  /// `x^y`: an integer power directly; any other power as `exp(y·log x)`, an identity wherever
  /// `x^y` is defined with `x > 0` (the definedness check refuses the rest).
  mutating func power(_ x: RationalFunction, _ y: RationalFunction) throws(GiveUp) -> RationalFunction {
    if let q = y.constant, q.isInteger, let k = q.numerator.intValue {
      guard abs(k) <= 64 else { throw GiveUp("power out of range") }
      if k == 0 { return .one }
      return try x.power(k)
    }
    return try exponential(try y * logarithm(x))
  }
}
