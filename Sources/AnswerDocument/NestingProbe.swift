internal import CYaml

/// How deeply a YAML document nests, read from the YAML parser's own events before anything is
/// built.
///
/// Yams composes nodes recursively, so a file nested thousands of levels deep would exhaust the
/// stack before any limit inside the tree could be checked. libyaml's event parser is iterative:
/// counting its collection-start and collection-end events bounds the depth exactly, with no text
/// patterns (comments, quoted text, block scalars and any line ending are the parser's business).
enum NestingProbe {
  /// The first collection that opens deeper than `limit`, or nil when none does (or when the text
  /// is not YAML: the composer then reports that error with its own position).
  static func firstTooDeep(_ text: String, limit: Int) -> SourceLocation? {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { return nil }
    return bytes.withUnsafeMutableBufferPointer { buffer in
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      return scan(&parser, limit: limit)
    }
  }

  private static func scan(_ parser: inout yaml_parser_t, limit: Int) -> SourceLocation? {
    var depth = 0
    var event = yaml_event_t()
    while yaml_parser_parse(&parser, &event) == 1 {
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        depth += 1
        if depth > limit {
          // libyaml's marks count from 0; answer positions count from 1.
          return SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        depth -= 1
      case YAML_STREAM_END_EVENT:
        return nil
      default:
        break
      }
    }
    // libyaml's scanner refuses deep flow nesting on its own (it may look far ahead on one line
    // before the 65th collection is reported): that refusal is the same finding.
    if let problem = parser.problem, String(cString: problem).contains("nesting level") {
      return SourceLocation(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
    }
    return nil
  }
}
