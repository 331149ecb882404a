import Localization

/// A problem with an expression, located by character offset inside the expression text.
///
/// The answer-file reader adds the scalar's own line and column, so a learner sees
/// `answers.yaml:7:21: unknown function 'sofmax'; did you mean 'softmax'?`.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, in one sentence, in both languages.
  public var message: LocalizedText
  /// Offset in characters (as Swift counts them: a Hangul syllable or `é` is one) from the start
  /// of the text.
  public var offset: Int
  /// The stable category, for tests and JSON.
  public var kind: Kind

  public enum Kind: String, Sendable, Hashable {
    case syntax, arity, type, domain, limit, undecided
    /// Spelled as every message id word is (`expression.unknown-name`).
    case unknownName = "unknown-name"
  }

  public init(_ kind: Kind, en: String, ko: String, at offset: Int) {
    self.kind = kind
    self.message = LocalizedText(en: en, ko: ko)
    self.offset = offset
  }

  public init(_ kind: Kind, _ message: LocalizedText, at offset: Int) {
    self.kind = kind
    self.message = message
    self.offset = offset
  }

  /// The error as a message whose id is its category (`expression.syntax`, `expression.domain`).
  public var asMessage: Message { Message("expression.\(kind.rawValue)", message) }

  /// The English sentence (tests, logs).
  public var description: String { message.en }
}
