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
  case computed(Computation)

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

  /// A certified enclosure at (at least) the given precision.
  ///
  /// - Throws: domain errors (`log` of a non-positive value) and
  ///   ``ArithmeticError/undecided(_:)`` when an intermediate enclosure is too wide (a divisor
  ///   that may be zero at this precision).
  public func enclosure(precision: Int) throws -> Interval {
    switch self {
    case .rational(let q): return Interval(q, precision: precision)
    case .logLinear(let l): return l.enclosure(precision: precision)
    case .computed(let c):
      // Intermediate steps use a few guard bits so the result keeps about `precision` bits.
      let p = precision + 16
      switch c {
      case .sum(let a, let b): return try a.enclosure(precision: p) + b.enclosure(precision: p)
      case .product(let a, let b): return try a.enclosure(precision: p) * b.enclosure(precision: p)
      case .quotient(let a, let b): return try a.enclosure(precision: p) / b.enclosure(precision: p)
      case .negation(let a): return -(try a.enclosure(precision: p))
      case .exp(let a): return try a.enclosure(precision: p).exp()
      case .log(let a): return try a.enclosure(precision: p).log()
      case .squareRoot(let a): return try a.enclosure(precision: p).squareRoot()
      case .magnitude(let a): return try a.enclosure(precision: p).magnitude()
      case .maximum(let a, let b): return Interval.maximum(try a.enclosure(precision: p), try b.enclosure(precision: p))
      case .minimum(let a, let b): return Interval.minimum(try a.enclosure(precision: p), try b.enclosure(precision: p))
      case .integerPower(let a, let n):
        let base = try a.enclosure(precision: p)
        return try Interval.power(base, n)
      }
    }
  }

  /// A binary64 approximation, for display and sampling only; NaN if it cannot be enclosed.
  public var approximation: Double {
    if let q = rationalValue { return q.doubleValue }
    return (try? enclosure(precision: 64).midpoint) ?? .nan
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
