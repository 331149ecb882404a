/// Bounds that keep untrusted input from making exact arithmetic allocate or loop without bound.
///
/// Every operation that can grow a number (parsing, powers, factorials, exact log comparisons)
/// checks its result size against these limits *before* doing the work, and throws
/// ``ArithmeticError/limitExceeded(_:)`` naming the limit. The limits are deterministic (sizes,
/// not wall-clock time), so the same input always gets the same verdict.
public struct ExactLimits: Sendable, Hashable {
  /// Most decimal digits in one written number (mantissa digits, numerator or denominator).
  public var maxDigits: Int
  /// Largest magnitude of a decimal exponent (`1e-300` is fine, `1e999999999` is not).
  public var maxDecimalExponent: Int
  /// Largest size in bits of any integer (numerator or denominator) an operation may produce.
  public var maxBits: Int
  /// Highest MPFR precision, in bits, that a certified comparison may raise itself to.
  public var maxPrecision: Int

  public init(
    maxDigits: Int = 10_000, maxDecimalExponent: Int = 10_000,
    maxBits: Int = 1 << 18, maxPrecision: Int = 1 << 14
  ) {
    self.maxDigits = maxDigits
    self.maxDecimalExponent = maxDecimalExponent
    self.maxBits = maxBits
    self.maxPrecision = maxPrecision
  }

  /// The limits used for learners' answers.
  public static let standard = ExactLimits()
}
