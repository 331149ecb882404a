internal import CGMP

/// An arbitrary-precision integer backed by GMP, with value semantics.
///
///     let big = try BigInteger(3).power(665)
///     print(big.bitWidth)   // 1055: 3^665 is just above 2^1054
///
/// Operations that can make a number very large (``power(_:limits:)``) check the size of the
/// result against ``ExactLimits`` first and throw instead of allocating without bound.
public struct BigInteger: Sendable {
  var storage: MPZStorage

  init(storage: MPZStorage) { self.storage = storage }

  /// Creates an integer equal to `value`.
  public init(_ value: Int) {
    storage = MPZStorage()
    cgmp_mpz_set_si(storage.raw, value)
  }

  /// Parses a run of ASCII decimal digits with an optional leading sign; `nil` if malformed.
  ///
  /// - Throws: ``ArithmeticError/limitExceeded(_:)`` when there are more than
  ///   `limits.maxDigits` digits.
  public init?(decimal text: Substring, limits: ExactLimits = .standard) throws {
    var digits = text.utf8[...]
    var negative = false
    if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
      negative = first == UInt8(ascii: "-")
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    guard digits.count <= limits.maxDigits else {
      throw ArithmeticError.limitExceeded(.digits(limits.maxDigits))
    }
    storage = MPZStorage()
    let ok = String(decoding: digits, as: UTF8.self).withCString {
      cgmp_mpz_set_str(storage.raw, $0, 10)
    }
    guard ok == 0 else { return nil }
    if negative { cgmp_mpz_neg(storage.raw, storage.raw) }
  }

  mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = MPZStorage(copying: storage) }
  }

  // MARK: - Properties

  /// -1, 0 or 1.
  public var signum: Int { Int(cgmp_mpz_sgn(storage.raw)) }
  /// Whether the value is zero.
  public var isZero: Bool { signum == 0 }
  /// The number of bits of the magnitude (0 for zero).
  public var bitWidth: Int { isZero ? 0 : Int(cgmp_mpz_sizeinbase(storage.raw, 2)) }
  /// The number of decimal digits of the magnitude (1 for zero).
  public var decimalDigitCount: Int {
    let m = magnitude
    return withExtendedLifetime(m) { decimalString(of: m.storage.raw).count }
  }
  /// The 64-bit limbs the value occupies: the unit of ``WorkMeter`` charges.
  var limbCount: Int { Int(cgmp_mpz_size(storage.raw)) }
  /// The absolute value.
  public var magnitude: BigInteger {
    let r = MPZStorage()
    cgmp_mpz_abs(r.raw, storage.raw)
    return BigInteger(storage: r)
  }
  /// The value as an `Int`, or `nil` if it does not fit.
  public var intValue: Int? {
    cgmp_mpz_fits_slong_p(storage.raw) != 0 ? cgmp_mpz_get_si(storage.raw) : nil
  }
  /// The number of trailing zero bits (the power of two dividing a non-zero value).
  public var trailingZeroBitCount: Int {
    isZero ? 0 : Int(cgmp_mpz_scan1(storage.raw, 0))
  }

  // MARK: - Arithmetic

  public static func + (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
    WorkMeter.charge(lhs.limbCount + rhs.limbCount)
    let r = MPZStorage()
    cgmp_mpz_add(r.raw, lhs.storage.raw, rhs.storage.raw)
    return BigInteger(storage: r)
  }

  public static func - (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
    WorkMeter.charge(lhs.limbCount + rhs.limbCount)
    let r = MPZStorage()
    cgmp_mpz_sub(r.raw, lhs.storage.raw, rhs.storage.raw)
    return BigInteger(storage: r)
  }

  public static func * (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
    WorkMeter.charge(lhs.limbCount + rhs.limbCount)
    let r = MPZStorage()
    cgmp_mpz_mul(r.raw, lhs.storage.raw, rhs.storage.raw)
    return BigInteger(storage: r)
  }

  public static prefix func - (operand: BigInteger) -> BigInteger {
    let r = MPZStorage()
    cgmp_mpz_neg(r.raw, operand.storage.raw)
    return BigInteger(storage: r)
  }

  public static func += (lhs: inout BigInteger, rhs: BigInteger) {
    WorkMeter.charge(lhs.limbCount + rhs.limbCount)
    lhs.makeUnique()
    cgmp_mpz_add(lhs.storage.raw, lhs.storage.raw, rhs.storage.raw)
  }

  public static func *= (lhs: inout BigInteger, rhs: BigInteger) {
    WorkMeter.charge(lhs.limbCount + rhs.limbCount)
    lhs.makeUnique()
    cgmp_mpz_mul(lhs.storage.raw, lhs.storage.raw, rhs.storage.raw)
  }

  /// Quotient and remainder of truncating division.
  ///
  /// - Throws: ``ArithmeticError/divisionByZero`` when `divisor` is zero.
  public func quotientAndRemainder(dividingBy divisor: BigInteger) throws -> (quotient: BigInteger, remainder: BigInteger) {
    guard !divisor.isZero else { throw ArithmeticError.divisionByZero }
    WorkMeter.charge(limbCount + divisor.limbCount)
    let q = MPZStorage()
    let r = MPZStorage()
    cgmp_mpz_tdiv_qr(q.raw, r.raw, storage.raw, divisor.storage.raw)
    return (BigInteger(storage: q), BigInteger(storage: r))
  }

  /// Floor division, rounding toward negative infinity.
  public func floorDivided(by divisor: BigInteger) throws -> BigInteger {
    guard !divisor.isZero else { throw ArithmeticError.divisionByZero }
    WorkMeter.charge(limbCount + divisor.limbCount)
    let q = MPZStorage()
    cgmp_mpz_fdiv_q(q.raw, storage.raw, divisor.storage.raw)
    return BigInteger(storage: q)
  }

  /// `self / divisor` when the division is known to be exact (a precondition).
  func dividedExactly(by divisor: BigInteger) -> BigInteger {
    precondition(!divisor.isZero, "dividedExactly by zero")
    WorkMeter.charge(limbCount + divisor.limbCount)
    let q = MPZStorage()
    cgmp_mpz_divexact(q.raw, storage.raw, divisor.storage.raw)
    return BigInteger(storage: q)
  }

  /// Whether `divisor` divides `self` exactly (false for a zero divisor unless self is zero).
  public func isDivisible(by divisor: BigInteger) -> Bool {
    WorkMeter.charge(limbCount + divisor.limbCount)
    return cgmp_mpz_divisible_p(storage.raw, divisor.storage.raw) != 0
  }

  /// Shifts the magnitude right by `count` bits (truncating toward zero).
  public func shiftedRight(by count: Int) -> BigInteger {
    precondition(count >= 0)
    let r = MPZStorage()
    cgmp_mpz_tdiv_q_2exp(r.raw, storage.raw, UInt(count))
    return BigInteger(storage: r)
  }

  /// Multiplies by `2^count`.
  public func shiftedLeft(by count: Int, limits: ExactLimits = .standard) throws -> BigInteger {
    precondition(count >= 0)
    guard bitWidth + count <= limits.maxBits else {
      throw ArithmeticError.limitExceeded(.integerBits(limits.maxBits))
    }
    let r = MPZStorage()
    cgmp_mpz_mul_2exp(r.raw, storage.raw, UInt(count))
    return BigInteger(storage: r)
  }

  /// The greatest common divisor (non-negative).
  public static func gcd(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
    WorkMeter.charge(2 * (a.limbCount + b.limbCount))
    let r = MPZStorage()
    cgmp_mpz_gcd(r.raw, a.storage.raw, b.storage.raw)
    return BigInteger(storage: r)
  }

  /// `self` raised to a non-negative power.
  ///
  /// - Throws: ``ArithmeticError/limitExceeded(_:)`` if the result would need more than
  ///   `limits.maxBits` bits; the check is made before any work is done.
  public func power(_ exponent: Int, limits: ExactLimits = .standard) throws -> BigInteger {
    precondition(exponent >= 0, "negative exponent for an integer power")
    let width = bitWidth
    if width > 1 || (width == 1 && exponent > 0 && signum < 0) {
      // |self|^e < 2^(width·e); refuse before GMP allocates.
      let (estimate, overflow) = width.multipliedReportingOverflow(by: exponent)
      guard !overflow, estimate <= limits.maxBits + width else {
        throw ArithmeticError.limitExceeded(.integerBits(limits.maxBits))
      }
    }
    // Repeated squaring touches about twice the result's limbs; the result's size is bounded
    // by the check above (and is one limb for 0, 1 and -1, whatever the exponent).
    WorkMeter.charge(width > 1 ? 2 * (width * exponent / 64 + 1) : 1)
    let r = MPZStorage()
    cgmp_mpz_pow_ui(r.raw, storage.raw, UInt(exponent))
    return BigInteger(storage: r)
  }

  /// GMP's primality test (BPSW plus Miller–Rabin rounds): exact for values below 2^64.
  var isProbablePrime: Bool { cgmp_mpz_probab_prime_p(storage.raw, 24) > 0 }

  /// Whether the magnitude is `b^k` for some integers `b` and `k > 1` (true for 0 and 1).
  public var isPerfectPower: Bool { cgmp_mpz_perfect_power_p(storage.raw) != 0 }

  /// The integer `k`-th root when `self` is an exact `k`-th power, else `nil`.
  public func exactRoot(_ k: Int) -> BigInteger? {
    precondition(k >= 1)
    // GMP aborts on an even root of a negative number; there is no integer root then.
    if signum < 0 && k % 2 == 0 { return nil }
    let r = MPZStorage()
    let exact = cgmp_mpz_root(r.raw, storage.raw, UInt(k))
    return exact != 0 ? BigInteger(storage: r) : nil
  }
}

extension BigInteger: Equatable, Comparable, Hashable {
  public static func == (lhs: BigInteger, rhs: BigInteger) -> Bool {
    cgmp_mpz_cmp(lhs.storage.raw, rhs.storage.raw) == 0
  }
  public static func < (lhs: BigInteger, rhs: BigInteger) -> Bool {
    cgmp_mpz_cmp(lhs.storage.raw, rhs.storage.raw) < 0
  }
  public func hash(into hasher: inout Hasher) { hashLimbs(of: storage.raw, into: &hasher) }
}

extension BigInteger: ExpressibleByIntegerLiteral, CustomStringConvertible {
  public init(integerLiteral value: Int) { self.init(value) }
  /// The value in base 10, e.g. `-42`.
  public var description: String { decimalString(of: storage.raw) }
}
