/// A problem with an expression, located by character offset inside the expression text.
///
/// The answer-file reader adds the scalar's own line and column, so a learner sees
/// `answers.yaml:7:21: unknown function 'sofmax'; did you mean 'softmax'?`.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, in one sentence.
  public var message: String
  /// Offset in characters (Unicode scalars are counted as one) from the start of the text.
  public var offset: Int
  /// The stable category, for tests and JSON.
  public var kind: Kind

  public enum Kind: String, Sendable, Hashable {
    case syntax, unknownName, arity, type, domain, limit, undecided
  }

  public init(_ kind: Kind, _ message: String, at offset: Int) {
    self.kind = kind
    self.message = message
    self.offset = offset
  }

  public var description: String { message }
}
