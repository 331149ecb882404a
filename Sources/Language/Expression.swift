public import Exact

/// A parsed expression of the answer grammar, with the character offset of every node.
public indirect enum Expression: Sendable {
  /// A number, with its exact value and the text the learner wrote (for precision rules).
  case number(Rational, text: String, offset: Int)
  /// A variable or constant name (`p`, `lambda`, `e`).
  case name(String, offset: Int)
  /// A function call, `softmax(o)`.
  case call(String, [Expression], offset: Int)
  /// Unary minus.
  case negate(Expression, offset: Int)
  /// A binary operation: `+ - * / ^ @`.
  case binary(String, Expression, Expression, offset: Int)
  /// A bracketed list `[a, b, c]` (a vector, or a matrix when its items are vectors).
  case list([Expression], offset: Int)

  /// The character offset where this node starts.
  public var offset: Int {
    switch self {
    case .number(_, _, let o), .name(_, let o), .call(_, _, let o), .negate(_, let o),
      .binary(_, _, _, let o), .list(_, let o):
      return o
    }
  }

  /// The operands, in the order they are evaluated.
  public var children: [Expression] {
    switch self {
    case .number, .name: return []
    case .call(_, let args, _): return args
    case .negate(let e, _): return [e]
    case .binary(_, let a, let b, _): return [a, b]
    case .list(let items, _): return items
    }
  }

  /// Every name used as a function or variable, for "forbidden function" checks.
  public var names: Set<String> {
    switch self {
    case .number: return []
    case .name(let n, _): return [n]
    case .call(let f, let args, _): return args.reduce(into: [f]) { $0.formUnion($1.names) }
    case .negate(let e, _): return e.names
    case .binary(_, let a, let b, _): return a.names.union(b.names)
    case .list(let items, _): return items.reduce(into: []) { $0.formUnion($1.names) }
    }
  }

  /// The function names called anywhere in the expression.
  public var calledFunctions: Set<String> {
    switch self {
    case .number, .name: return []
    case .call(let f, let args, _): return args.reduce(into: [f]) { $0.formUnion($1.calledFunctions) }
    case .negate(let e, _): return e.calledFunctions
    case .binary(_, let a, let b, _): return a.calledFunctions.union(b.calledFunctions)
    case .list(let items, _): return items.reduce(into: []) { $0.formUnion($1.calledFunctions) }
    }
  }
}

/// A relation between two expressions: a claim (`p = q`) or one step of a chain.
public struct Relation: Sendable {
  public enum Operator: String, Sendable, Hashable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Whether `sign(lhs - rhs)` satisfies the relation.
    public func holds(forSign s: Int) -> Bool {
      switch self {
      case .equal: return s == 0
      case .notEqual: return s != 0
      case .less: return s < 0
      case .lessOrEqual: return s <= 0
      case .greater: return s > 0
      case .greaterOrEqual: return s >= 0
      }
    }
  }
  public var lhs: Expression
  public var op: Operator
  public var rhs: Expression
  public var offset: Int

  public init(lhs: Expression, op: Operator, rhs: Expression, offset: Int) {
    self.lhs = lhs
    self.op = op
    self.rhs = rhs
    self.offset = offset
  }
}
