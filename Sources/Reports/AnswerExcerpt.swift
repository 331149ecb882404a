/// How much of one answer a page shows: a hostile file can hold a 1 MiB answer, and a class of
/// them would make every page that heavy. Reports for reading show the start and say how much
/// more there is; the JSON keeps what the result holds (``WrittenAnswer/maximumCharacters``).
enum AnswerExcerpt {
  /// Characters of one answer shown in a student row or the Markdown list.
  static let shown = 2_000
  /// Answers longer than this are shown as written, not typeset (MathML is several times larger).
  static let typeset = 600
  /// Characters of one written (prose) answer in the written-answers section.
  static let prose = 20_000

  /// `text` cut to `limit` characters, and how many were left out (0 when none).
  static func cut(_ text: String, _ limit: Int) -> (text: String, omitted: Int) {
    guard text.utf8.count > limit else { return (text, 0) }
    let total = text.count
    guard total > limit else { return (text, 0) }
    return (String(text.prefix(limit)), total - limit)
  }
}
