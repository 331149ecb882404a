import Exact
import Testing

/// The case of an ``ArithmeticError`` without its message, so tests can match on it.
enum ErrorKind: Equatable, CustomStringConvertible {
  case divisionByZero, domain, limitExceeded, undecided

  init(_ error: ArithmeticError) {
    switch error {
    case .divisionByZero: self = .divisionByZero
    case .domain: self = .domain
    case .limitExceeded: self = .limitExceeded
    case .undecided: self = .undecided
    }
  }

  var description: String {
    switch self {
    case .divisionByZero: return "divisionByZero"
    case .domain: return "domain"
    case .limitExceeded: return "limitExceeded"
    case .undecided: return "undecided"
    }
  }
}

/// Runs `body` and returns the kind of ``ArithmeticError`` it threw, or `nil` if it returned.
/// Any other error is recorded as a test failure.
func thrownKind<T>(_ body: () throws -> T, sourceLocation: SourceLocation = #_sourceLocation) -> ErrorKind? {
  do {
    _ = try body()
    return nil
  } catch let error as ArithmeticError {
    return ErrorKind(error)
  } catch {
    Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// `n/d` for a non-zero `d`.
func rat(_ n: Int, _ d: Int = 1) -> Rational { Rational(n, d) }

/// Parses a number that the test knows is valid; records a failure (and returns 0) otherwise.
func num(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Rational {
  do {
    if let q = try Rational(parsing: text) { return q }
    Issue.record("\(text) did not parse", sourceLocation: sourceLocation)
  } catch {
    Issue.record("\(text) threw \(error)", sourceLocation: sourceLocation)
  }
  return .zero
}

/// `-Σ p·log p` in the given unit, built only from exact ``LogLinear`` operations.
func entropy(_ distribution: [Rational], base: LogLinear.Base) throws -> LogLinear {
  var h = LogLinear(.zero, base: base)
  for p in distribution where !p.isZero {
    h = try LogLinear.sum(h, try LogLinear.log(p, base: base).scaled(by: -p))
  }
  return h
}

/// `log(x)` in the given unit for an integer `x > 0`.
func logOf(_ x: BigInteger, _ base: LogLinear.Base) throws -> LogLinear {
  try LogLinear.log(Rational(x), base: base)
}

/// `n!` exactly.
func factorial(_ n: Int) -> BigInteger {
  var f = BigInteger(1)
  if n >= 2 { for k in 2...n { f *= BigInteger(k) } }
  return f
}

/// Primes just above and below 2^80, checked with a deterministic Miller–Rabin (bases up to 41,
/// exact below 3.3·10^24) before being written here.
enum LargePrimes {
  /// 2^80 + 13
  static let p = BigInteger(decimalLiteral: "1208925819614629174706189")
  /// 2^80 + 85
  static let q = BigInteger(decimalLiteral: "1208925819614629174706261")
  /// 2^80 − 65
  static let r = BigInteger(decimalLiteral: "1208925819614629174706111")
}

extension BigInteger {
  /// A decimal literal the test knows is well formed (0 otherwise, which the tests would catch).
  init(decimalLiteral text: String) {
    self = (try? BigInteger(decimal: Substring(text))) ?? 0
  }
}
