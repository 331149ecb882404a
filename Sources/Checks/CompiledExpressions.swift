import Language
import Sampling

/// The expressions a check evaluates at its samples, compiled together once (``Program``) and
/// run with one set of registers (``DeferredProgram``): what they share is computed once a point.
/// Compiled when first asked for, so a check whose values all come from a memo compiles nothing.
///
/// A class so that the copies of the check's memo made during one pass share the registers;
/// it belongs to that one pass (one task), never to two at once.
final class CompiledExpressions {
  private let expressions: [Expression]
  private let engine: SampledEvaluation
  private var compiled: (run: DeferredProgram, roots: [Int: Int])?

  /// `expressions`, to be run at `engine`'s points.
  init(_ expressions: [Expression], engine: SampledEvaluation) {
    self.expressions = expressions
    self.engine = engine
  }

  /// The expression numbered `key` by ``MemoKeys`` at `s` (nil when it is not one of these):
  /// what the tree walk gives, charged as the tree walk charges.
  func evaluate(key: Int, at s: Sample) -> Result<Value, ExpressionError>? {
    if compiled == nil {
      var roots: [Int: Int] = [:]
      for (root, e) in expressions.enumerated() {
        let key = MemoKeys.id(e.structuralKey)
        if roots[key] == nil { roots[key] = root }
      }
      compiled = (engine.compiled(expressions), roots)
    }
    guard let root = compiled?.roots[key] else { return nil }
    return compiled?.run.evaluate(root, at: s.values, point: s.index)
  }
}
