import Foundation
import Localization
import Yams

/// The reader before ``TreeBuilder``: Yams composes, then the tree is converted. Kept only while a
/// test compares the two on a corpus.
package struct ComposedYAMLReader: Sendable {
  package init() {}
  let maxDepth = 64, maxNodes = 50_000
  typealias Failure = YAMLReader.Failure

  package func read(_ text: String) throws(YAMLReader.Failure) -> AnswerNode? {
    let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    guard text.utf8.count <= YAMLReader().maxBytes else {
      throw Failure(message: YAMLReader.tooLarge(YAMLReader().maxBytes), location: nil)
    }
    if let at = NestingProbe.firstTooDeep(text, limit: maxDepth) { throw YAMLReader.tooDeep(maxDepth, at: at) }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      throw ComposedYAMLReader.failure(from: error, text: text)
    } catch {
      throw Failure(message: Message("file.not-yaml", en: "not valid YAML: \(error)", ko: "올바른 YAML 이 아닙니다: \(error)"), location: nil)
    }
    guard let root else { return nil }
    var budget = maxNodes
    let lines = text.yamlLines()
    return try convert(root, lines: lines, budget: &budget, depth: 0)
  }

  private func convert(_ node: Node, lines: [Substring], budget: inout Int, depth: Int) throws(Failure) -> AnswerNode {
    budget -= 1
    let at = SourceLocation(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    guard budget >= 0 else { throw YAMLReader.tooManyValues(maxNodes, at: at) }
    guard depth <= maxDepth else { throw YAMLReader.tooDeep(maxDepth, at: at) }
    switch node {
    case .scalar(let s):
      return .scalar(Self.scalarText(s, at: at, lines: lines))
    case .sequence(let seq):
      var items: [AnswerNode] = []
      for child in seq { items.append(try convert(child, lines: lines, budget: &budget, depth: depth + 1)) }
      return .sequence(items, at: at)
    case .mapping(let map):
      var pairs: [(key: AnswerNode.ScalarText, value: AnswerNode)] = []
      for (k, v) in map {
        let kat = SourceLocation(line: k.mark?.line ?? at.line, column: k.mark?.column ?? at.column)
        guard case .scalar(let ks) = k else { throw YAMLReader.complexKey(at: kat) }
        pairs.append((Self.scalarText(ks, at: kat, lines: lines), try convert(v, lines: lines, budget: &budget, depth: depth + 1)))
      }
      return .mapping(pairs, at: at)
    case .alias:
      throw Failure(message: Message("file.alias", en: "aliases are not supported in answer files", ko: "답안 파일에서는 별칭(alias)을 쓸 수 없습니다"), location: at)
    }
  }

  static func scalarText(_ s: Node.Scalar, at: SourceLocation, lines: [Substring]) -> AnswerNode.ScalarText {
    let style: ScalarStyle = switch s.style {
    case .literal: .literal
    case .folded: .folded
    case .singleQuoted: .singleQuoted
    case .doubleQuoted: .doubleQuoted
    default: .plain
    }
    return YAMLReader.scalarText(s.string, style: style, at: at, lines: lines)
  }

  static func failure(from error: YamlError, text: String) -> Failure {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
         .composer(let context, let problem, let mark, _):
      return YAMLReader.notYAML(problem: problem, context: context?.text, at: SourceLocation(line: mark.line, column: mark.column), text: text)
    case .reader(_, let offset, let value, _):
      let code = "U+" + String(format: "%04X", Int(value))
      return Failure(message: Message("file.forbidden-character", en: "the file holds a character YAML does not allow (\(code)): remove it",
                                      ko: "파일에 YAML이 허용하지 않는 문자(\(code))가 있습니다. 그 문자를 지우세요"),
                     location: offset.map { YAMLReader.location(ofCharacter: $0, in: text) })
    case .duplicatedKeysInMapping(let duplicates, let context):
      return YAMLReader.duplicateKey(duplicates.first ?? "?", at: SourceLocation(line: context.mark.line, column: context.mark.column))
    default:
      return Failure(message: Message("file.not-yaml", en: "not valid YAML: \(error)", ko: "올바른 YAML이 아닙니다: \(error)"), location: nil)
    }
  }
}
