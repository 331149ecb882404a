internal import CGMP

/// An exact rational number backed by GMP's `mpq_t`, with value semantics.
///
///     let a = try Rational(parsing: "0.1")!, b = try Rational(parsing: "0.2")!
///     a + b == Rational(3, 10)        // true: decimals are read exactly
///
/// Always in lowest terms with a positive denominator. Use the in-place operators (`+=`, `*=`)
/// in loops: they reuse storage, while `a + b` allocates a fresh result.
public struct Rational: Sendable {
  var storage: MPQStorage

  init(storage: MPQStorage) { self.storage = storage }

  /// Zero.
  public static let zero = Rational(0)
  /// One.
  public static let one = Rational(1)

  /// Creates the integer `value`.
  public init(_ value: Int) {
    storage = MPQStorage()
    cgmp_mpq_set_si(storage.raw, value, 1)
  }

  /// Creates `numerator / denominator` in lowest terms.
  ///
  /// - Precondition: `denominator != 0` (use ``init(numerator:denominator:)`` for untrusted input).
  public init(_ numerator: Int, _ denominator: Int) {
    precondition(denominator != 0, "Rational with zero denominator")
    storage = MPQStorage()
    let sign = denominator < 0 ? -1 : 1
    // `denominator.magnitude` also covers Int.min without overflow.
    let n = BigInteger(numerator) * BigInteger(sign)
    let d = BigInteger(denominator).magnitude
    // Keep `n` and `d` alive across the C calls: Swift may otherwise end a local's lifetime
    // right after `.storage.raw` is read, freeing the limbs GMP is about to copy.
    withExtendedLifetime((n, d)) {
      cgmp_mpq_set_num(storage.raw, n.storage.raw)
      cgmp_mpq_set_den(storage.raw, d.storage.raw)
    }
    cgmp_mpq_canonicalize(storage.raw)
  }

  /// Creates the integer `value`.
  public init(_ value: BigInteger) {
    storage = MPQStorage()
    cgmp_mpq_set_z(storage.raw, value.storage.raw)
  }

  /// Creates `numerator / denominator` in lowest terms.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` if `denominator` is zero.
  public init(numerator: BigInteger, denominator: BigInteger) throws {
    guard !denominator.isZero else { throw ArithmeticError.divisionByZero }
    storage = MPQStorage()
    let n = denominator.signum < 0 ? -numerator : numerator
    let d = denominator.magnitude
    withExtendedLifetime((n, d)) {   // see init(_:_:)
      cgmp_mpq_set_num(storage.raw, n.storage.raw)
      cgmp_mpq_set_den(storage.raw, d.storage.raw)
    }
    cgmp_mpq_canonicalize(storage.raw)
  }

  mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = MPQStorage(copying: storage) }
  }

  // MARK: - Parts

  /// The numerator (carries the sign).
  public var numerator: BigInteger {
    let r = MPZStorage()
    cgmp_mpz_set(r.raw, cgmp_mpq_numref_const(storage.raw))
    return BigInteger(storage: r)
  }
  /// The denominator (always positive).
  public var denominator: BigInteger {
    let r = MPZStorage()
    cgmp_mpz_set(r.raw, cgmp_mpq_denref_const(storage.raw))
    return BigInteger(storage: r)
  }
  /// -1, 0 or 1.
  public var signum: Int { Int(cgmp_mpq_sgn(storage.raw)) }
  /// Whether the value is zero.
  public var isZero: Bool { signum == 0 }
  /// Whether the denominator is one.
  public var isInteger: Bool { cgmp_mpz_cmp_si(cgmp_mpq_denref_const(storage.raw), 1) == 0 }
  /// The larger of the numerator's and denominator's sizes in bits: a measure of how costly
  /// further exact work on this value is.
  public var bitWidth: Int {
    max(Int(cgmp_mpz_sizeinbase(cgmp_mpq_numref_const(storage.raw), 2)),
        Int(cgmp_mpz_sizeinbase(cgmp_mpq_denref_const(storage.raw), 2)))
  }
  /// The absolute value.
  public var magnitude: Rational {
    let r = MPQStorage()
    cgmp_mpq_abs(r.raw, storage.raw)
    return Rational(storage: r)
  }

  // MARK: - Arithmetic

  public static func + (lhs: Rational, rhs: Rational) -> Rational {
    let r = MPQStorage()
    cgmp_mpq_add(r.raw, lhs.storage.raw, rhs.storage.raw)
    return Rational(storage: r)
  }

  public static func - (lhs: Rational, rhs: Rational) -> Rational {
    let r = MPQStorage()
    cgmp_mpq_sub(r.raw, lhs.storage.raw, rhs.storage.raw)
    return Rational(storage: r)
  }

  public static func * (lhs: Rational, rhs: Rational) -> Rational {
    let r = MPQStorage()
    cgmp_mpq_mul(r.raw, lhs.storage.raw, rhs.storage.raw)
    return Rational(storage: r)
  }

  /// Exact division.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` when `rhs` is zero (GMP would abort).
  public static func / (lhs: Rational, rhs: Rational) throws -> Rational {
    guard !rhs.isZero else { throw ArithmeticError.divisionByZero }
    let r = MPQStorage()
    cgmp_mpq_div(r.raw, lhs.storage.raw, rhs.storage.raw)
    return Rational(storage: r)
  }

  public static prefix func - (operand: Rational) -> Rational {
    let r = MPQStorage()
    cgmp_mpq_neg(r.raw, operand.storage.raw)
    return Rational(storage: r)
  }

  public static func += (lhs: inout Rational, rhs: Rational) {
    lhs.makeUnique()   // `x += x`: rhs holds a second reference, so this copies first.
    cgmp_mpq_add(lhs.storage.raw, lhs.storage.raw, rhs.storage.raw)
  }

  public static func -= (lhs: inout Rational, rhs: Rational) {
    lhs.makeUnique()
    cgmp_mpq_sub(lhs.storage.raw, lhs.storage.raw, rhs.storage.raw)
  }

  public static func *= (lhs: inout Rational, rhs: Rational) {
    lhs.makeUnique()
    cgmp_mpq_mul(lhs.storage.raw, lhs.storage.raw, rhs.storage.raw)
  }

  /// In-place exact division.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` when `rhs` is zero; `lhs` is then unchanged.
  public static func /= (lhs: inout Rational, rhs: Rational) throws {
    guard !rhs.isZero else { throw ArithmeticError.divisionByZero }
    lhs.makeUnique()
    cgmp_mpq_div(lhs.storage.raw, lhs.storage.raw, rhs.storage.raw)
  }

  /// The reciprocal.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` for zero.
  public func reciprocal() throws -> Rational {
    guard !isZero else { throw ArithmeticError.divisionByZero }
    let r = MPQStorage()
    cgmp_mpq_inv(r.raw, storage.raw)
    return Rational(storage: r)
  }

  /// `self` raised to an integer power (negative powers invert).
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` for `0` to a negative power;
  ///   ``ArithmeticError/limitExceeded(_:)`` when the result would exceed `limits.maxBits`.
  public func power(_ exponent: Int, limits: ExactLimits = .standard) throws -> Rational {
    if exponent < 0 {
      guard exponent != Int.min else { throw ArithmeticError.limitExceeded("exponent too large") }
      return try reciprocal().power(-exponent, limits: limits)
    }
    let n = try numerator.power(exponent, limits: limits)
    let d = try denominator.power(exponent, limits: limits)
    return try Rational(numerator: n, denominator: d)
  }

  /// The largest integer not above `self`.
  public var floor: BigInteger {
    // Denominators are positive, so floor division of the parts is the floor of the value.
    (try? numerator.floorDivided(by: denominator)) ?? numerator
  }
}

extension Rational: Equatable, Comparable, Hashable {
  public static func == (lhs: Rational, rhs: Rational) -> Bool {
    cgmp_mpq_equal(lhs.storage.raw, rhs.storage.raw) != 0
  }
  public static func < (lhs: Rational, rhs: Rational) -> Bool {
    cgmp_mpq_cmp(lhs.storage.raw, rhs.storage.raw) < 0
  }
  public func hash(into hasher: inout Hasher) {
    // Canonical form (lowest terms, positive denominator) makes the limbs a faithful key.
    hashLimbs(of: cgmp_mpq_numref_const(storage.raw), into: &hasher)
    hashLimbs(of: cgmp_mpq_denref_const(storage.raw), into: &hasher)
  }
}

extension Rational: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) { self.init(value) }
}
