/// One lexical token of the answer grammar.
struct Token: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case number(String)  // raw text, read exactly later
    case identifier(String)  // normalised: `λ` -> `lambda`, a leading `np.` removed
    case op(String)  // + - * / ^ @ (and `**` normalised to `^`)
    case relation(Relation.Operator)
    case leftParen, rightParen, leftBracket, rightBracket, comma
    /// `.` between a value and a numpy attribute or method (`x.T`, `x.sum()`).
    case dot
    case end
  }
  var kind: Kind
  /// Character offset of the token's first character.
  var offset: Int
  /// Length in characters.
  var length: Int
}
