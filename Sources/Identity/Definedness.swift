import Exact
import Language

/// A structural proof that an expression is defined at every point of the domain, and on which
/// terms the mapping is valid there: every division by a quantity that cannot be zero, every
/// `log`, root and non-integer power of a quantity that is positive.
///
/// The identity test proves `answer = reference` wherever both are defined; with both defined
/// everywhere that is the formula check's whole question. Conservative: `log(p)` on a closed
/// simplex (where `p` may be 0) is not proved defined, and such answers keep the sampled path.
package struct Definedness {
  var kinds: [String: IdentityVariable.Kind]

  package init(variables: [IdentityVariable]) {
    kinds = Dictionary(variables.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
  }

  /// Whether `e` is proved defined on the whole domain.
  package func isTotal(_ e: Expression) -> Bool { signs(e) != nil }

  /// The signs `e` (every entry of it) can take, or nil when it may be undefined somewhere.
  func signs(_ e: Expression) -> SignSet? {
    switch e {
    case .number(let q, _, _): return SignSet(q)
    case .name(let name, _):
      guard let kind = kinds[name] else { return name == "e" ? .positive : nil }
      return Self.signs(of: kind)
    case .negate(let x, _): return signs(x)?.negated
    case .binary("^", .name("e", _), let x, _) where kinds["e"] == nil:
      return signs(x) == nil ? nil : .positive
    case .binary(let op, let a, let b, _):
      guard let x = signs(a), let y = signs(b) else { return nil }
      return binary(op, x, y, exponent: b)
    case .call(let name, let args, _):
      var mapped: [SignSet] = []
      for a in args {
        guard let s = signs(a) else { return nil }
        mapped.append(s)
      }
      return Self.call(name, mapped)
    case .list(let items, _):
      var all: SignSet?
      for item in items {
        guard let s = signs(item) else { return nil }
        all = all.map { $0.union(s) } ?? s
      }
      return all ?? .zero
    }
  }

  static func signs(of kind: IdentityVariable.Kind) -> SignSet {
    switch kind {
    case .real, .realVector: return .any
    case .positive, .count, .dimension, .simplex(open: true): return .positive
    case .unitInterval, .simplex(open: false): return .nonnegative
    }
  }

  private func binary(_ op: String, _ x: SignSet, _ y: SignSet, exponent: Expression) -> SignSet? {
    switch op {
    case "+": return x + y
    case "-": return x + y.negated
    case "*": return x * y
    case "/": return y.zero ? nil : x * y
    case "@": return (x * y) + (x * y)
    case "^":
      if let q = Self.constant(exponent), q.isInteger, let k = q.numerator.intValue { return x.power(k) }
      return x.isPositive ? .positive : nil
    default: return nil
    }
  }

  /// The value of a literal number, possibly negated.
  static func constant(_ e: Expression) -> Rational? {
    switch e {
    case .number(let q, _, _): return q
    case .negate(let x, _): return constant(x).map { -$0 }
    default: return nil
    }
  }
}
