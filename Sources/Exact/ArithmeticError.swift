/// Why an exact or certified computation could not produce a value.
///
/// These are ordinary values, not crashes: GMP itself would abort on a zero divisor or an
/// exhausted allocation, so every such case is checked in Swift before GMP is called.
public enum ArithmeticError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A division whose divisor is exactly zero.
  case divisionByZero
  /// A function applied outside its domain, e.g. `log(-1)` or `sqrt(-2)`.
  case domain(String)
  /// A result would exceed one of the ``ExactLimits``; the string names the limit.
  case limitExceeded(String)
  /// A certified computation could not decide (e.g. an interval divisor that contains zero
  /// even at the highest precision allowed).
  case undecided(String)

  public var description: String {
    switch self {
    case .divisionByZero: return "division by zero"
    case .domain(let what): return what
    case .limitExceeded(let what): return "limit exceeded: \(what)"
    case .undecided(let what): return "could not decide: \(what)"
    }
  }
}
