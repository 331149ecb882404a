import Exact

/// The differences `a − r` of one case region, entry by entry, with every distinct denominator
/// factor numbered once: a softmax's `S` recurs in every entry, and is evaluated once a point.
struct Differences {
  struct Pair {
    var a: Polynomial, r: Polynomial
    /// Denominator factors of each side: (factor number, multiplicity).
    var aDown: [(Int, Int)], rDown: [(Int, Int)]
  }

  private(set) var factors: [Polynomial] = []
  private(set) var pairs: [Pair] = []

  init(_ entries: [(RationalFunction, RationalFunction)]) {
    var numbers: [Polynomial: Int] = [:]
    func numbered(_ f: [Polynomial: Int]) -> [(Int, Int)] {
      // Numbered in the dictionary's order, which changes from process to process: harmless,
      // since a point is charged for all its evaluations before any is made (``cost``) and its
      // outcome (zero, not zero, a vanishing denominator) does not depend on the order.
      f.map { p, k in
        if let n = numbers[p] { return (n, k) }
        factors.append(p)
        numbers[p] = factors.count - 1
        return (factors.count - 1, k)
      }
    }
    for (a, r) in entries {
      pairs.append(Pair(a: a.numerator, r: r.numerator, aDown: numbered(a.factors), rDown: numbered(r.factors)))
    }
  }

  /// For each atom, the least common multiple of its exponents' denominators.
  func scales(atoms: Int) -> [Int] {
    var scales = Array(repeating: 1, count: atoms)
    for p in factors { p.collectScales(into: &scales) }
    for pair in pairs {
      pair.a.collectScales(into: &scales)
      pair.r.collectScales(into: &scales)
    }
    return scales
  }

  /// A bound on the degree of every `N_a·D_r − N_r·D_a`, cleared of negative powers.
  func degree(scales: [Int]) -> Int {
    let down = factors.map { $0.degree(scales: scales) }
    return pairs.map { p in
      p.a.degree(scales: scales) + p.r.degree(scales: scales) + (p.aDown + p.rDown).map { down[$0.0] * $0.1 }.reduce(0, +)
    }.max() ?? 0
  }

  /// A bound `B` on the bits of every coefficient of every difference cleared of denominators,
  /// `L·(N_a·D_r − N_r·D_a)` with `L` the product of all the denominators of the coefficients
  /// involved: the sum of the height bits of `N_a`, `N_r` and each denominator factor (times its
  /// multiplicity), plus one for the difference (see ``Polynomial/heightBits``); the largest,
  /// and the sum over all differences (which bounds the bits of all denominators together).
  func heightBits() -> (largest: Int, total: Int) {
    let down = factors.map(\.heightBits)
    let bits = pairs.map { p in
      1 + p.a.heightBits + p.r.heightBits + (p.aDown + p.rDown).map { down[$0.0] * $0.1 }.reduce(0, +)
    }
    return (bits.max() ?? 0, bits.reduce(0, +))
  }

  /// The units one point costs.
  var cost: Int {
    (factors + pairs.flatMap { [$0.a, $0.r] }).map(ModularPoint.cost).reduce(0, +) + 4 * (factors.count + pairs.count)
  }

  /// Whether every difference is zero at `point` (nil when a denominator vanishes there).
  func areZero(at point: inout ModularPoint) throws(PrimeField.DividesDenominator) -> Bool? {
    let field = point.field
    var values: [UInt64] = []
    for f in factors {
      let v = try point.value(of: f)
      if v == 0 { return nil }
      values.append(v)
    }
    func product(_ down: [(Int, Int)]) -> UInt64 {
      down.reduce(field.one) { x, f in field.multiply(x, field.power(values[f.0], f.1)) }
    }
    for p in pairs {
      let left = field.multiply(try point.value(of: p.a), product(p.rDown))
      if left != field.multiply(try point.value(of: p.r), product(p.aDown)) { return false }
    }
    return true
  }
}
