import Language

/// Expressions a check evaluates at its points: by the tree walk at the first point, compiled
/// together into one ``ProgramRun`` from the second on. Most wrong answers are decided at their
/// first point, where compiling would cost more than it saves; either way each expression gives
/// what the tree walk gives, charged alike.
struct DeferredProgram {
  private let expressions: [Expression]
  private let variables: [String]
  private let limits: LanguageLimits
  private var run: ProgramRun?
  private var firstPoint: Int?

  init(_ expressions: [Expression], variables: [String], limits: LanguageLimits) {
    self.expressions = expressions
    self.variables = variables
    self.limits = limits
  }

  /// Expression `root` at `values`, the point numbered `point` (the same number means the same
  /// values).
  mutating func evaluate(_ root: Int, at values: [String: Value], point: Int) -> Result<Value, ExpressionError> {
    if run == nil {
      if firstPoint == nil { firstPoint = point }
      if firstPoint == point {
        var evaluator = Evaluator(variables: values, limits: limits)
        do throws(ExpressionError) { return .success(try evaluator.evaluate(expressions[root])) } catch { return .failure(error) }
      }
      run = ProgramRun(Program(expressions, variables: variables), limits: limits)
    }
    return run!.evaluate(root, at: values, point: point)
  }
}
