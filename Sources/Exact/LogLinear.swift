/// An exact number of the form `c + Σ rₖ·log(bₖ)` with rational `c`, `rₖ` and integers `bₖ > 1`,
/// in one fixed logarithm base (bits: `log2`, or nats: `ln`).
///
/// Every entropy, cross-entropy and KL divergence of rational distributions has this form:
///
///     H(1/2, 1/4, 1/4) = 3/2                     (bits; log2 2 = 1 folds into c)
///     H(1/5, 4/5)      = log(5) − 8/5·log(2)     (nats)
///
/// The `bₖ` are kept pairwise coprime (by gcd-based factor refinement, so no factoring of
/// large numbers is needed). Logarithms of pairwise coprime integers are linearly independent
/// over ℚ, and in nats `c ≠ 0` cannot cancel against them (Lindemann), so **equality is
/// decided exactly** by comparing coefficients. The sign is decided by ``signum(limits:)``.
public struct LogLinear: Sendable {
  /// The unit of the logarithms.
  public enum Base: String, Sendable, Hashable {
    /// `log2`: values in bits. `log2(2) = 1` is folded into the constant.
    case two
    /// `ln`: values in nats.
    case e
  }

  /// The logarithm base.
  public let base: Base
  /// The rational part `c`.
  public let constant: Rational
  /// The pairs `(bₖ, rₖ)`, with `bₖ` pairwise coprime, `> 1`, sorted, and every `rₖ ≠ 0`.
  public let terms: [(base: BigInteger, coefficient: Rational)]

  init(base: Base, constant: Rational, normalizedTerms: [(base: BigInteger, coefficient: Rational)]) {
    self.base = base
    self.constant = constant
    self.terms = normalizedTerms
  }

  /// A rational number viewed in the given base (no log terms).
  public init(_ constant: Rational, base: Base) {
    self.init(base: base, constant: constant, normalizedTerms: [])
  }

  /// `log(x)` in the given base, exactly.
  ///
  /// - Throws: ``ArithmeticError/domain(_:)`` unless `x > 0`.
  public static func log(_ x: Rational, base: Base, limits: ExactLimits = .standard) throws -> LogLinear {
    guard x.signum > 0 else {
      throw ArithmeticError.domain(.logOfNonPositive(x))
    }
    if case .small(let n, let d) = x.representation, let small = smallLog(n, d, base: base) { return small }
    return try LogLinear.normalized(
      base: base, constant: .zero,
      raw: [(x.numerator, .one), (x.denominator, -Rational.one)], limits: limits)
  }

  /// Whether the value is exactly zero.
  public var isZero: Bool { constant.isZero && terms.isEmpty }
  /// The value when it is rational (no log terms), else `nil`.
  public var rationalValue: Rational? { terms.isEmpty ? constant : nil }

  // MARK: - Normal form

  /// Builds the normal form of `constant + Σ c·log(n)` for arbitrary positive integers `n`.
  static func normalized(
    base: Base, constant: Rational,
    raw: [(BigInteger, Rational)], limits: ExactLimits
  ) throws -> LogLinear {
    var constant = constant
    var logs: [(BigInteger, Rational)] = []
    for (n, c) in raw where !c.isZero {
      precondition(n.signum > 0, "log term of a non-positive integer")
      var m = n
      if base == .two {
        // log2(2^k·m) = k + log2(m): powers of two are rational in bits.
        let twos = m.trailingZeroBitCount
        if twos > 0 {
          constant += c * Rational(twos)
          m = m.shiftedRight(by: twos)
        }
      }
      logs.append((m, c))
    }
    if let factored = factoredSmall(logs) { return LogLinear(base: base, constant: constant, normalizedTerms: factored) }
    var refinement = CoprimeBasis()
    for (m, c) in logs { try refinement.insert(m, coefficients: [c]) }
    return LogLinear(base: base, constant: constant, normalizedTerms: refinement.sortedTerms())
  }

  /// `log(n/d)` for a fraction in lowest terms with machine-integer parts, factored by trial
  /// division in machine arithmetic (a sampled probability's log, the commonest of all): the
  /// normal form ``normalized(base:constant:raw:limits:)`` gives, without making GMP integers
  /// of the parts or a table of the primes (`n` and `d` are coprime, so no prime is in both).
  /// Nil when a part keeps a factor above 1000² after dividing out the primes below 1000.
  static func smallLog(_ n: Int, _ d: Int, base: Base) -> LogLinear? {
    var twos = 0
    var terms: [(prime: Int, exponent: Int)] = []
    for (m, sign) in [(n, 1), (d, -1)] {
      var m = m
      if base == .two {
        // log2(2^k·m) = k + log2(m): powers of two are rational in bits.
        twos += sign * m.trailingZeroBitCount
        m >>= m.trailingZeroBitCount
      }
      let (factors, rest) = CoprimeBasis.trialDivision(m)
      guard rest < 1_000_000 else { return nil }
      for (p, k) in factors { terms.append((p, sign * k)) }
      if rest > 1 { terms.append((rest, sign)) }
    }
    terms.sort { $0.prime < $1.prime }
    return LogLinear(
      base: base, constant: Rational(twos), normalizedTerms: terms.map { (BigInteger($0.prime), Rational($0.exponent)) })
  }

  /// The normal form's terms of `Σ c·log(m)` when every `m` is a machine integer whose prime
  /// factors are found by trial division below 1000 (what is left then is 1 or a prime below
  /// 1000²), as the coprime basis would give them; nil otherwise.
  static func factoredSmall(_ logs: [(BigInteger, Rational)]) -> [(base: BigInteger, coefficient: Rational)]? {
    var exponents: [Int: Rational] = [:]
    for (m, c) in logs {
      guard let n = m.intValue, n > 0 else { return nil }
      let (factors, rest) = CoprimeBasis.trialDivision(n)
      guard rest < 1_000_000 else { return nil }
      for (p, k) in factors { exponents[p, default: .zero] += c * Rational(k) }
      if rest > 1 { exponents[rest, default: .zero] += c }
    }
    return exponents.filter { !$0.value.isZero }.sorted { $0.key < $1.key }.map { (BigInteger($0.key), $0.value) }
  }

  /// The same value with every log base expanded over a common coprime basis with `other`.
  static func combine(
    _ a: LogLinear, _ b: LogLinear, scaleB: Rational,
    limits: ExactLimits
  ) throws -> LogLinear {
    precondition(a.base == b.base)
    // Logs of small primes (nearly every probability's) need no refinement: distinct primes are
    // coprime, so the two sorted term lists are merged.
    if let merged = mergedPrimeTerms(a.terms, b.terms, scaleB: scaleB) {
      return LogLinear(base: a.base, constant: a.constant + b.constant * scaleB, normalizedTerms: merged)
    }
    // Both are normalised already: start from a's coprime terms and refine only b's into them.
    var basis = CoprimeBasis(normalized: a.terms)
    if !scaleB.isZero {
      for t in b.terms { try basis.insertNormalized(t.base, coefficient: t.coefficient * scaleB) }
    }
    return LogLinear(base: a.base, constant: a.constant + b.constant * scaleB, normalizedTerms: basis.sortedTerms())
  }

  /// `a + scaleB·b` term by term when every base of both is a prime below 1000² (what a
  /// normal form holds below that bound is prime), as the coprime basis would give it: sorted by
  /// base, zero coefficients dropped. Nil when a base is larger.
  static func mergedPrimeTerms(
    _ a: [(base: BigInteger, coefficient: Rational)], _ b: [(base: BigInteger, coefficient: Rational)], scaleB: Rational
  ) -> [(base: BigInteger, coefficient: Rational)]? {
    func small(_ t: (base: BigInteger, coefficient: Rational)) -> Int? { t.base.intValue.flatMap { $0 < 1_000_000 ? $0 : nil } }
    let x = a.compactMap { t in small(t).map { ($0, t) } }
    let y = b.compactMap { t in small(t).map { ($0, t) } }
    guard x.count == a.count, y.count == b.count else { return nil }
    var out: [(base: BigInteger, coefficient: Rational)] = []
    out.reserveCapacity(a.count + b.count)
    var (i, j) = (0, 0)
    while i < x.count || j < y.count {
      if j == y.count || (i < x.count && x[i].0 < y[j].0) {
        out.append(x[i].1)
        i += 1
      } else if i == x.count || y[j].0 < x[i].0 {
        let c = y[j].1.coefficient * scaleB
        if !c.isZero { out.append((y[j].1.base, c)) }
        j += 1
      } else {
        let c = x[i].1.coefficient + y[j].1.coefficient * scaleB
        if !c.isZero { out.append((x[i].1.base, c)) }
        (i, j) = (i + 1, j + 1)
      }
    }
    return out
  }

  // MARK: - Arithmetic (same base)

  /// `a + b`. Both must have the same base.
  public static func sum(_ a: LogLinear, _ b: LogLinear, limits: ExactLimits = .standard) throws -> LogLinear {
    try combine(a, b, scaleB: .one, limits: limits)
  }

  /// `a - b`. Both must have the same base.
  public static func difference(_ a: LogLinear, _ b: LogLinear, limits: ExactLimits = .standard) throws -> LogLinear {
    try combine(a, b, scaleB: -Rational.one, limits: limits)
  }

  /// `self · k` for a rational `k`.
  public func scaled(by k: Rational) -> LogLinear {
    if k.isZero { return LogLinear(.zero, base: base) }
    return LogLinear(
      base: base, constant: constant * k,
      normalizedTerms: terms.map { ($0.base, $0.coefficient * k) })
  }

  /// `self + r` for a rational `r`.
  public func adding(_ r: Rational) -> LogLinear {
    LogLinear(base: base, constant: constant + r, normalizedTerms: terms)
  }

  /// The rational `k` with `self = k · other`, when the two are proportional; else `nil`.
  public func ratio(to other: LogLinear) -> Rational? {
    guard base == other.base, !other.isZero else { return nil }
    // Express both over one coprime basis; then proportionality is a coordinate-wise check.
    var basis = CoprimeBasis(dimension: 2)
    do {
      for t in terms { try basis.insert(t.base, coefficients: [t.coefficient, .zero]) }
      for t in other.terms { try basis.insert(t.base, coefficients: [.zero, t.coefficient]) }
    } catch { return nil }
    let pairs = [(constant, other.constant)] + basis.coefficients.map { ($0[0], $0[1]) }
    guard let pivot = pairs.first(where: { !$0.1.isZero }), let k = try? pivot.0 / pivot.1 else { return nil }
    return pairs.allSatisfy({ $0.0 == k * $0.1 }) ? k : nil
  }

  // MARK: - Change of unit

  /// The same quantity in the other unit: bits → nats multiplies by ln 2; nats → bits divides
  /// by it, which is exact only when there is no rational constant (`c/ln 2` is not of this form).
  public func converted(to target: Base, limits: ExactLimits = .standard) throws -> LogLinear? {
    if target == base { return self }
    switch target {
    case .e:
      // c + Σ r·log2(b)  =  (c·ln 2 + Σ r·ln b) / ln 2  : as a quantity in nats, multiply by ln 2.
      var raw = terms.map { ($0.base, $0.coefficient) }
      raw.append((BigInteger(2), constant))
      return try LogLinear.normalized(base: .e, constant: .zero, raw: raw, limits: limits)
    case .two:
      guard constant.isZero else { return nil }
      return try LogLinear.normalized(
        base: .two, constant: .zero,
        raw: terms.map { ($0.base, $0.coefficient) }, limits: limits)
    }
  }
}

extension LogLinear: Equatable {
  /// Exact equality (same base required; values in different bases are never `==`).
  public static func == (lhs: LogLinear, rhs: LogLinear) -> Bool {
    guard lhs.base == rhs.base else { return false }
    guard let d = try? difference(lhs, rhs) else { return false }
    return d.isZero
  }
}
