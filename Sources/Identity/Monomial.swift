/// A product of indeterminates to (possibly negative, for `exp` atoms rational) powers, kept
/// sorted by atom number so that equal monomials are equal values.
package struct Monomial: Hashable, Comparable, Sendable {
  /// One indeterminate and its exponent (never zero).
  package struct Factor: Hashable, Sendable {
    package var atom: Int
    package var power: Fraction
  }

  package private(set) var factors: [Factor]

  package static let one = Monomial(sorted: [])

  init(sorted factors: [Factor]) { self.factors = factors }

  /// The single indeterminate `atom`.
  package init(atom: Int) { factors = [Factor(atom: atom, power: .one)] }

  package var isOne: Bool { factors.isEmpty }

  /// The product, merging exponents.
  package static func * (a: Monomial, b: Monomial) throws(GiveUp) -> Monomial {
    var out: [Factor] = []
    out.reserveCapacity(a.factors.count + b.factors.count)
    var i = 0
    var j = 0
    while i < a.factors.count || j < b.factors.count {
      if j == b.factors.count || (i < a.factors.count && a.factors[i].atom < b.factors[j].atom) {
        out.append(a.factors[i])
        i += 1
      } else if i == a.factors.count || b.factors[j].atom < a.factors[i].atom {
        out.append(b.factors[j])
        j += 1
      } else {
        let p = try a.factors[i].power + b.factors[j].power
        if !p.isZero { out.append(Factor(atom: a.factors[i].atom, power: p)) }
        i += 1
        j += 1
      }
    }
    return Monomial(sorted: out)
  }

  /// Every exponent multiplied by `k`.
  package func raised(to k: Fraction) throws(GiveUp) -> Monomial {
    if k.isZero { return .one }
    var out: [Factor] = []
    for f in factors { out.append(Factor(atom: f.atom, power: try f.power * k)) }
    return Monomial(sorted: out)
  }

  /// The exponent of `atom` (zero when absent).
  package func power(of atom: Int) -> Fraction {
    factors.first { $0.atom == atom }?.power ?? .zero
  }

  /// A fixed total order, used only to pick a leading term deterministically.
  package static func < (a: Monomial, b: Monomial) -> Bool {
    for (x, y) in zip(a.factors, b.factors) where x != y {
      if x.atom != y.atom { return x.atom < y.atom }
      return x.power < y.power
    }
    return a.factors.count < b.factors.count
  }
}

extension Monomial {
  /// A cheap mix of the atoms and exponents (FNV-1a over one word a factor): hashing a
  /// monomial is most of the work of a polynomial's hash table, and feeding the hasher three
  /// words a factor cost more than the arithmetic around it. Equality stays exact.
  var fingerprint: UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for f in factors {
      let word = UInt64(bitPattern: Int64(f.atom &* 0x9E37_79B1 ^ f.power.numerator &* 0x85EB_CA6B ^ f.power.denominator))
      h = (h ^ word) &* 0x100_0000_01b3
    }
    return h
  }

  package func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }
}
