import Exact
import Testing

@testable import Language

// Helpers shared by the Language tests. `Testing.SourceLocation` and `AnswerDocument.SourceLocation`
// both exist here; the test-location parameters below are Testing's.

/// `n/d` as an exact real.
func r(_ n: Int, _ d: Int = 1) -> RealValue { .rational(Rational(n, d)) }

/// `log(n/d)` (natural), exactly.
func ln(_ n: Int, _ d: Int = 1) -> RealValue {
  // swiftlint:disable:next force_try
  try! RealValue.log(.rational(Rational(n, d)))
}

/// `k · x`, exactly.
func times(_ k: Rational, _ x: RealValue) -> RealValue {
  // swiftlint:disable:next force_try
  try! RealValue.product(.rational(k), x)
}

/// A rational vector value.
func vec(_ xs: [Rational]) -> Value { .rationals(xs) }

/// Parses and evaluates `text` with the given variables.
func evaluate(
  _ text: String, _ variables: [String: Value] = [:],
  limits: LanguageLimits = .standard
) throws(ExpressionError) -> Value {
  let e = try Parser.expression(text, limits: limits)
  var evaluator = Evaluator(variables: variables, limits: limits)
  return try evaluator.evaluate(e)
}

/// The error that evaluating `text` throws; records an issue and returns nil if none.
func evaluationError(
  _ text: String, _ variables: [String: Value] = [:], limits: LanguageLimits = .standard,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ExpressionError? {
  do {
    let v = try evaluate(text, variables, limits: limits)
    Issue.record("'\(text)' evaluated to \(describe(v)) instead of failing", sourceLocation: sourceLocation)
    return nil
  } catch {
    return error
  }
}

/// Whether `a == b` is decided *exactly* (order 0, method `.exact`).
func exactlyEqual(_ a: RealValue, _ b: RealValue) -> Bool {
  guard let c = try? RealValue.compare(a, b) else { return false }
  return c.order == 0 && c.method == .exact
}

/// Expects `value` to have the shape of `expected` with every entry exactly equal.
func expectExact(
  _ value: Value, _ expected: Value, _ what: String = "",
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let message = "\(what): got \(describe(value)), expected \(describe(expected))"
  switch (value, expected) {
  case (.scalar(let x), .scalar(let y)):
    #expect(exactlyEqual(x, y), Comment(rawValue: message), sourceLocation: sourceLocation)
  case (.vector(let xs), .vector(let ys)):
    #expect(
      xs.count == ys.count && zip(xs, ys).allSatisfy(exactlyEqual), Comment(rawValue: message),
      sourceLocation: sourceLocation)
  case (.matrix(let m), .matrix(let n)):
    let same =
      m.count == n.count
      && zip(m, n).allSatisfy { a, b in
        a.count == b.count && zip(a, b).allSatisfy(exactlyEqual)
      }
    #expect(same, Comment(rawValue: message), sourceLocation: sourceLocation)
  default:
    Issue.record(Comment(rawValue: "shape differs. \(message)"), sourceLocation: sourceLocation)
  }
}

/// Evaluates `text` and expects exactly `expected`.
func expectValue(
  _ text: String, _ expected: Value, _ variables: [String: Value] = [:],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  do {
    let v = try evaluate(text, variables)
    expectExact(v, expected, text, sourceLocation: sourceLocation)
  } catch {
    Issue.record("'\(text)' threw \(error.kind) at \(error.offset): \(error)", sourceLocation: sourceLocation)
  }
}

/// A short rendering of a value: `R(3/2)` exact rational, `L(...)` log-linear, `C(≈x)` computed.
func describe(_ v: Value) -> String {
  func s(_ x: RealValue) -> String {
    switch x {
    case .rational(let q): return "\(q)"
    case .logLinear(let l): return "\(l)"
    case .computed: return "≈\(x.approximation)"
    }
  }
  switch v {
  case .scalar(let x): return s(x)
  case .vector(let xs): return "[" + xs.map(s).joined(separator: ", ") + "]"
  case .matrix(let m): return "[" + m.map { "[" + $0.map(s).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
  }
}

/// The tree in a fully parenthesised form: `(a + (b * c))`, `(-x)`, `f(a, b)`, `[a, b]`.
func render(_ e: Expression) -> String {
  switch e {
  case .number(_, let text, _): return text
  case .name(let n, _): return n
  case .call(let f, let args, _): return "\(f)(\(args.map(render).joined(separator: ", ")))"
  case .negate(let x, _): return "(-\(render(x)))"
  case .binary(let op, let a, let b, _): return "(\(render(a)) \(op) \(render(b)))"
  case .list(let items, _): return "[\(items.map(render).joined(separator: ", "))]"
  }
}

/// The error's Korean text is a translation: it has Hangul, differs from the English and leaves
/// no English sentence words behind (a detail from `Exact` left in English would).
func expectKorean(_ error: ExpressionError, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  let ko = error.message.ko
  #expect(ko.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(ko)", sourceLocation: sourceLocation)
  #expect(ko != error.message.en, "\(ko)", sourceLocation: sourceLocation)
  // Quoted names ('a', 'softmax') are the learner's or the grammar's words, not English.
  let unquoted = ko.split(separator: "'", omittingEmptySubsequences: false).enumerated()
    .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
  let words = unquoted.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
  for english in ["of", "is", "the", "which", "not", "to", "a", "an", "than", "more", "and", "did", "you", "mean"] {
    #expect(!words.contains(english), "'\(english)' in \(ko)", sourceLocation: sourceLocation)
  }
}
