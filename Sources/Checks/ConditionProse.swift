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
    if let equation = equality(in: body) { return (equation, offset) }
    return (String(body), offset)
  }

  /// `p와 q가 같을 때`, `p and q are equal`, `p equals q`: an equation said in words, written as
  /// one with every character in its place (the joining words become `=` padded with spaces),
  /// so errors still point into the answer. Nil when a relation is written or no phrase fits.
  static func equality(in body: Substring) -> String? {
    guard !body.contains(where: { "=<>!≠≤≥".contains($0) }) else { return nil }
    for suffix in equalSuffixes where body.hasSuffix(suffix) {
      let sides = body.dropLast(suffix.count)
      for joint in koreanJoints {
        guard let range = sides.range(of: joint) else { continue }
        return joined(sides[..<range.lowerBound], joint, sides[range.upperBound...])
      }
    }
    let lowered = body.lowercased()
    for suffix in [" are equal", " are the same"] where lowered.hasSuffix(suffix) {
      let sides = body.dropLast(suffix.count)
      if let range = sides.range(of: " and ") { return joined(sides[..<range.lowerBound], " and ", sides[range.upperBound...]) }
    }
    for joint in [" is equal to ", " equals ", " is the same as "] {
      if let range = body.range(of: joint) { return joined(body[..<range.lowerBound], joint, body[range.upperBound...]) }
    }
    return nil
  }

  /// `a`, then `=` padded to the joining words' length, then `b`.
  private static func joined(_ a: Substring, _ joint: String, _ b: Substring) -> String? {
    guard !a.trimmingWhitespace.isEmpty, !b.trimmingWhitespace.isEmpty else { return nil }
    let pad = String(repeating: " ", count: joint.count - 1)
    return String(a) + (joint.first == " " ? " =" + pad.dropFirst() : "=" + pad) + String(b)
  }

  /// The Korean ways to end "… are equal": `가 같을 때`, `이 같으면`, `가 서로 같다`, ….
  static let equalSuffixes: [String] = ["가", "이"].flatMap { particle in
    ["", " 서로"].flatMap { together in
      ["같을 때", "같을때", "같으면", "같은 경우", "같다"].map { "\(particle)\(together) \($0)" }
    }
  }
  static let koreanJoints = ["와 ", "과 ", "와", "과"]
}

extension Substring {
  fileprivate var trimmingWhitespace: Substring {
    let start = drop(while: { $0.isWhitespace })
    return start[..<(start.lastIndex(where: { !$0.isWhitespace }).map { start.index(after: $0) } ?? start.startIndex)]
  }
}
