public import Exact
public import Language
import AnswerDocument

/// What one fuzz input goes through, shared by the libFuzzer entry point (`ExpressionFuzzer`)
/// and the replay tool (`fuzz-replay`, which prints each phase and its time).
///
/// The text is read three ways: as an expression, as a relation (`lhs rel rhs`) and as a chain
/// continuation (`rel rhs`). Whatever parses is evaluated against a few small variables and the
/// results are compared with `RealValue.compare` under small limits. Thrown errors are the
/// expected outcome for most inputs and are ignored. What the fuzzer looks for is a crash (trap,
/// precondition, GMP/MPFR abort, stack overflow), a timeout, an out-of-memory, or a broken
/// invariant, checked here with `fatalError` so that libFuzzer reports it like a crash:
///
///   - every `ExpressionError` offset lies inside the text (`0...count`), so it can be located;
///   - `compare(a, b)` and `compare(b, a)`, when both decide, give opposite orders;
///   - an exact value compares equal to itself.
public enum FuzzHarness {
  /// The variables every input may use: small rational vectors and scalars.
  public static let variables: [String: Value] = [
    "p": .rationals([Rational(1, 2), Rational(1, 4), Rational(1, 4)]),
    "q": .rationals([Rational(1, 3), Rational(1, 3), Rational(1, 3)]),
    "a": .rational(Rational(3, 2)),
    "b": .rational(Rational(-1, 3)),
    "lambda": .rational(Rational(1, 10)),
    "n": .rational(Rational(3)),
    "z": .rationals([Rational(0), Rational(1, 5), Rational(-7, 2)]),
  ]

  /// Limits for comparisons: small, so that one comparison cannot keep MPFR busy for long.
  public static let compareLimits = ExactLimits(maxDigits: 1_000, maxDecimalExponent: 1_000,
                                                maxBits: 1 << 14, maxPrecision: 1 << 10)

  /// Language limits: the standard ones (what learners' answers get), so that an input that
  /// is slow here is slow in production too.
  public static let languageLimits = LanguageLimits.standard

  /// Runs one input. `trace`, when given, receives one line per phase; with `probe` false the
  /// values are only computed (and released), never enclosed or compared.
  public static func exercise(_ text: String, probe probing: Bool = true, trace: ((String) -> Void)? = nil) {
    let length = text.count

    func checkOffset(_ error: ExpressionError, _ phase: String) {
      trace?("\(phase): \(error.kind) at \(error.offset): \(error.message.en)")
      guard error.offset >= 0, error.offset <= length else {
        fatalError("error offset \(error.offset) outside the text (length \(length)): \(error.kind) \(error.message.en)")
      }
      // Locating the error in a (made-up) one-line scalar must not trap either.
      let scalar = AnswerNode.ScalarText(text: text, lineStarts: [SourceLocation(line: 3, column: 7)])
      _ = scalar.location(ofOffset: error.offset)
    }

    func evaluate(_ e: Expression, _ phase: String) -> Value? {
      _ = e.names
      _ = e.calledFunctions
      var evaluator = Evaluator(variables: variables, limits: languageLimits)
      do {
        let v = try timed("\(phase): evaluate", trace) { () throws(ExpressionError) in try evaluator.evaluate(e) }
        trace?("\(phase): value \(v.shapeText.en)")
        return v
      } catch {
        checkOffset(error, phase)
        return nil
      }
    }

    var values: [Value] = []
    do {
      let e = try timed("expression: parse", trace) { () throws(ExpressionError) in
        try Parser.expression(text, limits: languageLimits)
      }
      if let v = evaluate(e, "expression") { values.append(v) }
    } catch { checkOffset(error, "expression") }

    do {
      let r = try timed("relation: parse", trace) { () throws(ExpressionError) in
        try Parser.relation(text, limits: languageLimits)
      }
      if let l = evaluate(r.lhs, "relation lhs"), let rv = evaluate(r.rhs, "relation rhs") {
        values.append(l)
        values.append(rv)
        timed("relation: compare sides", trace) { compareEntries(l, rv, trace) }
      }
    } catch { checkOffset(error, "relation") }

    do {
      let (_, rhs, _) = try timed("continuation: parse", trace) { () throws(ExpressionError) in
        try Parser.continuation(text, limits: languageLimits)
      }
      if let v = evaluate(rhs, "continuation") { values.append(v) }
    } catch { checkOffset(error, "continuation") }

    if probing {
      for (k, v) in values.enumerated() {
        timed("value \(k): probe", trace) { probe(v, trace) }
      }
    }
    timed("release values", trace) { values.removeAll() }
  }

  /// Compares `l` and `r` entry by entry when their sizes agree, as a chain step would.
  static func compareEntries(_ l: Value, _ r: Value, _ trace: ((String) -> Void)?) {
    let xs = l.entries, ys = r.entries
    guard xs.count == ys.count else { return }
    for (x, y) in zip(xs, ys).prefix(8) { checkedCompare(x, y, trace) }
  }

  /// Approximates a few entries, takes their signs, compares them with 1/2 and with each other.
  static func probe(_ v: Value, _ trace: ((String) -> Void)?) {
    let entries = v.entries.prefix(8)
    let half = RealValue.rational(Rational(1, 2))
    for x in entries {
      let approximation = timed("  approximation", trace) { x.approximation }
      trace?("  ≈ \(approximation)")
      _ = timed("  signum", trace) { try? x.signum(limits: compareLimits) }
      checkedCompare(x, half, trace)
      if x.isExact {
        guard let c = try? RealValue.compare(x, x, limits: compareLimits) else { continue }
        guard c.order == 0 else { fatalError("an exact value does not compare equal to itself: \(c)") }
      }
    }
    if let first = entries.first, let last = entries.last { checkedCompare(first, last, trace) }
  }

  /// `compare(a, b)` and `compare(b, a)`; when both decide, their orders must be opposite.
  static func checkedCompare(_ a: RealValue, _ b: RealValue, _ trace: ((String) -> Void)?) {
    let ab = timed("  compare", trace) { try? RealValue.compare(a, b, limits: compareLimits) }
    let ba = try? RealValue.compare(b, a, limits: compareLimits)
    trace?("  compare: \(ab.map { "\($0.order.map(String.init) ?? "undecided") (\($0.method))" } ?? "threw")")
    if let x = ab?.order, let y = ba?.order, x != -y {
      fatalError("compare is not antisymmetric: compare(a, b) = \(x) (\(ab!.method)), compare(b, a) = \(y) (\(ba!.method))")
    }
  }
}

/// Runs `body`, reporting its duration to `trace` when there is one.
func timed<T, E: Error>(_ what: String, _ trace: ((String) -> Void)?, _ body: () throws(E) -> T) throws(E) -> T {
  guard let trace else { return try body() }
  let clock = ContinuousClock()
  let start = clock.now
  defer { trace("\(what): \(clock.now - start)") }
  return try body()
}
