import Exact
import Language

/// Maps expressions of the answer grammar, for one vector length, into rational functions of
/// independent indeterminates (``Atom``): variables and entries, `exp` of monomials, `log|P|` of
/// primitive polynomials, logs of integers, and opaque functions.
///
/// Every rewrite is an identity wherever the expression is defined; `max`, `min` and `abs` are
/// mapped one case at a time (see ``CaseChoices``), so the mapping of a whole expression holds on
/// the region its case constraints describe.
package struct ExpLogMapping: Sendable {
  /// The indeterminates, numbered in the order they were met (so the same expressions give the
  /// same numbering, and the same random points, every time).
  package private(set) var atoms: [Atom] = []
  private var numbers: [Atom: Int] = [:]
  /// Primitive polynomials known to keep one sign on the domain (the last entry of a
  /// distribution, `1 - p` for a probability): +1 for ≥ 0, -1 for ≤ 0.
  var signs: [Polynomial: Int] = [:]
  var variableSigns: [String: Bool] = [:]
  var values: [String: IdentityValue] = [:]
  /// Polynomials positive inside the domain (`x` for a positive `x`, the entries of a
  /// distribution), for deciding whether a case region has interior.
  var domain: [Polynomial] = []
  /// The vector length this mapping is for.
  package let dimension: Int
  /// The case choices of `max`, `min` and `abs` met so far, and the constraints they impose.
  package var cases = CaseChoices()

  /// A mapping of `variables` with vectors of length `dimension`.
  package init(variables: [IdentityVariable], dimension: Int) throws(GiveUp) {
    self.dimension = dimension
    for v in variables { try declare(v) }
  }

  private mutating func declare(_ v: IdentityVariable) throws(GiveUp) {
    variableSigns[v.name] = v.kind.isNonnegative
    switch v.kind {
    case .dimension:
      values[v.name] = .scalar(RationalFunction(Rational(dimension)))
    case .realVector:
      values[v.name] = .vector((0..<dimension).map { entry(v.name, $0) })
    case .simplex:
      var entries = (0..<(dimension - 1)).map { entry(v.name, $0) }
      var last = Polynomial.one
      for e in entries { last = try last - e.numerator }
      try remember(last, sign: 1)
      entries.append(RationalFunction(last))
      domain += entries.map(\.numerator)
      values[v.name] = .vector(entries)
    case .unitInterval:
      let p = entry(v.name, nil)
      try remember(try Polynomial.one - p.numerator, sign: 1)
      domain += [p.numerator, try Polynomial.one - p.numerator]
      values[v.name] = .scalar(p)
    case .positive, .count:
      let x = entry(v.name, nil)
      domain.append(x.numerator)
      values[v.name] = .scalar(x)
    case .real:
      values[v.name] = .scalar(entry(v.name, nil))
    }
  }

  private mutating func entry(_ name: String, _ index: Int?) -> RationalFunction {
    RationalFunction(Polynomial(Monomial(atom: number(.variable(name, index: index)))))
  }

  /// Records that `p` is ≥ 0 (sign 1) or ≤ 0 (sign -1) on the domain, by its primitive part.
  private mutating func remember(_ p: Polynomial, sign: Int) throws(GiveUp) {
    guard !p.isZero else { return }
    let (c, m, primitive) = try p.content()
    guard m.isOne else { return }
    signs[primitive] = c.signum * sign
  }

  /// The number of `atom`, adding it when new.
  mutating func number(_ atom: Atom) -> Int {
    if let n = numbers[atom] { return n }
    atoms.append(atom)
    numbers[atom] = atoms.count - 1
    return atoms.count - 1
  }

  /// The atom as a rational function (to the power `k`).
  mutating func atom(_ atom: Atom, power k: Fraction = .one) -> RationalFunction {
    RationalFunction(Polynomial(Monomial(sorted: [Monomial.Factor(atom: number(atom), power: k)])))
  }

  /// The sign a primitive polynomial keeps on the domain, when known: +1 when its coefficients
  /// are positive and its atoms never negative, or when it was recorded.
  func sign(ofPrimitive p: Polynomial) -> Int? {
    if let s = signs[p] { return s }
    let positive = p.terms.allSatisfy { m, c in
      c.signum > 0 && m.factors.allSatisfy { atoms[$0.atom].isNonnegative(variableSigns: variableSigns) }
    }
    return positive ? 1 : nil
  }
}

extension ExpLogMapping {
  /// Whether this run's case region may have interior points in the domain (false only when
  /// its linear constraints are proved contradictory).
  package var regionMayHaveInterior: Bool {
    // No case taken: the region is the whole domain, which has interior.
    guard !cases.constraints.isEmpty else { return true }
    var polynomials = domain
    for c in cases.constraints {
      guard let p = c.polynomial else { return true }
      if !p.isZero { polynomials.append(p) } else { continue }
    }
    return LinearFeasibility.mayHaveInterior(polynomials) { atom in
      if case .variable = atoms[atom] { return true }
      return false
    }
  }
}
