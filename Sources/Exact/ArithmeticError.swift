/// Why an exact or certified computation could not produce a value: what was decided, with the
/// numbers that matter, never a finished sentence.
///
/// These are ordinary values, not crashes: GMP itself would abort on a zero divisor or an
/// exhausted allocation, so every such case is checked in Swift before GMP is called. The words a
/// person reads (English and Korean) are made where errors are shown (`ArithmeticError.text`, in
/// the Language module), so this module depends on nothing but GMP and MPFR.
public enum ArithmeticError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A division whose divisor is exactly zero.
  case divisionByZero
  /// A function applied outside its domain.
  case domain(Domain)
  /// A result would exceed one of the ``ExactLimits`` (or the work budget).
  case limitExceeded(Limit)
  /// A certified computation could not decide within the precision allowed.
  case undecided(Undecided)

  /// Which function left its domain; a rational payload is the argument when it is known.
  public enum Domain: Sendable, Hashable {
    /// `log` of a number ≤ 0 (`nil`: an enclosure entirely ≤ 0).
    case logOfNonPositive(Rational?)
    /// `sqrt` of a negative number (`nil`: an enclosure entirely < 0).
    case sqrtOfNegative(Rational?)
    case zeroToNonPositivePower
    case negativeToNonIntegerPower
  }

  /// Which limit a result would exceed, with the limit's value.
  public enum Limit: Sendable, Hashable {
    /// A written number of more than this many digits.
    case digits(Int)
    /// An integer of more than this many bits.
    case integerBits(Int)
    /// A rational of more than this many bits.
    case numberBits(Int)
    /// An integer power (comparing logs exactly) of more than this many bits.
    case powerBits(Int)
    /// An exponent above this value.
    case exponent(Int)
    /// A rational exponent too large for an exact power.
    case exponentTooLarge
    /// A decimal exponent above this value.
    case decimalExponent(Int)
    /// A computation nested deeper than this.
    case nesting(Int)
    /// The floor of a number beyond 2^1000.
    case floorMagnitude
    /// Too many elements while refining a coprime basis.
    case coprimeBasis
    /// The sign of a near-zero log-linear form in nats, beyond this precision.
    case natsSign(precision: Int)
    /// The work budget of the answer being marked is spent (``WorkMeter``).
    case workBudget
  }

  /// What could not be decided.
  public enum Undecided: Sendable, Hashable {
    case divisorMayBeZero
    case logArgumentMayBeZero
    case sqrtArgumentMayBeNegative
    /// A value that is zero to this precision.
    case zero(precision: Int)
    /// The floor of a value that is an integer to this precision.
    case floorOfNearInteger(precision: Int)
    /// Whether a value lies within a written decimal's rounding interval.
    case roundingInterval
  }

  /// A technical description for logs; people read `text`.
  public var description: String {
    switch self {
    case .divisionByZero: return "divisionByZero"
    case .domain(let d): return "domain(\(d))"
    case .limitExceeded(let l): return "limitExceeded(\(l))"
    case .undecided(let u): return "undecided(\(u))"
    }
  }
}
