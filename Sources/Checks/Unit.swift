import Localization

/// The unit a value part expects.
package enum Unit: String, Sendable, Hashable {
  case bits, nats
  /// The other unit, for the `nats-vs-bits` misconception.
  package var other: Unit { self == .bits ? .nats : .bits }
  /// The unit's name in a sentence: `bits` / `비트`, `nats` / `내트`.
  package var name: LocalizedText {
    switch self {
    case .bits: return LocalizedText(en: "bits", ko: "비트")
    case .nats: return LocalizedText(en: "nats", ko: "내트")
    }
  }
}

extension Unit {
  /// The words that name this unit after a number (`1.5 bits`, `2비트`).
  var words: [String] { self == .bits ? ["bits", "bit", "비트"] : ["nats", "nat", "내트"] }

  /// `text` without a trailing word naming this unit (`1.5 bits` → `1.5`), or nil when it has
  /// none: writing the part's own unit is what a careful learner does, not a mistake. A word
  /// glued to a name (`log2bits`) is left alone; another unit is left to the parser, which
  /// names it.
  func strippingWord(from text: String) -> String? {
    // Only the end is trimmed: offsets into the text stay those of the answer as written.
    var trimmed = Substring(text)
    while let last = trimmed.last, last.isWhitespace { trimmed = trimmed.dropLast() }
    for word in words where trimmed.lowercased().hasSuffix(word) {
      let body = String(trimmed.dropLast(word.count))
      guard let before = body.last, !before.isLetter, !body.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      return body
    }
    return nil
  }
}
