import Synchronization

/// A real number as exact as it can be kept: a ``Rational``, a ``LogLinear`` (exact logs), or a
/// computation that is only known through certified enclosures at any requested precision.
///
/// Build values with the static operations (``sum(_:_:limits:)``, ``log(_:limits:)``, …): they
/// keep results exact whenever the exact forms are closed under the operation (`log(1/4)/log(2)`
/// is the rational `-2`; `exp(log(3) - log(2))` is `3/2`), and fall back to an enclosable
/// expression otherwise. Compare with ``compare(_:_:limits:)``, which says how it decided.
public indirect enum RealValue: Sendable {
  /// An exact rational.
  case rational(Rational)
  /// An exact rational combination of logarithms.
  case logLinear(LogLinear)
  /// A value known through certified enclosures.
  case computed(ComputedNode)

  /// The operations a ``RealValue/computed(_:)`` value remembers, so that it can be enclosed
  /// again at a higher precision when a decision needs it.
  public indirect enum Computation: Sendable {
    case sum(RealValue, RealValue)
    case product(RealValue, RealValue)
    case quotient(RealValue, RealValue)
    case negation(RealValue)
    case exp(RealValue)
    case log(RealValue)
    case squareRoot(RealValue)
    case magnitude(RealValue)
    case maximum(RealValue, RealValue)
    case minimum(RealValue, RealValue)
    case integerPower(RealValue, Int)
  }

  /// The exact rational value, if this is one (including a log-linear form with no logs).
  public var rationalValue: Rational? {
    switch self {
    case .rational(let q): return q
    case .logLinear(let l): return l.rationalValue
    case .computed: return nil
    }
  }

  /// Whether the value is held exactly (rational or log-linear).
  public var isExact: Bool {
    if case .computed = self { return false }
    return true
  }

  /// How deep the computation behind this value is (0 for exact values).
  public var depth: Int {
    if case .computed(let node) = self { return node.depth }
    return 0
  }

  /// The deepest computation evaluators should build: enclosing recurses once per level, and a
  /// bounded depth keeps that within any thread's stack.
  public static let maximumDepth = 600

  /// Builds a computed value (the only way to make one).
  static func computed(_ operation: Computation) -> RealValue { .computed(ComputedNode(operation)) }

  /// A certified enclosure, computed with `precision` bits plus guard bits at every step.
  ///
  /// - Throws: domain errors (`log` of a non-positive value) and
  ///   ``ArithmeticError/undecided(_:)`` when an intermediate enclosure is too wide (a divisor
  ///   that may be zero at this precision).
  public func enclosure(precision: Int) throws -> Interval {
    try enclose(precision + 32)
  }

  /// The enclosure at exactly this working precision. Every step rounds outward, so the result
  /// is valid at any precision; the guard bits only make it tight.
  func enclose(_ p: Int) throws -> Interval {
    switch self {
    case .rational(let q): return Interval(q, precision: p)
    case .logLinear(let l): return l.enclosure(precision: p)
    case .computed(let node): return try node.enclose(p)
    }
  }

  /// A certified binary64 enclosure, or nil when binary64 cannot enclose the value soundly
  /// (overflow, a divisor or a logarithm's argument that may be zero): the first, cheap layer of
  /// a decision, before MPFR.
  public var binary64Enclosure: Binary64Interval? {
    switch self {
    case .rational(let q): return Binary64Interval(q)
    case .logLinear(let l): return Binary64Interval(l.enclosure(precision: 64))
    case .computed(let node): return node.binary64Enclosure()
    }
  }

  /// A binary64 approximation, for display and sampling only; NaN if it cannot be enclosed.
  public var approximation: Double {
    if let q = rationalValue { return q.doubleValue }
    return (try? enclosure(precision: 64).midpoint) ?? .nan
  }
}

/// One step of a computed value, with the enclosure it last produced.
///
/// Answers share subexpressions (`diag(softmax(o)) - outer(softmax(o), softmax(o))` uses each
/// `exp(o_i)` many times), so caching the last enclosure per node makes a matrix of such entries
/// cost about as much as its distinct subexpressions.
public final class ComputedNode: Sendable {
  public let operation: RealValue.Computation
  /// The longest path to a leaf: enclosing recurses this deep, so it is bounded (see
  /// ``RealValue/maximumDepth``).
  public let depth: Int
  /// The last enclosure, its precision, and the work units computing it cost (charged again
  /// on every reuse, so a meter's count never depends on what was cached).
  private let cache = Mutex<(precision: Int, interval: Interval, cost: Int)?>(nil)
  /// The binary64 enclosure (nil inside when binary64 cannot enclose) and what it cost.
  private let binary64Cache = Mutex<(interval: Binary64Interval?, cost: Int)?>(nil)

  init(_ operation: RealValue.Computation) {
    self.operation = operation
    switch operation {
    case .sum(let a, let b), .product(let a, let b), .quotient(let a, let b), .maximum(let a, let b), .minimum(let a, let b):
      depth = 1 + max(a.depth, b.depth)
    case .negation(let a), .exp(let a), .log(let a), .squareRoot(let a), .magnitude(let a), .integerPower(let a, _):
      depth = 1 + a.depth
    }
  }

  func enclose(_ p: Int) throws -> Interval {
    guard depth <= RealValue.maximumDepth else {
      throw ArithmeticError.limitExceeded(.nesting(RealValue.maximumDepth))
    }
    if let hit = cache.withLock({ $0 }), hit.precision == p {
      WorkMeter.charge(hit.cost)
      return hit.interval
    }
    try WorkMeter.checkpoint()
    let (value, cost) = try metered { try compute(p) }
    cache.withLock { $0 = (p, value, cost) }
    return value
  }

  /// The binary64 layer's enclosure, computed once per node: answers share subexpressions, so
  /// without it a shared node would be enclosed once per path to it.
  func binary64Enclosure() -> Binary64Interval? {
    guard depth <= RealValue.maximumDepth else { return nil }
    if let hit = binary64Cache.withLock({ $0 }) {
      WorkMeter.charge(hit.cost)
      return hit.interval
    }
    // One unit a node: a binary64 step costs less than an MPFR step at any precision.
    let (value, cost) = metered { () -> Binary64Interval? in
      WorkMeter.charge(1)
      return computeBinary64()
    }
    binary64Cache.withLock { $0 = (value, cost) }
    return value
  }

  private func computeBinary64() -> Binary64Interval? {
    func both(_ a: RealValue, _ b: RealValue) -> (Binary64Interval, Binary64Interval)? {
      guard let x = a.binary64Enclosure, let y = b.binary64Enclosure else { return nil }
      return (x, y)
    }
    switch operation {
    case .sum(let a, let b): return both(a, b).flatMap { $0 + $1 }
    case .product(let a, let b): return both(a, b).flatMap { $0 * $1 }
    case .quotient(let a, let b): return both(a, b).flatMap { $0 / $1 }
    case .negation(let a): return a.binary64Enclosure.map { -$0 }
    case .exp(let a): return a.binary64Enclosure?.exp()
    case .log(let a): return a.binary64Enclosure?.log()
    case .squareRoot(let a): return a.binary64Enclosure?.squareRoot()
    case .magnitude(let a): return a.binary64Enclosure?.magnitude()
    case .maximum(let a, let b): return both(a, b).map { Binary64Interval.maximum($0, $1) }
    case .minimum(let a, let b): return both(a, b).map { Binary64Interval.minimum($0, $1) }
    case .integerPower(let a, let n): return a.binary64Enclosure.flatMap { Binary64Interval.power($0, n) }
    }
  }

  /// Runs `body`, returning what it charged; charged to the meter in force (if any) as well.
  private func metered<T>(_ body: () throws -> T) rethrows -> (T, Int) {
    if let meter = WorkMeter.current {
      let before = meter.spent
      let value = try body()
      return (value, meter.spent - before)
    }
    let own = WorkMeter(limit: .max)
    let value = try WorkMeter.$current.withValue(own) { try body() }
    return (value, own.spent)
  }

  private func compute(_ p: Int) throws -> Interval {
    switch operation {
    case .sum(let a, let b): return try a.enclose(p) + b.enclose(p)
    case .product(let a, let b): return try a.enclose(p) * b.enclose(p)
    case .quotient(let a, let b): return try a.enclose(p) / b.enclose(p)
    case .negation(let a): return -(try a.enclose(p))
    case .exp(let a): return try a.enclose(p).exp()
    case .log(let a): return try a.enclose(p).log()
    case .squareRoot(let a): return try a.enclose(p).squareRoot()
    case .magnitude(let a): return try a.enclose(p).magnitude()
    case .maximum(let a, let b): return Interval.maximum(try a.enclose(p), try b.enclose(p))
    case .minimum(let a, let b): return Interval.minimum(try a.enclose(p), try b.enclose(p))
    case .integerPower(let a, let n): return try Interval.power(try a.enclose(p), n)
    }
  }
}

extension Interval {
  /// `base^n` for an integer `n` by repeated squaring; an even power of an interval around zero
  /// starts at zero.
  static func power(_ base: Interval, _ n: Int) throws -> Interval {
    if n == 0 { return Interval(.one, precision: base.precision) }
    if n < 0 { return try power(base, -n).reciprocal() }
    let x = n % 2 == 0 ? base.magnitude() : base
    var result = Interval(.one, precision: base.precision)
    var square = x
    var k = n
    while k > 0 {
      if k & 1 == 1 { result = result * square }
      k >>= 1
      if k > 0 { square = square * square }
    }
    return result
  }
}
