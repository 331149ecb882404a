import Exact
import Identity
import Language
import Sampling

/// Equal constants proved at once instead of by climbing precision: two values that are equal
/// but not both exact (`log(1 + exp(2))` and `-log(1 - sigmoid(2))`) can never be separated by
/// enclosures, so comparing them climbs to the precision ceiling before it gives up and calls
/// them equal to so many bits. The identity test proves them equal as exp–log expressions
/// (no variables, so one mapping) in microseconds.
enum ConstantIdentity {
  /// Whether `written` (its value `given`) is proved equal to `reference` (`expected`): tried only
  /// when a value is not exact (exact ones are decided exactly and at once), and only with a
  /// marking context (its seed draws the points). Both values must also agree at 128 bits: a
  /// last look that costs nothing next to the climb it replaces.
  static func proves(
    _ written: Expression, equals reference: Expression, given: Value, expected: Value,
    context: CheckContext?, limits: ExactLimits
  ) -> Bool {
    guard let context, !(given.entries + expected.entries).allSatisfy(\.isExact) else { return false }
    // Both sides were evaluated, every logarithm and root on an argument certified in its domain,
    // so "equal wherever both are defined" is equal here (no structural definedness needed).
    guard context.replayCase == nil,
      case .equal = IdentityProof(variables: [], dimensions: 1...1).verdict(written, reference, recurs: true, context: context)
    else { return false }
    var low = limits
    low.maxPrecision = 128
    if case .agree = PointComparison.compare(given, expected, limits: low) { return true }
    return false
  }
}
