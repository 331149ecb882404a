import Exact
import Language
import Testing

/// Kept for call sites that still name a bound: speed is measured in the benchmarks, never
/// asserted here (every limit is a size or a count, so these inputs end deterministically).
let quickly: Duration = .seconds(5)

/// Runs `body` and returns its result with the time it took.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try body()
  return (result, clock.now - start)
}

/// Parses and evaluates `text`, returning the error it must end in (or recording an issue).
/// Also checks that the error's offset lies inside the text.
func expressionError(
  _ text: String, limits: LanguageLimits = .standard,
  variables: [String: Value] = [:], within bound: Duration = quickly,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ExpressionError? {
  let (outcome, _): (Result<Value, ExpressionError>, Duration) = timed {
    do throws(ExpressionError) {
      let e = try Parser.expression(text, limits: limits)
      var evaluator = Evaluator(variables: variables, limits: limits)
      return .success(try evaluator.evaluate(e))
    } catch {
      return .failure(error)
    }
  }
  switch outcome {
  case .success(let v):
    Issue.record("evaluated to \(v.shapeText.en) instead of failing", sourceLocation: sourceLocation)
    return nil
  case .failure(let error):
    #expect(error.offset >= 0 && error.offset <= text.count, "offset \(error.offset)", sourceLocation: sourceLocation)
    return error
  }
}

/// `text` repeated `n` times.
func repeated(_ text: String, _ n: Int) -> String { String(repeating: text, count: n) }

/// Language limits with the length limit lifted, so that the limit behind it is reached.
func withoutLengthLimit(_ body: (inout LanguageLimits) -> Void = { _ in }) -> LanguageLimits {
  var limits = LanguageLimits()
  limits.maxLength = 10_000_000
  body(&limits)
  return limits
}
