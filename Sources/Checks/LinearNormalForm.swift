import Exact
import Language

/// A light normal form of an expression, for telling a chain step that argues from one that only
/// restates the claim.
///
/// An expression becomes a sum of monomials with rational coefficients: operands of `+ * max min`
/// are put in a fixed order, parentheses vanish, `+ 0` and `* 1` disappear, numeric constants are
/// folded into the coefficient, `x * (1/x)` cancels, a monomial times a sum is distributed, `sum`
/// is linear, the log of a product or quotient is a sum or difference of logs, and like terms are
/// collected. `kl`, `entropy`, `cross_entropy` and `softmax` are unfolded. Nothing else is
/// simplified: `log(exp(x))` stays as written and powers are not expanded, so a step that uses
/// an identity with content is never mistaken for a restatement.
struct LinearNormalForm: Equatable {
  /// Monomial (its factor keys, sorted; empty for the constant) -> coefficient.
  private(set) var terms: [[String]: Rational]

  private init(_ terms: [[String]: Rational]) { self.terms = terms.filter { !$0.value.isZero } }

  private static let one: [String] = []

  /// The normal form of `e`; `nil` when it would grow past a small bound (a hostile expression).
  init?(_ e: Expression) {
    var budget = 4_000
    guard let form = LinearNormalForm.form(e, budget: &budget) else { return nil }
    self = form
  }

  var isZero: Bool { terms.isEmpty }

  /// The constant `q`, when the form is one.
  private var constant: Rational? {
    if terms.isEmpty { return .zero }
    if terms.count == 1, let q = terms[LinearNormalForm.one] { return q }
    return nil
  }

  static func - (a: LinearNormalForm, b: LinearNormalForm) -> LinearNormalForm {
    var t = a.terms
    for (k, q) in b.terms { t[k] = (t[k] ?? .zero) - q }
    return LinearNormalForm(t)
  }

  private func scaled(_ q: Rational) -> LinearNormalForm { LinearNormalForm(terms.mapValues { $0 * q }) }

  /// `c` with `self = c · other` for a nonzero rational `c`, if there is one.
  func ratio(to other: LinearNormalForm) -> Rational? {
    guard let (key, q) = other.terms.first, let mine = terms[key], !mine.isZero, terms.count == other.terms.count,
      let c = try? mine / q
    else { return nil }
    for (k, v) in other.terms where terms[k] != v * c { return nil }
    return c
  }

  /// The form as one opaque factor key (for a sum inside a product or a call).
  var key: String {
    if let q = constant { return q.description }
    let monomials = terms.map { (name: $0.key.joined(separator: "*"), coefficient: $0.value) }.sorted { $0.name < $1.name }
    if monomials.count == 1, let m = monomials.first, m.coefficient == .one { return m.name }
    return "(" + monomials.map { "\($0.coefficient.description)·\($0.name)" }.joined(separator: " + ") + ")"
  }

  private static func atom(_ key: String) -> LinearNormalForm { LinearNormalForm([[key]: .one]) }

  /// Forbidden-style definitions, unfolded so `kl(p, q)` reads as `sum(p*log(p/q))`.
  private static func unfold(_ name: String, _ args: [Expression], at o: Int) -> Expression? {
    switch (name, args.count) {
    case ("kl", 2):
      return .call(
        "sum", [.binary("*", args[0], .call("log", [.binary("/", args[0], args[1], offset: o)], offset: o), offset: o)], offset: o
      )
    case ("entropy", 1):
      return .negate(.call("sum", [.binary("*", args[0], .call("log", [args[0]], offset: o), offset: o)], offset: o), offset: o)
    case ("cross_entropy", 2):
      return .negate(.call("sum", [.binary("*", args[0], .call("log", [args[1]], offset: o), offset: o)], offset: o), offset: o)
    case ("softmax", 1):
      // Unfolded too, so a restatement in terms of exp(o)/sum(exp(o)) is the same claim.
      return .binary(
        "/", .call("exp", [args[0]], offset: o), .call("sum", [.call("exp", [args[0]], offset: o)], offset: o), offset: o)
    default: return nil
    }
  }

  private static func form(_ e: Expression, budget: inout Int) -> LinearNormalForm? {
    budget -= 1
    guard budget > 0 else { return nil }
    switch e {
    case .number(let q, _, _): return LinearNormalForm([one: q])
    case .name(let n, _): return atom(n)
    case .negate(let x, _): return form(x, budget: &budget)?.scaled(-.one)
    case .list(let items, _):
      var keys: [String] = []
      for item in items {
        guard let f = form(item, budget: &budget) else { return nil }
        keys.append(f.key)
      }
      return atom("[" + keys.joined(separator: ",") + "]")
    case .call(let name, let args, let o):
      if let unfolded = unfold(name, args, at: o) { return form(unfolded, budget: &budget) }
      // log(x*y) = log x + log y and log(x/y) = log x - log y: the claim's own log rules.
      if name == "log" || name == "ln", args.count == 1, case .binary(let op, let x, let y, _) = args[0], op == "*" || op == "/" {
        guard let l = form(.call("log", [x], offset: o), budget: &budget),
          let r = form(.call("log", [y], offset: o), budget: &budget)
        else { return nil }
        return op == "*" ? l - r.scaled(-.one) : l - r
      }
      // sum is linear: sum(a*x - b*y) = a*sum(x) - b*sum(y), one monomial at a time.
      if name == "sum", args.count == 1 {
        guard let inner = form(args[0], budget: &budget) else { return nil }
        var t: [[String]: Rational] = [:]
        for (m, q) in inner.terms { t[["sum(" + LinearNormalForm([m: .one]).key + ")"], default: .zero] += q }
        return LinearNormalForm(t)
      }
      var keys: [String] = []
      for a in args {
        guard let f = form(a, budget: &budget) else { return nil }
        keys.append(f.key)
      }
      if name == "max" || name == "min" { keys.sort() }
      let f = name == "ln" ? "log" : name
      return atom("\(f)(" + keys.joined(separator: ",") + ")")
    case .binary(let op, let a, let b, _):
      guard let x = form(a, budget: &budget), let y = form(b, budget: &budget) else { return nil }
      return combine(op, x, y)
    }
  }

  private static func combine(_ op: String, _ x: LinearNormalForm, _ y: LinearNormalForm) -> LinearNormalForm? {
    switch op {
    case "+": return x - y.scaled(-.one)
    case "-": return x - y
    case "*": return product(x, y)
    case "/":
      if let q = y.constant {
        guard let inv = try? q.reciprocal() else { return atom("/(\(x.key),0)") }
        return x.scaled(inv)
      }
      return product(x, atom("1/" + y.key))
    case "^":
      if y.constant == .one { return x }
      return atom("pow(\(x.key),\(y.key))")
    default:
      return atom("\(op)(\(x.key),\(y.key))")
    }
  }

  /// A product: constants scale; two monomials merge their factors; a sum stays one factor.
  private static func product(_ x: LinearNormalForm, _ y: LinearNormalForm) -> LinearNormalForm {
    if let q = x.constant { return y.scaled(q) }
    if let q = y.constant { return x.scaled(q) }
    // A monomial times a sum distributes (a sum times a sum stays one factor: no blow-up).
    if x.terms.count == 1, y.terms.count > 1 { return product(y, x) }
    if x.terms.count > 1, y.terms.count == 1, let (m, c) = y.terms.first {
      var t: [[String]: Rational] = [:]
      for (k, q) in x.terms { t[cancelled(k + m), default: .zero] += q * c }
      return LinearNormalForm(t)
    }
    func split(_ f: LinearNormalForm) -> (Rational, [String]) {
      if f.terms.count == 1, let (k, q) = f.terms.first { return (q, k) }
      return (.one, [f.key])
    }
    let (p, fs) = split(x)
    let (q, gs) = split(y)
    return LinearNormalForm([cancelled(fs + gs): p * q])
  }

  /// The factors with each `x` and `1/x` pair removed (`lambda * (1/lambda)` is 1), sorted.
  private static func cancelled(_ factors: [String]) -> [String] {
    var rest = factors.sorted()
    var k = 0
    while k < rest.count {
      if let inverse = rest.firstIndex(of: "1/" + rest[k]) {
        rest.remove(at: max(inverse, k))
        rest.remove(at: min(inverse, k))
        k = 0
      } else {
        k += 1
      }
    }
    return rest
  }

  /// The form times one factor (a positive variable, or its inverse), with cancellation.
  func times(factor: String) -> LinearNormalForm {
    var t: [[String]: Rational] = [:]
    for (m, q) in terms { t[LinearNormalForm.cancelled(m + [factor]), default: .zero] += q }
    return LinearNormalForm(t)
  }
}
