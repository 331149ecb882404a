public import Exact

/// A ``Program`` run at points, one point at a time, with one set of registers reused across
/// points: each instruction is executed at most once a point, whichever root asks first.
///
/// Each root's answer is what ``Evaluator/evaluate(_:)`` gives for it: the same value, the
/// same steps and the same work units charged to the meter in force (each instruction's own
/// charge times the number of times the root's tree uses it). Whenever that cannot be promised
/// (an instruction failed, the steps or the budget would run out) the root is evaluated by the
/// tree walk instead, which stops where it always stopped.
public struct ProgramRun {
  public let program: Program
  public let limits: LanguageLimits
  private var registers: [Value?]
  private var failed: [Bool]
  /// Units and steps each executed instruction took by itself.
  private var costs: [Int]
  private var steps: [Int]
  private var slots: [Value] = []
  private var variables: [String: Value] = [:]
  /// The point the registers hold, if any; nil also when the point does not fit the program.
  private var point: Int?
  private var fits = false
  /// How many roots were handed to the tree walk (an error, or the steps or budget running out).
  public private(set) var treeWalks = 0

  public init(_ program: Program, limits: LanguageLimits) {
    self.program = program
    self.limits = limits
    let n = program.instructions.count
    (registers, failed, costs, steps) = (
      Array(repeating: nil, count: n), Array(repeating: false, count: n), Array(repeating: 0, count: n),
      Array(repeating: 0, count: n)
    )
  }

  /// The value of root `root` at `variables`, the point numbered `point`: a new number empties
  /// the registers, the same number means the same variables.
  public mutating func evaluate(
    _ root: Int, at variables: [String: Value], point: Int
  ) -> Result<Value, ExpressionError> {
    if point != self.point { load(variables, point: point) }
    if fits, let value = compiled(program.roots[root]) { return .success(value) }
    treeWalks += 1
    var evaluator = Evaluator(variables: variables, limits: limits)
    do { return .success(try evaluator.evaluate(program.roots[root].expression)) } catch { return .failure(error) }
  }

  /// How many instructions have been executed so far, over all points.
  public private(set) var executions = 0

  private mutating func load(_ variables: [String: Value], point: Int) {
    self.point = point
    self.variables = variables
    // Constants keep their values from point to point; a failure is tried again.
    for i in registers.indices {
      if !program.instructions[i].isConstant { registers[i] = nil }
      failed[i] = false
    }
    slots.removeAll(keepingCapacity: true)
    fits = (variables["e"] != nil) == program.eIsVariable
    for name in program.variables {
      guard let v = variables[name] else {
        fits = false
        return
      }
      slots.append(v)
    }
  }

  /// The root's value when every instruction it uses succeeded and what the tree walk would
  /// charge fits in the steps and the budget left; that charge then goes to the meter in force.
  private mutating func compiled(_ root: Program.Root) -> Value? {
    let outer = WorkMeter.current
    let own = WorkMeter(limit: outer.map { $0.limit &- $0.spent } ?? .max)
    WorkMeter.$current.withValue(own) { execute(root.uses) }
    var (charge, taken) = (0, 0)
    for (i, count) in zip(root.uses, root.counts) {
      guard !failed[i] else { return nil }
      charge &+= costs[i] &* count
      taken &+= steps[i] &* count
    }
    guard taken <= limits.maxSteps, let value = registers[root.register] else { return nil }
    if let outer {
      guard outer.spent &+ charge <= outer.limit else { return nil }
      outer.record(charge)
    }
    return value
  }

  /// Executes the instructions not yet run at this point (operands come first), stopping at
  /// the first failure.
  private mutating func execute(_ uses: [Int]) {
    guard let meter = WorkMeter.current else { return }
    var evaluator = Evaluator(variables: variables, limits: unlimitedSteps)
    for i in uses where registers[i] == nil {
      guard !failed[i] else { return }
      let (spent, taken) = (meter.spent, evaluator.steps)
      executions += 1
      do {
        let value = try step(program.instructions[i], &evaluator)
        registers[i] = value
      } catch {
        failed[i] = true
      }
      (costs[i], steps[i]) = (meter.spent - spent, evaluator.steps - taken)
      if failed[i] { return }
    }
  }

  private var unlimitedSteps: LanguageLimits {
    var l = limits
    l.maxSteps = .max
    return l
  }

  /// One instruction: the tree walk's step at the node, its work and its checks.
  private func step(_ instruction: Program.Instruction, _ evaluator: inout Evaluator) throws(ExpressionError) -> Value {
    let offset = instruction.offset
    try evaluator.tick(1, at: offset)
    let value: Value
    switch instruction.operation {
    case .variable(let slot): value = slots[slot]
    case .exponential: value = try evaluator.exponential(operand(instruction, 0), at: offset)
    case .node(let e):
      var values: [Value] = []
      values.reserveCapacity(instruction.operands.count)
      for k in instruction.operands { values.append(registers[program.operands[k]]!) }
      value = try evaluator.combine(e, values)
    }
    try Evaluator.checkSize(value, at: offset, limits: limits)
    return value
  }

  private func operand(_ instruction: Program.Instruction, _ k: Int) -> Value {
    registers[program.operands[instruction.operands.lowerBound + k]]!
  }
}
