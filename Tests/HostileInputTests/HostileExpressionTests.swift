import Exact
import Language
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Expressions written to make the parser or evaluator crash, hang or allocate without bound.
/// Each must end quickly in an ``ExpressionError`` whose message names the limit.
@Suite struct HostileExpressionTests {
  @Test(arguments: [
    ("2^(2^(2^64))", "an exponent above 262144"),
    ("2^2^2^2^2^2^2", "an exponent above 262144"),
    ("2^2^2^2^2^2", "262144"),
    ("1e999999999999", "the number '1e999999999999' is too large (limit exceeded: a decimal exponent above 10000)"),
    ("1e-999999999999", "a decimal exponent above 10000"),
    ("10^100000", "an integer of more than 262144 bits"),
    ("(1/3)^-1000000", "262144"),
    ("factorial(100000)", "factorial of more than 2000"),
    ("factorial(10^30)", "factorial of more than 2000"),
    ("exp(1000000 * log(3))", "262144"),
    ("exp(10^30 * log(2))", "an exponent above 262144"),
    ("2^(10^30)", "an exponent above 262144"),
    ("(2^100000)*(2^100000)*(2^100000)", "a number of more than 262144 bits"),
  ])
  func numbersThatWouldNotFit(text: String, message: String) {
    guard let error = expressionError(text) else { return }
    #expect(error.kind == .limit, "\(error.kind): \(error)")
    #expect(error.message.en.contains(message), "\(error)")
  }

  @Test func aNumberWithTooManyDigits() {
    guard let error = expressionError(repeated("9", 10_001)) else { return }
    #expect(error.kind == .limit)
    #expect(error.message.en.contains("too large"), "\(error)")
    #expect(error.message.en.contains("10000"), "\(error)")
  }

  // MARK: - Size and nesting

  @Test func hundredThousandNestedParentheses() {
    let text = repeated("(", 100_000) + "1" + repeated(")", 100_000)
    // The standard limits refuse it by length, before lexing.
    let byLength = expressionError(text)
    #expect(byLength?.kind == .limit)
    #expect(byLength?.message.en == "the expression is longer than 20000 characters")
    #expect(byLength?.offset == 0)
    // Without the length limit, the depth limit stops it at the 100th parenthesis.
    let byDepth = expressionError(text, limits: withoutLengthLimit())
    #expect(byDepth?.kind == .limit)
    #expect(byDepth?.message.en == "nesting deeper than 100 levels")
    #expect(byDepth?.offset == 100)
  }

  @Test func nestingJustInsideAndJustOutsideTheLimit() throws {
    let inside = repeated("(", 99) + "1" + repeated(")", 99)
    let e = try Parser.expression(inside)
    var evaluator = Evaluator()
    #expect(try evaluator.evaluate(e).entries.first?.rationalValue == Rational(1))
    let outside = repeated("(", 100) + "1" + repeated(")", 100)
    #expect(expressionError(outside)?.message.en == "nesting deeper than 100 levels")
    // Calls and brackets count too.
    #expect(expressionError(repeated("exp(", 200) + "0" + repeated(")", 200))?.message.en == "nesting deeper than 100 levels")
    #expect(expressionError(repeated("[", 200) + "0" + repeated("]", 200))?.message.en == "nesting deeper than 100 levels")
    #expect(expressionError(repeated("2^", 200) + "2")?.kind == .limit)
  }

  @Test func hundredThousandUnaryMinuses() {
    let text = repeated("-", 100_000) + "1"
    #expect(expressionError(text)?.message.en == "the expression is longer than 20000 characters")
    let error = expressionError(text, limits: withoutLengthLimit())
    #expect(error?.kind == .limit)
    #expect(error?.message.en == "nesting deeper than 100 levels")
    // Also with the Unicode minus and spaces between.
    #expect(expressionError(repeated("− ", 5_000) + "1")?.message.en == "nesting deeper than 100 levels")
  }

  @Test func aMegabyteOfOnePlusOne() {
    let text = repeated("1+", 500_000) + "1"
    #expect(text.utf8.count > 1_000_000)
    #expect(expressionError(text)?.message.en == "the expression is longer than 20000 characters")
    // Without the length limit the node limit stops it, but only after the lexer has read the
    // whole megabyte into tokens (several seconds in a debug build): the length limit is the
    // one that keeps this cheap.
    let error = expressionError(text, limits: withoutLengthLimit(), within: .seconds(60))
    #expect(error?.kind == .limit)
    #expect(error?.message.en == "more than 5000 terms in one expression")
  }

  @Test func aLongSumWithinTheLimitsEvaluates() throws {
    // 900 terms: well inside 20000 characters and 5000 nodes; the tree is 900 deep.
    let text = repeated("1+", 899) + "1"
    let e = try Parser.expression(text)
    var evaluator = Evaluator()
    #expect(try evaluator.evaluate(e).entries.first?.rationalValue == Rational(900))
  }

  @Test func aVectorOfTenThousandEntries() {
    let text = "[" + Array(repeating: "1", count: 10_000).joined(separator: ",") + "]"
    #expect(expressionError(text)?.message.en == "the expression is longer than 20000 characters")
    let error = expressionError(text, limits: withoutLengthLimit())
    #expect(error?.kind == .limit)
    #expect(error?.message.en == "more than 256 items in one list")
    let call = expressionError("sum(" + Array(repeating: "1", count: 5_000).joined(separator: ",") + ")")
    #expect(call?.message.en == "more than 256 items in one list")
  }

  @Test func productsThatWouldNeedTooManySteps() {
    let v = Value.rationals((1...256).map { Rational($0) })
    // 256 × 256 × 256 multiply-adds are refused before any is done: a 256 × 256 matrix already
    // exceeds the entry limit (and its product the step limit).
    let error = expressionError("outer(v, v) @ outer(v, v)", variables: ["v": v])
    #expect(error?.kind == .limit)
    #expect(error?.message.en == "a matrix of more than 4096 entries")
    #expect(expressionError("diag(v) @ diag(v)", variables: ["v": v])?.message.en == "a matrix of more than 4096 entries")
    // Written out, the numbers alone exceed the node limit.
    let written = "[" + (1...256).map(String.init).joined(separator: ",") + "]"
    #expect(
      expressionError("outer(\(written), \(written)) @ outer(\(written), \(written))")?.message.en
        == "more than 5000 terms in one expression")
  }

  // MARK: - Values beyond any float

  /// exp(exp(exp(exp(10)))) overflows MPFR's exponent range; comparisons must still end.
  @Test func towerOfExponentials() throws {
    let (x, _) = try timed { try evaluateScalar("exp(exp(exp(exp(10))))") }
    // It is larger than any rational we can write: decided at the first precision.
    let (big, t1) = try timed { try RealValue.compare(x, .rational(Rational(10).power(1000))) }
    #expect(big.order == 1)
    #expect(t1 < quickly)
    // Against itself plus one: ∞ − ∞ at every precision, so it cannot be decided, but it ends.
    let y = try evaluateScalar("exp(exp(exp(exp(10)))) + 1")
    let (same, t2) = try timed { try RealValue.compare(x, y) }
    #expect(same.order == nil || same.order == -1)
    #expect(t2 < quickly, "took \(t2)")
    let (self_, t3) = try timed { try RealValue.compare(x, x) }
    #expect(self_.order == nil || self_.order == 0)
    #expect(t3 < quickly, "took \(t3)")
    // Its log is exp(exp(exp(10))) structurally, but two computed values are never proven
    // equal: undecided (not a wrong order) is the expected outcome, and it must end.
    let (c, t4) = try timed {
      try RealValue.compare(try evaluateScalar("log(exp(exp(exp(exp(10)))))"), try evaluateScalar("exp(exp(exp(10)))"))
    }
    #expect(c.order == nil || c.order == 0)
    #expect(t4 < quickly, "took \(t4)")
  }

  /// softmax([1e308, 0]) is (1 − ε, ε) with ε = 1/(e^1e308 + 1).
  @Test func softmaxOfAHugeLogit() throws {
    let (value, _) = try timed { try evaluateValue("softmax([1e308, 0])") }
    guard case .vector(let s) = value, s.count == 2 else {
      Issue.record("not a vector")
      return
    }
    let half = RealValue.rational(Rational(1, 2))
    // Never a wrong order; ideally decided.
    let big = try RealValue.compare(s[0], half)
    let small = try RealValue.compare(s[1], half)
    #expect(big.order == nil || big.order == 1)
    #expect(small.order == nil || small.order == -1)
    // The entries are probabilities and should be decidable as such, and approximately (1, 0).
    // (Before 10c10e6, s[0] was enclosed as [0, ∞] because exp(1e308) overflowed MPFR to ∞ and
    // ∞/∞ was dropped: its approximation was 0 and it could not be told from 1/2.)
    #expect(big.order == 1, "softmax([1e308, 0])[0] > 1/2 is undecided")
    #expect(abs(s[0].approximation - 1) < 1e-9, "approximation of softmax([1e308, 0])[0] is \(s[0].approximation)")
    #expect(abs(s[1].approximation) < 1e-9)
  }

  @Test(arguments: [
    "exp(1e10000)", "exp(-1e10000)", "sigmoid(-1e10000)", "sigmoid(1e10000)", "log(exp(1e10000))", "exp(1e10000) - exp(1e10000)",
  ])
  func hugeArgumentsEndQuickly(text: String) throws {
    let (x, d) = try timed { try evaluateScalar(text) }
    let (c, d2) = try timed { try RealValue.compare(x, .rational(Rational(1, 2))) }
    #expect(d + d2 < quickly)
    // Whatever is decided must be right.
    let truth: [String: Int] = [
      "exp(1e10000)": 1, "exp(-1e10000)": -1, "sigmoid(-1e10000)": -1,
      "sigmoid(1e10000)": 1, "log(exp(1e10000))": 1, "exp(1e10000) - exp(1e10000)": -1,
    ]
    if let order = c.order { #expect(order == truth[text], "\(text) vs 1/2: \(order)") }
  }

  // MARK: - Deep certified values

  /// `sum` over an `outer` product is a left-deep sum of n² certified terms: 32 entries make a
  /// short answer (about 400 characters, far inside every limit) whose value is 1024 levels
  /// deep. It must either compare quickly or end in a limit error that says so (since 10c10e6:
  /// "the expression nests more than 600 non-exact operations").
  @Test func deepSumOfCertifiedTermsComparesQuickly() throws {
    let v = "[" + (2...33).map { "1/\($0)" }.joined(separator: ", ") + "]"
    let text = "sum(exp(outer(\(v), \(v))))"
    #expect(text.count < 500)
    let (outcome, _): (Result<RealValue, ExpressionError>, Duration) = timed {
      do throws(ExpressionError) {
        let e = try Parser.expression(text)
        var evaluator = Evaluator()
        guard case .scalar(let x) = try evaluator.evaluate(e) else {
          throw ExpressionError(.type, en: "not a number", ko: "수가 아닙니다", at: 0)
        }
        return .success(x)
      } catch {
        return .failure(error)
      }
    }
    switch outcome {
    case .failure(let error):
      #expect(error.kind == .limit, "\(error.kind): \(error)")
      #expect(error.message.en.contains("non-exact operations"), "\(error)")
    case .success(let x):
      let (c, _) = try timed { try RealValue.compare(x, .rational(Rational(1000))) }
      #expect(c.order == 1)
    }
  }

  /// `sum(exp(diag([1, 1, …])))` with 72 ones (161 characters) is a left-deep sum of 5184
  /// certified terms. Before 10c10e6, comparing it overflowed the stack in `RealValue.enclose` ↔
  /// `ComputedNode.compute` (SIGSEGV, found by the fuzzer). A limit error is a fine outcome; a
  /// crash is not. Run in a child process so that a crash fails this test only.
  @Test func deepCertifiedSumDoesNotCrashWhenCompared() async {
    await #expect(processExitsWith: .success) {
      let text = "sum(exp(diag([" + Array(repeating: "1", count: 72).joined(separator: ",") + "])))"
      do throws(ExpressionError) {
        let e = try Parser.expression(text)
        var evaluator = Evaluator()
        guard case .scalar(let x) = try evaluator.evaluate(e) else { exit(3) }
        // 72 e + 5112 ≈ 5307.7 > 5000.
        guard let c = try? RealValue.compare(x, .rational(Rational(5000))), c.order == 1 else { exit(4) }
      } catch {
        if error.kind != .limit { exit(5) }
      }
    }
  }

  /// The deepest tree the limits let the evaluator build: 256 entries, `outer`, then a sum
  /// (65536 levels, 3.4 KB of text). The depth check of 10c10e6 runs after the tree is built,
  /// and releasing a 65536-level chain of `ComputedNode`s recurses once per level in deinit:
  /// SIGSEGV even on an 8 MiB stack (from about 40 000 levels; about 2 500 on a 512 KiB stack).
  @Test func deepestCertifiedSumDoesNotCrash() async {
    await #expect(processExitsWith: .success) {
      let v = "[" + (2...257).map { "1/\($0)" }.joined(separator: ", ") + "]"
      do throws(ExpressionError) {
        let e = try Parser.expression("sum(exp(outer(\(v), \(v))))")
        var evaluator = Evaluator()
        guard case .scalar(let x) = try evaluator.evaluate(e) else { exit(3) }
        _ = x.approximation
        _ = try? RealValue.compare(x, .rational(Rational(1, 2)))
      } catch {
        if error.kind != .limit { exit(5) }
      }
    }
  }

  /// The same tree built one level at a time by `sum` without any `outer`: a vector variable of
  /// 256 certified entries summed with a running total (`mean` and `@` fold the same way).
  @Test func deepSumsFromEveryFoldEndCleanly() async {
    await #expect(processExitsWith: .success) {
      let v = Value.vector((1...256).map { k in (try? RealValue.exp(.rational(Rational(1, k)))) ?? .rational(.zero) })
      for text in ["sum(outer(v, v))", "mean(outer(v, v))", "outer(v, v) @ v", "sum(outer(v, v) * 2)"] {
        do throws(ExpressionError) {
          let e = try Parser.expression(text)
          var evaluator = Evaluator(variables: ["v": v])
          let value = try evaluator.evaluate(e)
          _ = value.entries.first?.approximation
        } catch {
          if error.kind != .limit { exit(5) }
        }
      }
    }
  }

  /// `sum(log(outer(v, v)))` is exact (log-linear), and a few thousand exact log sums must stay
  /// cheap. With v the first 64 primes above 10⁹ (about 1400 characters), every one of the 4096
  /// additions rebuilds a coprime basis of up to 64 ten-digit numbers: the cost grows as n³
  /// (0.45 s at 64, 3.8 s at 128, 31 s at 256 primes in a release build) while the step count
  /// only sees n². See Docs/fuzzing.md.
  @Test func manyExactLogSumsStayExact() throws {
    let v = "[" + primesAboveABillion.prefix(64).map(String.init).joined(separator: ",") + "]"
    let (x, _) = try timed { try evaluateScalar("sum(log(outer(\(v), \(v))))") }
    #expect(x.isExact)
  }

  /// The same with small integers (a basis of at most the 31 primes below 128): must be quick.
  @Test func manyExactLogSumsOverSmallIntegers() throws {
    let v = "[" + (2...65).map(String.init).joined(separator: ", ") + "]"  // 64 × 64: the entry limit
    let (x, _) = try timed { try evaluateScalar("sum(log(outer(\(v), \(v))))") }
    #expect(x.isExact)
  }

  // MARK: - floor and ceil of huge values

  /// `floor(exp(7*10^8))` encloses a finite number near 2^(10⁹) and converts both endpoints to
  /// exact rationals (RealValue+Floor.swift → Interval.lower/upper → mpfr_get_q): two integers of
  /// about 10⁹ bits, past every `ExactLimits` bound. 19 characters cost about 6 s and 630 MB in
  /// a release build. It should end at once in a limit error.
  @Test(arguments: ["floor(exp(7*10^8))", "ceil(exp(7*10^8))", "floor(exp(1e10000))", "floor(exp(exp(exp(exp(10)))))"])
  func floorOfAHugeValue(text: String) {
    guard let error = expressionError(text, within: .seconds(1)) else { return }
    #expect(error.kind == .limit || error.kind == .undecided, "\(error.kind): \(error)")
  }

  @Test func floorOfAnIntegerThatIsNotExactEnds() {
    // sqrt(2)^2 is exactly 2 but computed: its floor cannot be decided, and that must end.
    guard let error = expressionError("floor(sqrt(2)^2)") else { return }
    #expect(error.kind == .undecided)
  }
}

/// The first 256 primes above 10⁹.
let primesAboveABillion: [Int] = {
  func isPrime(_ n: Int) -> Bool {
    if n % 2 == 0 { return n == 2 }
    var d = 3
    while d * d <= n {
      if n % d == 0 { return false }
      d += 2
    }
    return true
  }
  var primes: [Int] = []
  var n = 1_000_000_001
  while primes.count < 256 {
    if isPrime(n) { primes.append(n) }
    n += 2
  }
  return primes
}()

func evaluateValue(_ text: String) throws -> Value {
  let e = try Parser.expression(text)
  var evaluator = Evaluator()
  return try evaluator.evaluate(e)
}

func evaluateScalar(_ text: String) throws -> RealValue {
  guard case .scalar(let x) = try evaluateValue(text) else {
    throw ExpressionError(.type, en: "not a number", ko: "수가 아닙니다", at: 0)
  }
  return x
}
