internal import CYaml

extension TreeBuilder {
  /// What libyaml's refusal means for the reader: nesting beyond the limit (libyaml refuses deep
  /// flow nesting on its own, possibly looking far ahead on one line), a character YAML does not
  /// allow, or text that is not YAML; but a problem the composer would have stopped at earlier
  /// comes first.
  func failure(of parser: yaml_parser_t) -> Failure {
    let problem = parser.problem.map { String(cString: $0) } ?? ""
    let at = SourceLocation(libyaml: parser.problem_mark)
    if problem.contains("nesting level") { return YAMLReader.tooDeep(maxDepth, at: at) }
    if let composerProblem { return composerProblem }
    switch parser.error {
    case YAML_READER_ERROR:
      return YAMLReader.forbiddenCharacter(parser.problem_value, byteOffset: parser.problem_offset, text: text)
    case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
      return YAMLReader.notYAML(problem: problem, context: parser.context.map { String(cString: $0) }, at: at, text: text)
    default:
      return YAMLReader.outOfMemory
    }
  }
}

extension SourceLocation {
  /// A libyaml mark, which counts lines and columns (in Unicode scalars) from 0.
  init(libyaml mark: yaml_mark_t) {
    self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }
}

extension ScalarStyle {
  init(libyaml style: yaml_scalar_style_t) {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: self = .literal
    case YAML_FOLDED_SCALAR_STYLE: self = .folded
    default: self = .plain
    }
  }
}
