import AnswerDocument
import Language

/// What a learner wrote for a part, as written: the text of a single answer, or a list or map of
/// them for structured answers (a code's codewords, a choice with its witness).
///
/// JSON shows it as a string, an array or an object (in the file's key order).
package indirect enum WrittenAnswer: Sendable, Hashable {
  case text(String)
  case list([WrittenAnswer])
  case map([Entry])

  /// One key of a written map, in the order the learner wrote it.
  package struct Entry: Sendable, Hashable {
    package var key: String
    package var value: WrittenAnswer
    package init(key: String, value: WrittenAnswer) {
      self.key = key
      self.value = value
    }
  }

  /// The most characters of one part's answer a result keeps. Results are held until a batch
  /// is reported, so a class of megabyte-long answers must not be held whole; a real answer,
  /// written prose included, is far shorter.
  package static let maximumCharacters = 4_000
  /// The most characters of a written (prose) answer a result keeps: it is there to be read.
  package static let maximumProseCharacters = 20_000

  /// The answer as read from the answer file, cut at `limit` characters with a note of how
  /// much was left out.
  package init(_ node: AnswerNode, limit: Int = WrittenAnswer.maximumCharacters) {
    var left = limit
    self.init(node, left: &left)
  }

  private init(_ node: AnswerNode, left: inout Int) {
    switch node {
    case .scalar(let s):
      let count = s.text.count
      defer { left = max(0, left - count) }
      guard count > left else {
        self = .text(s.text)
        return
      }
      self = .text(String(s.text.prefix(left)) + "… [\(count - left) more characters]")
    case .sequence(let items, _):
      var out: [WrittenAnswer] = []
      for item in items where left > 0 { out.append(WrittenAnswer(item, left: &left)) }
      if out.count < items.count { out.append(.text("… [\(items.count - out.count) more entries]")) }
      self = .list(out)
    case .mapping(let pairs, _):
      var out: [Entry] = []
      for (key, value) in pairs where left > 0 { out.append(Entry(key: key.text, value: WrittenAnswer(value, left: &left))) }
      self = .map(out)
    }
  }

  /// The answer on one line in the answer grammar's style: `[a, b]`, `{answer: no, witness: {…}}`.
  package var flattened: String {
    switch self {
    case .text(let t): return t
    case .list(let items): return "[" + items.map(\.flattened).joined(separator: ", ") + "]"
    case .map(let entries): return "{" + entries.map { "\($0.key): \($0.value.flattened)" }.joined(separator: ", ") + "}"
    }
  }
}

extension WrittenAnswer: Codable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  package init(from decoder: Decoder) throws {
    if let text = try? decoder.singleValueContainer().decode(String.self) {
      self = .text(text)
    } else if var items = try? decoder.unkeyedContainer() {
      var list: [WrittenAnswer] = []
      while !items.isAtEnd { list.append(try items.decode(WrittenAnswer.self)) }
      self = .list(list)
    } else {
      // JSON objects do not keep their key order through Foundation's decoder: keys come back sorted.
      let c = try decoder.container(keyedBy: Key.self)
      self = .map(
        try c.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
          Entry(key: $0.stringValue, value: try c.decode(WrittenAnswer.self, forKey: $0))
        })
    }
  }

  package func encode(to encoder: Encoder) throws {
    switch self {
    case .text(let t):
      var c = encoder.singleValueContainer()
      try c.encode(t)
    case .list(let items):
      var c = encoder.unkeyedContainer()
      for item in items { try c.encode(item) }
    case .map(let entries):
      var c = encoder.container(keyedBy: Key.self)
      for e in entries { try c.encode(e.value, forKey: Key(stringValue: e.key)) }
    }
  }
}
