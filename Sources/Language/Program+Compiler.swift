import Exact

extension Program {
  /// Builds instructions in post-order, giving a subexpression met again the register it
  /// already has (matched by operation and operand registers, so by structure).
  struct Compiler {
    let variables: [String]
    let eIsVariable: Bool
    var instructions: [Instruction] = []
    var operands: [Int] = []
    private var registers: [Shape: Int] = [:]

    init(variables: [String], eIsVariable: Bool) {
      self.variables = variables
      self.eIsVariable = eIsVariable
    }

    /// What makes two instructions the same: the node's kind and text (operator, function or
    /// name; a number's exact value) and the operand registers. Offsets and spelling do not count.
    private struct Shape: Hashable {
      var kind: Int
      var text: String
      var number: Rational?
      var operands: [Int]
    }

    /// The register of `e`, appending to `tree` every node of its tree as the tree walk visits
    /// it (each occurrence, shared or not).
    mutating func compile(_ e: Expression, tree: inout Occurrences) -> Int {
      let entry = tree.instructions.count
      tree.instructions.append(-1)
      tree.offsets.append(e.offset)
      tree.sizes.append(0)
      let register: Int
      if case .name(let name, _) = e, let slot = variables.firstIndex(of: name) {
        register = intern(Shape(kind: 0, text: name, operands: []), .variable(slot), e.offset, [])
      } else if let x = Evaluator.exponentOfE(e, eIsVariable: eIsVariable) {
        let operand = compile(x, tree: &tree)
        register = intern(Shape(kind: 1, text: "", operands: [operand]), .exponential, e.offset, [operand])
      } else {
        var registers: [Int] = []
        for child in e.children { registers.append(compile(child, tree: &tree)) }
        register = intern(Self.shape(e, registers), .node(e), e.offset, registers)
      }
      tree.instructions[entry] = register
      tree.sizes[entry] = tree.instructions.count - entry
      return register
    }

    private static func shape(_ e: Expression, _ operands: [Int]) -> Shape {
      switch e {
      case .number(let q, _, _): return Shape(kind: 2, text: "", number: q, operands: [])
      case .name(let name, _): return Shape(kind: 3, text: name, operands: [])
      case .call(let name, _, _): return Shape(kind: 4, text: name, operands: operands)
      case .negate: return Shape(kind: 5, text: "", operands: operands)
      case .binary(let op, _, _, _): return Shape(kind: 6, text: op, operands: operands)
      case .list: return Shape(kind: 7, text: "", operands: operands)
      }
    }

    private mutating func intern(_ shape: Shape, _ operation: Operation, _ offset: Int, _ registers: [Int]) -> Int {
      if let known = self.registers[shape] { return known }
      let start = operands.count
      operands.append(contentsOf: registers)
      var isConstant = true
      if case .variable = operation { isConstant = false }
      for r in registers where !instructions[r].isConstant { isConstant = false }
      instructions.append(
        Instruction(operation: operation, offset: offset, operands: start..<operands.count, isConstant: isConstant))
      self.registers[shape] = instructions.count - 1
      return instructions.count - 1
    }
  }
}
