/// One text in both languages. Exercise files and the engine's messages carry both side by side,
/// so the language is chosen when a report is rendered, not when an answer is marked.
public struct LocalizedText: Sendable, Hashable, Codable {
  public var en: String
  public var ko: String

  public init(en: String, ko: String) {
    self.en = en
    self.ko = ko
  }

  /// The text in `language`.
  public subscript(_ language: DisplayLanguage) -> String {
    switch language {
    case .en: return en
    case .ko: return ko
    }
  }

  /// Applies `transform` to both languages (escaping, trimming).
  public func map(_ transform: (String) -> String) -> LocalizedText {
    LocalizedText(en: transform(en), ko: transform(ko))
  }

  /// Both texts joined with `separator` (Korean with the same separator).
  public static func joined(_ texts: [LocalizedText], separator: String) -> LocalizedText {
    LocalizedText(en: texts.map(\.en).joined(separator: separator), ko: texts.map(\.ko).joined(separator: separator))
  }
}
