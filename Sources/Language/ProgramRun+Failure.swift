extension ProgramRun {
  /// Where the tree walk of a root that has no value stops, and what it charged on the way.
  struct Failure {
    var error: ExpressionError
    var charge: Int
    var steps: Int
  }

  /// The error the tree walk of `root` meets first, found by walking its tree as the tree
  /// walk does (children in order; the first subtree without a value holds it): the first node
  /// whose own instruction failed with every operand known. The error is moved to that node's
  /// offset (a merged instruction failed at its first occurrence), and the charge is every
  /// subtree completed before it, one step for each node on the way down, and what the failing
  /// instruction took. Nil when that instruction ran into a limit (which may be the budget
  /// this run had, not the tree walk's).
  func failure(_ root: Program.Root) -> Failure? {
    let tree = root.tree
    var (charge, taken) = (0, 0)
    var k = 0
    while true {
      let i = tree.instructions[k]
      let end = k + tree.sizes[k]
      // The children in order, each with a value (so all of its subtree), up to one without.
      var child = k + 1
      while child < end, states[tree.instructions[child]] == .value {
        for j in child..<(child + tree.sizes[child]) {
          (charge, taken) = (charge &+ costs[tree.instructions[j]], taken &+ steps[tree.instructions[j]])
        }
        child += tree.sizes[child]
      }
      if states[i] == .failed, var error = errors[i] {
        guard error.kind != .limit else { return nil }
        error.offset = tree.offsets[k]
        return Failure(error: error, charge: charge &+ costs[i], steps: taken &+ steps[i])
      }
      // A blocked node: its own step was taken, then the child found failed.
      guard states[i] == .blocked, child < end else { return nil }
      (charge, taken) = (charge &+ Evaluator.stepCost, taken &+ 1)
      k = child
    }
  }
}
