/// Counted work: a deterministic budget for what one untrusted file may make the exact core do.
///
/// Size limits bound each number, but not how many operations a file asks for: sixty terms of
/// `log(factorial(2000)^13+1)` in twelve parts are each within every limit and together take
/// minutes. A meter counts work in *units* as the core does it (about one unit per 64-bit limb
/// an integer operation touches, and per 64 bits of precision of an interval operation, more
/// for `exp` and `log`), never wall time, so the same file is stopped at the same place on any
/// machine, at any load.
///
/// The meter in force is a task-local value: whoever marks a part installs one with
/// `WorkMeter.$current.withValue(meter) { … }`; code without a meter (the catalogue's own
/// references, benchmarks) is not metered. The core only *charges*; the places that loop
/// (the evaluator's steps, rising-precision comparisons) call ``checkpoint()`` and stop.
public final class WorkMeter: @unchecked Sendable {
  // @unchecked: a meter belongs to the one task that marks a part; it is never shared between
  // tasks running at once (child tasks of a marking task do not exist in the core).

  /// The units this meter allows.
  public let limit: Int
  /// The units charged so far.
  public private(set) var spent = 0

  /// The meter charged by work done in this task, if any.
  @TaskLocal public static var current: WorkMeter?

  public init(limit: Int) { self.limit = limit }

  /// Whether more was charged than the limit allows.
  public var isExhausted: Bool { spent > limit }

  /// Adds `units` to the meter in force (nothing when none is).
  @inlinable public static func charge(_ units: Int) {
    current?.add(units)
  }

  @usableFromInline func add(_ units: Int) { spent &+= units }

  /// Records units spent elsewhere on the meter's behalf (an outcome reused from a cache is
  /// charged what computing it cost, so reuse never changes what a file may still do).
  public func record(_ units: Int) { spent &+= units }

  /// Throws when the meter in force is exhausted: called where work repeats.
  public static func checkpoint() throws(ArithmeticError) {
    if let meter = current, meter.isExhausted { throw .budgetExhausted }
  }
}

extension ArithmeticError {
  /// The work budget of the part being marked is spent (see ``WorkMeter``).
  public static let budgetExhausted = ArithmeticError.limitExceeded(.workBudget)
}
