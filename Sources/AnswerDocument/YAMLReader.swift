import Foundation
import Localization
import Yams

/// Reads YAML text into ``AnswerNode`` trees that keep every scalar's raw text and position.
///
/// YAML's own typing is ignored on purpose (`0.1` stays the text "0.1", `yes` stays "yes",
/// `1_000` stays "1_000"): the part that reads a value decides what it means. The reader is the
/// only place that sees Yams types, and it guards against hostile input before and while
/// Yams works: size, nesting (Yams composes recursively, so depth is bounded *before* composing,
/// from the parser's own events: ``NestingProbe``),
/// and node count (aliases share nodes, so an alias bomb expands only up to the budget).
package struct YAMLReader: Sendable {
  /// Largest file accepted.
  package var maxBytes = 1 << 20
  /// Deepest nesting accepted.
  package var maxDepth = 64
  /// Most nodes after alias expansion.
  package var maxNodes = 50_000

  package init() {}

  /// A problem reading the file as YAML.
  package struct Failure: Error, Sendable {
    package var message: Message
    package var location: SourceLocation?
  }

  /// Text YAML does not read, with libyaml's reason (in English: it comes from libyaml).
  static func notYAML(_ detail: String) -> Message {
    Message("file.not-yaml", en: "not valid YAML: \(detail)", ko: "올바른 YAML이 아닙니다: \(detail)")
  }

  /// Parses `text` into a tree. The top level is whatever the document holds.
  package func read(_ text: String) throws(Failure) -> AnswerNode? {
    // A byte-order mark (Windows editors write one) is not content; Yams tells libyaml the
    // encoding, so libyaml would not skip it. Columns are then counted as editors show them.
    let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    guard text.utf8.count <= maxBytes else {
      throw Failure(message: YAMLReader.tooLarge(maxBytes), location: nil)
    }
    if let at = NestingProbe.firstTooDeep(text, limit: maxDepth) {
      throw Failure(message: tooDeep, location: at)
    }
    let root: Node?
    do {
      // The basic resolver: the reader keeps every scalar's raw text and never asks YAML what
      // type it is, so resolving tags by regular expression (and hashing keys through them for
      // Yams' duplicate check) was work thrown away: a quarter of loading the catalogue.
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      throw YAMLReader.failure(from: error, text: text)
    } catch {
      throw Failure(message: Self.notYAML("\(error)"), location: nil)
    }
    guard let root else { return nil }
    var budget = maxNodes
    let lines = text.yamlLines()
    return try convert(root, lines: lines, budget: &budget, depth: 0)
  }

  /// The one sentence for a file over the size limit (also when its size is seen before reading).
  package static func tooLarge(_ limit: Int) -> Message {
    Message("file.too-large", en: "the file is larger than \(limit / 1024) KiB, the most an answer file may be",
            ko: "파일이 답안 파일의 최대 크기인 \(limit / 1024) KiB보다 큽니다")
  }

  private var tooDeep: Message {
    Message("file.too-deep", en: "the file is nested more than \(maxDepth) levels deep",
            ko: "파일이 \(maxDepth)단계보다 깊게 중첩되어 있습니다")
  }

  private func convert(_ node: Node, lines: [Substring], budget: inout Int, depth: Int) throws(Failure) -> AnswerNode {
    budget -= 1
    let at = SourceLocation(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    guard budget >= 0 else {
      throw Failure(message: Message(
        "file.too-many-values", en: "the file expands to more than \(maxNodes) values (are aliases repeating a large node?)",
        ko: "파일을 펼치면 값이 \(maxNodes)개를 넘습니다 (별칭이 큰 노드를 반복하고 있나요?)"), location: at)
    }
    guard depth <= maxDepth else { throw Failure(message: tooDeep, location: at) }
    switch node {
    case .scalar(let s):
      return .scalar(YAMLReader.scalarText(s, at: at, lines: lines))
    case .sequence(let seq):
      var items: [AnswerNode] = []
      for child in seq { items.append(try convert(child, lines: lines, budget: &budget, depth: depth + 1)) }
      return .sequence(items, at: at)
    case .mapping(let map):
      var pairs: [(key: AnswerNode.ScalarText, value: AnswerNode)] = []
      for (k, v) in map {
        guard case .scalar(let ks) = k else {
          let kat = SourceLocation(line: k.mark?.line ?? at.line, column: k.mark?.column ?? at.column)
          throw Failure(message: Message("file.complex-key", en: "a mapping key must be a plain name", ko: "매핑의 키는 단순한 이름이어야 합니다"), location: kat)
        }
        let kat = SourceLocation(line: k.mark?.line ?? at.line, column: k.mark?.column ?? at.column)
        pairs.append((YAMLReader.scalarText(ks, at: kat, lines: lines), try convert(v, lines: lines, budget: &budget, depth: depth + 1)))
      }
      return .mapping(pairs, at: at)
    case .alias:
      throw Failure(message: Message("file.alias", en: "aliases are not supported in answer files", ko: "답안 파일에서는 별칭(alias)을 쓸 수 없습니다"), location: at)
    }
  }

  /// Where each line of a scalar starts in the file. Block scalars (`|`, `>`) start on the line
  /// after their indicator, each line at its own indentation; quoted scalars one column after
  /// the quote.
  static func scalarText(_ s: Node.Scalar, at: SourceLocation, lines: [Substring]) -> AnswerNode.ScalarText {
    switch s.style {
    case .literal, .folded:
      // The block's indentation is that of its first non-blank line; every content line starts
      // at that column (deeper indentation is part of the text). Folded blocks join lines, so
      // their offsets are mapped line by line only approximately.
      var base = 0
      var k = at.line
      while k < lines.count {
        if !lines[k].allSatisfy({ $0 == " " }) { base = lines[k].prefix(while: { $0 == " " }).count; break }
        k += 1
      }
      let count = s.string.split(separator: "\n", omittingEmptySubsequences: false).count
      let starts = (0..<count).map { SourceLocation(line: at.line + 1 + $0, column: base + 1) }
      var text = AnswerNode.ScalarText(text: s.string, lineStarts: starts, quoted: true)
      if s.style == .folded { text.segments = foldedSegments(s.string, firstLine: at.line, base: base, lines: lines) }
      return text
    case .singleQuoted, .doubleQuoted:
      return .init(text: s.string, lineStarts: [SourceLocation(line: at.line, column: at.column + 1)], quoted: true)
    default:
      return .init(text: s.string, lineStarts: [at], quoted: false)
    }
  }

  /// Where each source line of a folded block landed in the joined text: each content line is
  /// found, in order, in the text (folding only replaces line breaks by spaces).
  static func foldedSegments(_ text: String, firstLine: Int, base: Int, lines: [Substring]) -> [AnswerNode.ScalarText.Segment] {
    let chars = Array(text)
    var segments: [AnswerNode.ScalarText.Segment] = []
    var position = 0
    var k = firstLine
    while k < lines.count {
      let line = lines[k]
      let indent = line.prefix(while: { $0 == " " }).count
      if line.allSatisfy({ $0 == " " }) { k += 1; continue }
      if indent < base { break }
      let content = Array(line.dropFirst(base))
      // The next occurrence of this line's content at or after `position`.
      var found: Int?
      var i = position
      while i + content.count <= chars.count {
        if Array(chars[i..<(i + content.count)]) == content { found = i; break }
        i += 1
      }
      guard let at = found else { break }
      segments.append(.init(offset: at, start: SourceLocation(line: k + 1, column: base + 1)))
      position = at + content.count
      k += 1
    }
    return segments
  }

  static func failure(from error: YamlError, text: String) -> Failure {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
         .composer(let context, let problem, let mark, _):
      let at = SourceLocation(line: mark.line, column: mark.column)
      if let known = YAMLSlip(problem: problem, at: at, in: text) { return Failure(message: known.message, location: at) }
      let ctx = context.map { " (\($0.text))" } ?? ""
      return Failure(message: Self.notYAML("\(problem)\(ctx)"), location: at)
    case .reader(_, let offset, let value, _):
      // libyaml refuses characters YAML does not allow (NUL, other C0 controls): the text is
      // UTF-8, so say which character, and where.
      let code = "U+" + String(format: "%04X", Int(value))
      return Failure(message: Message("file.forbidden-character", en: "the file holds a character YAML does not allow (\(code)): remove it",
                                      ko: "파일에 YAML이 허용하지 않는 문자(\(code))가 있습니다. 그 문자를 지우세요"),
                     location: offset.map { YAMLReader.location(ofCharacter: $0, in: text) })
    case .duplicatedKeysInMapping(let duplicates, let context):
      return Failure(message: Message("file.duplicate-key", en: "the key '\(duplicates.first ?? "?")' appears twice in one mapping",
                                     ko: "한 매핑 안에 키 \(KoreanParticle.subject.after("'\(duplicates.first ?? "?")'")) 두 번 나옵니다"),
                     location: SourceLocation(line: context.mark.line, column: context.mark.column))
    default:
      return Failure(message: Self.notYAML("\(error)"), location: nil)
    }
  }

  /// The line and column of the `offset`-th character of `text` (lines as ``String/yamlLines()``
  /// counts them, columns in Unicode scalars).
  static func location(ofCharacter offset: Int, in text: String) -> SourceLocation {
    let end = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
    let lines = String(text[..<end]).yamlLines()
    return SourceLocation(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
  }
}
