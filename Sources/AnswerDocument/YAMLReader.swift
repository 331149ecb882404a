internal import CYaml
import Localization

/// Reads YAML text into ``AnswerNode`` trees that keep every scalar's raw text and position.
///
/// YAML's own typing is ignored on purpose (`0.1` stays the text "0.1", `yes` stays "yes",
/// `1_000` stays "1_000"): the part that reads a value decides what it means. The tree is built in
/// one pass over libyaml's events (``TreeBuilder``), with an explicit stack, so hostile input is
/// bounded as it is read: size, nesting, and node count (aliases share nodes, so an alias bomb
/// expands only up to the budget).
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

  /// Parses `text` into a tree. The top level is whatever the document holds.
  package func read(_ text: String) throws(Failure) -> AnswerNode? {
    // A byte-order mark (Windows editors write one) is not content, and libyaml, told the
    // encoding, would not skip it. Columns are then counted as editors show them.
    let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    guard text.utf8.count <= maxBytes else {
      throw Failure(message: YAMLReader.tooLarge(maxBytes), location: nil)
    }
    var bytes = Array(text.utf8)
    if bytes.isEmpty { return nil }
    var builder = TreeBuilder(text: text, maxDepth: maxDepth, maxNodes: maxNodes)
    let outcome: Result<AnswerNode?, Failure> = bytes.withUnsafeMutableBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return .failure(YAMLReader.outOfMemory) }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      do throws(Failure) { return .success(try builder.build(&parser)) } catch { return .failure(error) }
    }
    return try outcome.get()
  }

  /// The one sentence for a file over the size limit (also when its size is seen before reading).
  package static func tooLarge(_ limit: Int) -> Message {
    Message(
      "file.too-large", en: "the file is larger than \(limit / 1024) KiB, the most an answer file may be",
      ko: "파일이 답안 파일의 최대 크기인 \(limit / 1024) KiB보다 큽니다")
  }
}
