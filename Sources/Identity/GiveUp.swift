/// Why the identity test stopped without a decision: the expression is outside the mapped class
/// (an unsupported function, a shape error) or past a size, degree or work limit. The caller then
/// decides by sampling, as it did before the identity test existed.
package struct GiveUp: Error, Sendable, Equatable {
  /// A short English reason, for tests and benchmarks (never shown to learners).
  package var reason: String

  package init(_ reason: String) { self.reason = reason }
}
