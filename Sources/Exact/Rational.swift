internal import CGMP

/// An exact rational number with value semantics: machine integers while numerator and
/// denominator fit in 64 bits, GMP's `mpq_t` beyond.
///
///     let a = try Rational(parsing: "0.1")!, b = try Rational(parsing: "0.2")!
///     a + b == Rational(3, 10)        // true: decimals are read exactly
///
/// Always in lowest terms with a positive denominator, and always in the small form when it
/// fits (so equality and hashing can compare representations). Most values in answers and
/// samples are small, and small arithmetic allocates nothing; overflow moves to GMP
/// transparently. In loops over big values prefer the in-place operators (`+=`, `*=`).
public struct Rational: Sendable {
  enum Representation: Sendable {
    /// Numerator and (positive) denominator in lowest terms.
    case small(Int, Int)
    case big(MPQStorage)
  }

  var representation: Representation

  /// Wraps a canonical GMP value, moving it to the small form when it fits.
  init(storage: MPQStorage) {
    let n = cgmp_mpq_numref_const(storage.raw)
    let d = cgmp_mpq_denref_const(storage.raw)
    if cgmp_mpz_fits_slong_p(n) != 0, cgmp_mpz_fits_slong_p(d) != 0 {
      let num = cgmp_mpz_get_si(n)
      let den = cgmp_mpz_get_si(d)
      if num != Int.min {
        representation = .small(num, den)
        return
      }
    }
    representation = .big(storage)
  }

  /// A small value from parts already in lowest terms with `den > 0`.
  init(reducedNumerator num: Int, denominator den: Int) {
    representation = .small(num, den)
  }

  /// Zero.
  public static let zero = Rational(0)
  /// One.
  public static let one = Rational(1)

  /// Creates the integer `value`.
  public init(_ value: Int) {
    if value == Int.min {
      let s = MPQStorage()
      cgmp_mpq_set_si(s.raw, value, 1)
      representation = .big(s)
    } else {
      representation = .small(value, 1)
    }
  }

  /// Creates `numerator / denominator` in lowest terms.
  ///
  /// - Precondition: `denominator != 0` (use ``init(numerator:denominator:)`` for untrusted input).
  public init(_ numerator: Int, _ denominator: Int) {
    precondition(denominator != 0, "Rational with zero denominator")
    if let r = Rational.reduce(numerator, denominator) {
      self = r
    } else {
      self = (try? Rational(numerator: BigInteger(numerator), denominator: BigInteger(denominator))) ?? .zero
    }
  }

  /// Creates the integer `value`.
  public init(_ value: BigInteger) {
    if let v = value.intValue, v != Int.min {
      representation = .small(v, 1)
    } else {
      let s = MPQStorage()
      cgmp_mpq_set_z(s.raw, value.storage.raw)
      representation = .big(s)
    }
  }

  /// Creates `numerator / denominator` in lowest terms.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` if `denominator` is zero.
  public init(numerator: BigInteger, denominator: BigInteger) throws {
    guard !denominator.isZero else { throw ArithmeticError.divisionByZero }
    if let n = numerator.intValue, let d = denominator.intValue, let r = Rational.reduce(n, d) {
      self = r
      return
    }
    let storage = MPQStorage()
    let n = denominator.signum < 0 ? -numerator : numerator
    let d = denominator.magnitude
    // Keep `n` and `d` alive across the C calls: Swift may otherwise end a local's lifetime
    // right after `.storage.raw` is read, freeing the limbs GMP is about to copy.
    withExtendedLifetime((n, d)) {
      cgmp_mpq_set_num(storage.raw, n.storage.raw)
      cgmp_mpq_set_den(storage.raw, d.storage.raw)
    }
    cgmp_mpq_canonicalize(storage.raw)
    self.init(storage: storage)
  }

  /// `n/d` in lowest terms as a small value, or `nil` if an intermediate overflows.
  static func reduce(_ n: Int, _ d: Int) -> Rational? {
    guard d != 0, n != Int.min, d != Int.min else { return nil }
    var (n, d) = d < 0 ? (-n, -d) : (n, d)
    let g = gcd(n.magnitude, d.magnitude)
    if g > 1 {
      n /= Int(g)
      d /= Int(g)
    }
    return Rational(reducedNumerator: n, denominator: d)
  }

  static func gcd(_ a: UInt, _ b: UInt) -> UInt {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }

  /// A GMP copy of the value, for operations that need one (MPFR conversions, big results).
  var mpq: MPQStorage {
    switch representation {
    case .big(let s): return s
    case .small(let n, let d):
      let s = MPQStorage()
      cgmp_mpq_set_si(s.raw, n, UInt(d))
      return s
    }
  }

  // MARK: - Parts

  /// The numerator (carries the sign).
  public var numerator: BigInteger {
    switch representation {
    case .small(let n, _): return BigInteger(n)
    case .big(let s):
      let r = MPZStorage()
      cgmp_mpz_set(r.raw, cgmp_mpq_numref_const(s.raw))
      return BigInteger(storage: r)
    }
  }
  /// The denominator (always positive).
  public var denominator: BigInteger {
    switch representation {
    case .small(_, let d): return BigInteger(d)
    case .big(let s):
      let r = MPZStorage()
      cgmp_mpz_set(r.raw, cgmp_mpq_denref_const(s.raw))
      return BigInteger(storage: r)
    }
  }
  /// -1, 0 or 1.
  public var signum: Int {
    switch representation {
    case .small(let n, _): return n.signum()
    case .big(let s): return Int(cgmp_mpq_sgn(s.raw))
    }
  }
  /// Whether the value is zero.
  public var isZero: Bool { signum == 0 }
  /// Whether the denominator is one.
  public var isInteger: Bool {
    switch representation {
    case .small(_, let d): return d == 1
    case .big(let s): return cgmp_mpz_cmp_si(cgmp_mpq_denref_const(s.raw), 1) == 0
    }
  }
  /// The larger of the numerator's and denominator's sizes in bits: a measure of how costly
  /// further exact work on this value is.
  public var bitWidth: Int {
    switch representation {
    case .small(let n, let d): return max(Int.bitWidth - n.magnitude.leadingZeroBitCount, Int.bitWidth - d.leadingZeroBitCount)
    case .big(let s):
      return max(
        Int(cgmp_mpz_sizeinbase(cgmp_mpq_numref_const(s.raw), 2)),
        Int(cgmp_mpz_sizeinbase(cgmp_mpq_denref_const(s.raw), 2)))
    }
  }
  /// The absolute value.
  public var magnitude: Rational { signum < 0 ? -self : self }

  // MARK: - Arithmetic

  /// Applies a GMP operation to two values (the slow path).
  private static func big(
    _ a: Rational, _ b: Rational,
    _ op: (UnsafeMutablePointer<__mpq_struct>, UnsafePointer<__mpq_struct>, UnsafePointer<__mpq_struct>) -> Void
  ) -> Rational {
    let x = a.mpq
    let y = b.mpq
    let r = MPQStorage()
    withExtendedLifetime((x, y)) { op(r.raw, x.raw, y.raw) }
    return Rational(storage: r)
  }

  public static func + (lhs: Rational, rhs: Rational) -> Rational {
    if case .small(let a, let b) = lhs.representation, case .small(let c, let d) = rhs.representation {
      if b == d {
        let (n, o) = a.addingReportingOverflow(c)
        if !o, let r = reduce(n, b) { return r }
      } else {
        let (ad, o1) = a.multipliedReportingOverflow(by: d)
        let (cb, o2) = c.multipliedReportingOverflow(by: b)
        let (bd, o3) = b.multipliedReportingOverflow(by: d)
        if !o1, !o2, !o3 {
          let (n, o4) = ad.addingReportingOverflow(cb)
          if !o4, let r = reduce(n, bd) { return r }
        }
      }
    }
    return big(lhs, rhs) { cgmp_mpq_add($0, $1, $2) }
  }

  public static func - (lhs: Rational, rhs: Rational) -> Rational {
    lhs + (-rhs)
  }

  public static func * (lhs: Rational, rhs: Rational) -> Rational {
    if case .small(let a, let b) = lhs.representation, case .small(let c, let d) = rhs.representation {
      // Cross-reduce first so the products stay small: (a/g1)(c/g2) / ((b/g2)(d/g1)).
      let g1 = Int(gcd(a.magnitude, d.magnitude))
      let g2 = Int(gcd(c.magnitude, b.magnitude))
      let (a1, d1) = g1 > 1 ? (a / g1, d / g1) : (a, d)
      let (c1, b1) = g2 > 1 ? (c / g2, b / g2) : (c, b)
      let (n, o1) = a1.multipliedReportingOverflow(by: c1)
      let (m, o2) = b1.multipliedReportingOverflow(by: d1)
      if !o1, !o2, n != Int.min { return n == 0 ? .zero : Rational(reducedNumerator: n, denominator: m) }
    }
    return big(lhs, rhs) { cgmp_mpq_mul($0, $1, $2) }
  }

  /// Exact division.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` when `rhs` is zero (GMP would abort).
  public static func / (lhs: Rational, rhs: Rational) throws -> Rational {
    lhs * (try rhs.reciprocal())
  }

  public static prefix func - (operand: Rational) -> Rational {
    switch operand.representation {
    case .small(let n, let d): return Rational(reducedNumerator: -n, denominator: d)  // n != Int.min by invariant
    case .big(let s):
      let r = MPQStorage()
      cgmp_mpq_neg(r.raw, s.raw)
      return Rational(storage: r)
    }
  }

  public static func += (lhs: inout Rational, rhs: Rational) {
    inPlace(&lhs, rhs, { $0 + $1 }) { cgmp_mpq_add($0, $0, $1) }
  }

  public static func -= (lhs: inout Rational, rhs: Rational) {
    lhs += -rhs
  }

  public static func *= (lhs: inout Rational, rhs: Rational) {
    inPlace(&lhs, rhs, { $0 * $1 }) { cgmp_mpq_mul($0, $0, $1) }
  }

  /// Small values use the (allocation-free) small operation; a big `lhs` that holds the only
  /// reference to its GMP value is updated in place, so loops over big values do not allocate.
  private static func inPlace(
    _ lhs: inout Rational, _ rhs: Rational, _ small: (Rational, Rational) -> Rational,
    _ op: (UnsafeMutablePointer<__mpq_struct>, UnsafePointer<__mpq_struct>) -> Void
  ) {
    guard case .big(var s) = lhs.representation else {
      lhs = small(lhs, rhs)
      return
    }
    lhs.representation = .small(0, 1)  // drop lhs's reference, so `s` may be unique
    if !isKnownUniquelyReferenced(&s) { s = MPQStorage(copying: s) }  // `x += x`, or shared
    let y = rhs.mpq
    withExtendedLifetime(y) { op(s.raw, y.raw) }
    lhs = Rational(storage: s)
  }

  /// In-place exact division.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` when `rhs` is zero; `lhs` is then unchanged.
  public static func /= (lhs: inout Rational, rhs: Rational) throws {
    lhs = try lhs / rhs
  }

  /// The reciprocal.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` for zero.
  public func reciprocal() throws -> Rational {
    switch representation {
    case .small(let n, let d):
      guard n != 0 else { throw ArithmeticError.divisionByZero }
      return n < 0 ? Rational(reducedNumerator: -d, denominator: -n) : Rational(reducedNumerator: d, denominator: n)
    case .big(let s):
      let r = MPQStorage()
      cgmp_mpq_inv(r.raw, s.raw)
      return Rational(storage: r)
    }
  }

  /// `self` raised to an integer power (negative powers invert).
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` for `0` to a negative power;
  ///   ``ArithmeticError/limitExceeded(_:)`` when the result would exceed `limits.maxBits`.
  public func power(_ exponent: Int, limits: ExactLimits = .standard) throws -> Rational {
    if exponent < 0 {
      guard exponent != Int.min else {
        throw ArithmeticError.limitExceeded(.exponentTooLarge)
      }
      return try reciprocal().power(-exponent, limits: limits)
    }
    let n = try numerator.power(exponent, limits: limits)
    let d = try denominator.power(exponent, limits: limits)
    return try Rational(numerator: n, denominator: d)
  }

  /// The largest integer not above `self`.
  public var floor: BigInteger {
    if case .small(let n, let d) = representation {
      let q = n / d
      return BigInteger(n % d != 0 && n < 0 ? q - 1 : q)
    }
    // Denominators are positive, so floor division of the parts is the floor of the value.
    return (try? numerator.floorDivided(by: denominator)) ?? numerator
  }
}

extension Rational: Equatable, Comparable, Hashable {
  public static func == (lhs: Rational, rhs: Rational) -> Bool {
    switch (lhs.representation, rhs.representation) {
    case (.small(let a, let b), .small(let c, let d)): return a == c && b == d
    case (.big(let x), .big(let y)): return cgmp_mpq_equal(x.raw, y.raw) != 0
    default: return false  // canonical: a value that fits is always small
    }
  }
  public static func < (lhs: Rational, rhs: Rational) -> Bool {
    if case .small(let a, let b) = lhs.representation, case .small(let c, let d) = rhs.representation {
      if b == d { return a < c }
      let (ad, o1) = a.multipliedReportingOverflow(by: d)
      let (cb, o2) = c.multipliedReportingOverflow(by: b)
      if !o1, !o2 { return ad < cb }
    }
    let x = lhs.mpq
    let y = rhs.mpq
    return withExtendedLifetime((x, y)) { cgmp_mpq_cmp(x.raw, y.raw) < 0 }
  }
  public func hash(into hasher: inout Hasher) {
    switch representation {
    case .small(let n, let d):
      hasher.combine(n)
      hasher.combine(d)
    case .big(let s):
      // Canonical form (lowest terms, positive denominator) makes the limbs a faithful key.
      hashLimbs(of: cgmp_mpq_numref_const(s.raw), into: &hasher)
      hashLimbs(of: cgmp_mpq_denref_const(s.raw), into: &hasher)
    }
  }
}

extension Rational: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self.init(value) }
}
