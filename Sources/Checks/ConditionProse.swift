/// The condition inside the words learners put around it: `when a = b`, `if p = q`,
/// `a = b일 때`, `p = q인 경우`. What the words say is what the condition says, so only the
/// relation is judged; the offset keeps errors at their place in the answer.
enum ConditionProse {
  static let leading = ["exactly when ", "only when ", "when ", "iff ", "if "]
  static let trailing = ["일 때", "일때", "인 경우", "일 경우"]

  /// The relation's text and the offset where it starts in `text`; `text` itself when no word
  /// surrounds it.
  static func core(of text: String) -> (text: String, offset: Int) {
    var body = Substring(text)
    var offset = 0
    let lead = body.prefix { $0.isWhitespace }.count
    let lowered = body.dropFirst(lead).lowercased()
    if let word = leading.first(where: { lowered.hasPrefix($0) }) {
      body = body.dropFirst(lead + word.count)
      offset = lead + word.count
    }
    while let last = body.last, last.isWhitespace || last == "." { body = body.dropLast() }
    if let word = trailing.first(where: { body.hasSuffix($0) }) { body = body.dropLast(word.count) }
    return (String(body), offset)
  }
}
