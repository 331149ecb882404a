public import Exact

/// Deterministic bounds on what one answer may make the parser and evaluator do.
///
/// Limits are sizes and counts, never wall-clock time, so the same answer always gets the same
/// verdict on any machine. Exceeding one ends in a clear error that names the limit.
public struct LanguageLimits: Sendable, Hashable {
  /// Most characters in one expression.
  public var maxLength: Int = 20_000
  /// Deepest nesting of parentheses, brackets, calls and operators.
  public var maxDepth: Int = 100
  /// Most syntax-tree nodes in one expression.
  public var maxNodes: Int = 5_000
  /// Longest vector (and most rows or columns of a matrix).
  public var maxVectorLength: Int = 256
  /// Most entries of one matrix (`outer`, `diag`, `@` and `[[...]]` results).
  public var maxEntries: Int = 4_096
  /// Most elementary operations one evaluation may perform.
  public var maxSteps: Int = 200_000
  /// Largest argument of `factorial`.
  public var maxFactorial: Int = 2_000
  /// Bounds on the numbers themselves.
  public var exact: ExactLimits = .standard

  public init() {}

  /// The limits used for learners' answers.
  public static let standard = LanguageLimits()
}
