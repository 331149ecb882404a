/// Expressions compiled together into one flat program over registers: instructions in
/// post-order of first occurrence, each naming its operands' registers, with structurally equal
/// subexpressions merged (so `exp(o)` written in an answer, its reference and every step of a
/// chain is one instruction, executed once a point by a ``ProgramRun``) and variables read
/// from the point once, as slots.
///
/// A program gives exactly what the tree walk (``Evaluator``) gives: each root remembers how
/// often its tree uses every instruction, so a run charges the steps and work units the tree
/// walk would have (an instruction reused is charged again, as ``Exact/ComputedNode`` charges a
/// reused enclosure), and any error hands the root back to the tree walk, which then reports
/// the same error at the same node, first in the same order.
public struct Program: Sendable {
  /// What an instruction does.
  enum Operation: Sendable {
    /// Reads the variable in this slot.
    case variable(Int)
    /// `e^x` as `exp(x)` (the name `e` itself is not evaluated).
    case exponential
    /// What the tree walk does at this node once its operands are known
    /// (``Evaluator/combine(_:_:)``).
    case node(Expression)
  }

  /// One instruction: its result goes to the register with its own index.
  struct Instruction: Sendable {
    var operation: Operation
    /// Where the node starts, for errors (which the tree walk then locates itself).
    var offset: Int
    /// Its operands' registers, as a range of ``Program/operands``.
    var operands: Range<Int>
    /// Whether no variable is read below it (`log(2)`, `e`): its value is the same at every
    /// point, so it is computed once a run (and charged at every point, as written).
    var isConstant: Bool
  }

  /// One compiled expression: its register, which instructions its tree uses how often
  /// (ascending, so operands come first), and its tree as the tree walk visits it.
  struct Root: Sendable {
    var expression: Expression
    var register: Int
    var uses: [Int]
    var counts: [Int]
    var tree: Occurrences
  }

  /// A tree in pre-order, one entry a node visited: its instruction, its offset and how many
  /// entries its subtree spans (its children follow it, one subtree after another).
  struct Occurrences: Sendable {
    var instructions: [Int] = []
    var offsets: [Int] = []
    var sizes: [Int] = []
  }

  var instructions: [Instruction] = []
  /// Which instructions are constants (``Instruction/isConstant``), read at every new point.
  var constants: [Bool] = []
  /// Operand registers of every instruction, one after another.
  var operands: [Int] = []
  var roots: [Root] = []
  /// The variables read into slots, in slot order.
  public private(set) var variables: [String]
  /// Whether `e` is a variable (then `e^x` is a power, as in the tree walk).
  let eIsVariable: Bool

  /// The expressions compiled, in order (a root's index is its position here).
  public var expressions: [Expression] { roots.map(\.expression) }

  /// How many instructions the program holds after merging.
  public var instructionCount: Int { instructions.count }

  /// Compiles `expressions` for points that give a value to each of `variables`.
  public init(_ expressions: [Expression], variables: [String]) {
    self.variables = variables
    eIsVariable = variables.contains("e")
    var compiler = Compiler(variables: variables, eIsVariable: eIsVariable)
    for e in expressions {
      var tree = Occurrences()
      let register = compiler.compile(e, tree: &tree)
      var counts: [Int: Int] = [:]
      for i in tree.instructions { counts[i, default: 0] += 1 }
      let uses = counts.keys.sorted()
      roots.append(
        Root(expression: e, register: register, uses: uses, counts: uses.map { counts[$0] ?? 0 }, tree: tree))
    }
    instructions = compiler.instructions
    constants = instructions.map(\.isConstant)
    operands = compiler.operands
  }
}
