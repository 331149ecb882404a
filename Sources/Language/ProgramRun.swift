import Exact

/// A ``Program`` run at points, one point at a time, with one set of registers reused across
/// points: each instruction is executed at most once a point, whichever root asks first.
///
/// Each root's answer is what ``Evaluator/evaluate(_:)`` gives for it: the same value, the
/// same steps and the same work units charged to the meter in force (each instruction's own
/// charge times the number of times the root's tree uses it). An error is the one the tree walk
/// meets first, at that node, charged what the tree walk charges up to it
/// (``failure(_:)``). Whenever that cannot be promised (the steps or the budget would run out
/// on the way, or an instruction ran into a limit) the root is evaluated by the tree walk
/// instead, which stops where it always stopped.
public struct ProgramRun {
  /// The program run.
  public let program: Program
  /// The limits each root is evaluated under, as by the tree walk.
  public let limits: LanguageLimits
  /// Each instruction's value at the current point, or its own error, or whether an operand
  /// had no value (then it was not run): which of these, in ``states``.
  var registers: [Value?]
  var errors: [ExpressionError?]
  var states: [State]
  /// Units and steps each executed instruction took by itself (up to its error, if it failed).
  var costs: [Int]
  var steps: [Int]
  private var slots: [Value] = []
  private var variables: [String: Value] = [:]
  /// The point the registers hold, if any.
  private var point: Int?
  /// Whether the point gives a value to every variable of the program, and no other `e`.
  private var fits = false
  /// How many roots were handed to the tree walk (the steps or budget running out, a limit).
  public private(set) var treeWalks = 0
  /// How many instructions have been executed so far, over all points.
  public private(set) var executions = 0

  /// A run of `program` with empty registers.
  public init(_ program: Program, limits: LanguageLimits) {
    self.program = program
    self.limits = limits
    let n = program.instructions.count
    registers = Array(repeating: nil, count: n)
    errors = Array(repeating: nil, count: n)
    states = Array(repeating: .pending, count: n)
    (costs, steps) = (Array(repeating: 0, count: n), Array(repeating: 0, count: n))
  }

  /// The value of root `root` at `variables`, the point numbered `point`: a new number empties
  /// the registers, the same number means the same variables.
  public mutating func evaluate(
    _ root: Int, at variables: [String: Value], point: Int
  ) -> Result<Value, ExpressionError> {
    if point != self.point { load(variables, point: point) }
    if fits, let result = compiled(root) { return result }
    treeWalks += 1
    var evaluator = Evaluator(variables: variables, limits: limits)
    do { return .success(try evaluator.evaluate(program.roots[root].expression)) } catch { return .failure(error) }
  }

  private mutating func load(_ variables: [String: Value], point: Int) {
    self.point = point
    self.variables = variables
    // Constants keep their values from point to point; a failure is tried again.
    for i in states.indices {
      switch states[i] {
      case .value where program.constants[i], .pending: continue
      case .value: registers[i] = nil
      case .failed: errors[i] = nil
      case .blocked: break
      }
      states[i] = .pending
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

  /// The root's result when what the tree walk would charge on the way fits in the steps and
  /// the budget left; that charge then goes to the meter in force. Nil: walk the tree.
  private mutating func compiled(_ index: Int) -> Result<Value, ExpressionError>? {
    let outer = WorkMeter.current
    let r = program.roots[index].register
    if states[r] == .pending {
      let own = WorkMeter(limit: outer.map { $0.limit &- $0.spent } ?? .max)
      WorkMeter.$current.withValue(own) { execute(program.roots[index].uses) }
    }
    let root = program.roots[index]
    let result: Result<Value, ExpressionError>
    var (charge, taken) = (0, 0)
    if states[r] == .value, let value = registers[r] {
      for (i, count) in zip(root.uses, root.counts) {
        charge &+= costs[i] &* count
        taken &+= steps[i] &* count
      }
      result = .success(value)
    } else {
      guard let failure = failure(root) else { return nil }
      (charge, taken, result) = (failure.charge, failure.steps, .failure(failure.error))
    }
    guard taken <= limits.maxSteps else { return nil }
    if let outer {
      guard outer.spent &+ charge <= outer.limit else { return nil }
      outer.record(charge)
    }
    return result
  }

  /// Executes the instructions not yet run at this point (operands come first); one whose
  /// operand failed is blocked, not run.
  private mutating func execute(_ uses: [Int]) {
    guard let meter = WorkMeter.current else { return }
    var evaluator = Evaluator(variables: variables, limits: unlimitedSteps)
    for i in uses where states[i] == .pending {
      let instruction = program.instructions[i]
      if instruction.operands.contains(where: { states[program.operands[$0]] != .value }) {
        states[i] = .blocked
        continue
      }
      let (spent, taken) = (meter.spent, evaluator.steps)
      executions += 1
      do throws(ExpressionError) {
        registers[i] = try step(instruction, &evaluator)
        states[i] = .value
      } catch {
        (errors[i], states[i]) = (error, .failed)
      }
      (costs[i], steps[i]) = (meter.spent - spent, evaluator.steps - taken)
    }
  }

  private var unlimitedSteps: LanguageLimits {
    var l = limits
    l.maxSteps = .max
    return l
  }

  /// One instruction: the tree walk's step at the node, its work and its checks.
  private func step(
    _ instruction: Program.Instruction, _ evaluator: inout Evaluator
  ) throws(ExpressionError) -> Value {
    let offset = instruction.offset
    try evaluator.tick(1, at: offset)
    let value: Value
    switch instruction.operation {
    case .variable(let slot): value = slots[slot]
    case .exponential: value = try evaluator.exponential(operand(instruction, 0), at: offset)
    case .node(.binary(let op, _, _, let offset)):
      value = try evaluator.binary(op, operand(instruction, 0), operand(instruction, 1), at: offset)
    case .node(.negate(_, let offset)):
      value = try evaluator.negated(operand(instruction, 0), at: offset)
    case .node(let e):
      var values: [Value] = []
      values.reserveCapacity(instruction.operands.count)
      for k in instruction.operands { values.append(registers[program.operands[k]]!) }
      value = try evaluator.combine(e) { values[$0] }
    }
    try Evaluator.checkSize(value, at: offset, limits: limits)
    return value
  }

  /// The value of the instruction's `k`-th operand (run before it).
  private func operand(_ instruction: Program.Instruction, _ k: Int) -> Value {
    registers[program.operands[instruction.operands.lowerBound + k]]!
  }
}

extension ProgramRun {
  /// Where an instruction stands at the current point.
  enum State: UInt8 {
    /// Not run yet.
    case pending
    /// Its value is in its register.
    case value
    /// It failed itself, every operand known: its error is kept.
    case failed
    /// Not run: an operand has no value.
    case blocked
  }
}
