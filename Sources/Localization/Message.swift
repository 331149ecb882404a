/// A sentence for a person, with a stable id for programs.
///
/// The id names the kind of message (`value.not-equal`, `expression.syntax`,
/// `misconception.softmin-sign`), never its wording, so JSON consumers can match on it in
/// either language.
public struct Message: Sendable, Hashable, Codable {
  /// The stable kind of message.
  public var id: String
  /// The sentence in both languages.
  public var text: LocalizedText

  public init(_ id: String, en: String, ko: String) {
    self.id = id
    self.text = LocalizedText(en: en, ko: ko)
  }

  public init(_ id: String, _ text: LocalizedText) {
    self.id = id
    self.text = text
  }

  /// The sentence in `language`.
  public subscript(_ language: DisplayLanguage) -> String { text[language] }
}
