import Exact

/// A sparse Laurent polynomial with rational coefficients in the mapping's indeterminates.
///
/// Expanded polynomials are canonical (equal polynomials are equal values), which is what keys
/// `exp` and `log` atoms by their arguments. Every operation charges the task's ``WorkMeter`` and
/// gives up past ``maxTerms`` terms or when the meter is spent, so an answer cannot make the
/// identity test work without bound.
package struct Polynomial: Hashable, Sendable {
  package private(set) var terms: [Monomial: Rational]

  /// Most terms one polynomial may have before the test gives up (the shipped references stay
  /// under a hundred).
  package static let maxTerms = 2_000

  package init(terms: [Monomial: Rational] = [:]) {
    // Filtering builds a new table: only when there is a zero to drop.
    self.terms = terms.values.contains(where: \.isZero) ? terms.filter { !$0.value.isZero } : terms
  }

  package init(_ c: Rational) { self.init(terms: [.one: c]) }

  /// Terms already free of zero coefficients.
  private init(nonzero terms: [Monomial: Rational]) { self.terms = terms }

  package init(_ m: Monomial, _ c: Rational = .one) { self.init(terms: [m: c]) }

  package static let zero = Polynomial()
  package static let one = Polynomial(Rational.one)

  package var isZero: Bool { terms.isEmpty }

  /// The value when the polynomial is a constant.
  package var constant: Rational? {
    if terms.isEmpty { return .zero }
    guard terms.count == 1, let (m, c) = terms.first, m.isOne else { return nil }
    return c
  }

  /// The term with the greatest monomial: fixes the sign and scale of a canonical form.
  package var leading: (monomial: Monomial, coefficient: Rational)? {
    terms.max { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// Charges `units` before the work is done, and gives up instead when they would overrun
  /// the meter (so the meter never records work that was not done).
  static func charge(_ units: Int) throws(GiveUp) {
    // The task-local meter read once: each read is a runtime lookup, and this runs per operation.
    guard let meter = WorkMeter.current else { return }
    if meter.spent + units > meter.limit { throw GiveUp("work budget spent") }
    meter.record(units)
  }

  package static func + (a: Polynomial, b: Polynomial) throws(GiveUp) -> Polynomial {
    try charge(a.terms.count + b.terms.count)
    var (t, other) = a.terms.count >= b.terms.count ? (a.terms, b.terms) : (b.terms, a.terms)
    for (m, c) in other {
      let sum = t[m].map { $0 + c } ?? c
      t[m] = sum.isZero ? nil : sum
    }
    guard t.count <= maxTerms else { throw GiveUp("more than \(maxTerms) terms") }
    return Polynomial(nonzero: t)
  }

  package static prefix func - (a: Polynomial) -> Polynomial {
    Polynomial(terms: a.terms.mapValues { -$0 })
  }

  package static func - (a: Polynomial, b: Polynomial) throws(GiveUp) -> Polynomial { try a + (-b) }

  package static func * (a: Polynomial, b: Polynomial) throws(GiveUp) -> Polynomial {
    try charge(a.terms.count * b.terms.count * 2)
    var t: [Monomial: Rational] = [:]
    t.reserveCapacity(min(a.terms.count * b.terms.count, maxTerms))
    // In the dictionaries' own order, which changes from process to process: the charge above
    // is the whole product's, exact rational arithmetic charges nothing more whatever the sizes
    // on the way, and the sums are exact, so neither the work nor the result depends on it.
    for (m, c) in a.terms {
      for (n, d) in b.terms { t[try m * n, default: .zero] += c * d }
    }
    let product = Polynomial(terms: t)
    guard product.terms.count <= maxTerms else { throw GiveUp("more than \(maxTerms) terms") }
    return product
  }

  /// `self` times the constant `c`.
  package func scaled(by c: Rational) -> Polynomial { Polynomial(terms: terms.mapValues { $0 * c }) }

  /// `self` times the monomial `m`.
  package func shifted(by m: Monomial) throws(GiveUp) -> Polynomial {
    var t: [Monomial: Rational] = [:]
    for (n, c) in terms { t[try n * m] = c }
    return Polynomial(terms: t)
  }

  /// `self` to a non-negative integer power, by squaring.
  package func power(_ k: Int) throws(GiveUp) -> Polynomial {
    guard k >= 0, k <= 64 else { throw GiveUp("power out of range") }
    var result = Polynomial.one
    var base = self
    var e = k
    while e > 0 {
      if e & 1 == 1 { result = try result * base }
      e >>= 1
      if e > 0 { base = try base * base }
    }
    return result
  }

  /// A fixed total order on polynomials (term by term, greatest monomial first), so that atoms
  /// met while walking a set of polynomials are numbered the same way in every process.
  package func precedes(_ other: Polynomial) -> Bool {
    let mine = terms.sorted { $1.key < $0.key }
    let theirs = other.terms.sorted { $1.key < $0.key }
    for (x, y) in zip(mine, theirs) {
      if x.key != y.key { return x.key < y.key }
      if x.value != y.value { return x.value < y.value }
    }
    return mine.count < theirs.count
  }

  /// The atoms that occur.
  package var atoms: Set<Int> { Set(terms.keys.flatMap { $0.factors.map(\.atom) }) }
}

extension Polynomial {
  /// One word into the hasher for the whole polynomial: a sum (so the terms' order does not
  /// matter) of each term's monomial fingerprint mixed with its coefficient's sign and size.
  /// Polynomials key the denominator factors and `log` atoms, and hashing every term through
  /// the hasher made those lookups a large share of a mapping. Equality stays exact.
  package func hash(into hasher: inout Hasher) {
    var sum = UInt64(terms.count)
    for (m, c) in terms {
      let size = UInt64(c.bitWidth) << 2 | UInt64(c.signum + 1)
      sum &+= (m.fingerprint ^ size &* 0xff51_afd7_ed55_8ccd) &* 0xc4ce_b9fe_1a85_ec53
    }
    hasher.combine(sum)
  }
}
