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
      // Numbered in a fixed order, so factors are evaluated (and charged) alike in every process.
      f.sorted { $0.key.precedes($1.key) }.map { p, k in
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

  /// Whether every difference is zero at `point` (nil when a denominator vanishes there).
  func areZero(at point: inout RandomPoint) throws(GiveUp) -> Bool? {
    var values: [Rational] = []
    for f in factors {
      let v = try point.value(of: f)
      if v.isZero { return nil }
      values.append(v)
    }
    func product(_ down: [(Int, Int)]) throws(GiveUp) -> Rational {
      var x = Rational.one
      for (n, k) in down {
        guard let power = try? values[n].power(k) else { throw GiveUp("value too large") }
        x *= power
      }
      return x
    }
    for p in pairs {
      let da = try product(p.aDown)
      let dr = try product(p.rDown)
      if try point.value(of: p.a) * dr != point.value(of: p.r) * da { return false }
    }
    return true
  }
}
