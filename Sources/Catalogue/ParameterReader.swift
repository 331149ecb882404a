import AnswerDocument
import Foundation
import Language
import Localization

/// Reads the `parameters:` block of an exercise file (Docs/assignment-format.md):
///
/// ```yaml
/// parameters:
///   k: {range: 3..9, book: 3}        # an integer from 3 to 9; the book uses 3
///   source:                          # one of these values; the first is the book's
///     values:
///       - {p: "1/2, 1/4, 1/4", code: '"0", "10", "11"'}
///       - {p: "1/2, 1/4, 1/8, 1/8", code: '"0", "10", "110", "111"'}
/// ```
extension ExerciseFileReader {
  /// The most values one parameter may have.
  static let maxParameterValues = 10_000

  func parameters(_ node: AnswerNode) throws(CatalogueError) -> [ExerciseParameter] {
    guard case .mapping(let pairs, _) = node, !pairs.isEmpty else {
      throw fail(
        en: "'parameters' maps each parameter's name to its values, e.g. {k: {range: 3..9, book: 3}}",
        ko: "'parameters' 항목은 각 매개변수 이름을 그 값들에 대응시키는 매핑이어야 합니다 (예: {k: {range: 3..9, book: 3}})",
        at: node.location)
    }
    var out: [ExerciseParameter] = []
    for (key, spec) in pairs {
      guard key.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }), !key.text.isEmpty else {
        throw fail(
          en: "a parameter name is letters, digits, '_' and '-', not '\(key.text)'",
          ko: "매개변수 이름에는 글자, 숫자, '_', '-'만 쓸 수 있습니다 (쓸 수 없는 이름: '\(key.text)')", at: key.location(ofOffset: 0))
      }
      let f = try mapping(spec, en: "the parameter '\(key.text)'", ko: "매개변수 \(KoreanParticle.topic.after("'\(key.text)'"))")
      try checkKeys(spec, known: ExerciseKeys.parameter, in: .parameter(key.text))
      if let range = f["range"] {
        out.append(try rangeParameter(key.text, range, book: f["book"], in: spec))
      } else if let values = f["values"] {
        out.append(try listParameter(key.text, values))
      } else {
        throw fail(
          en: "the parameter '\(key.text)' needs 'range: a..b' or 'values: [...]'",
          ko: "매개변수 '\(key.text)'에는 'range: a..b' 또는 'values: [...]'가 있어야 합니다", at: spec.location)
      }
    }
    return out
  }

  private func rangeParameter(
    _ name: String, _ node: AnswerNode, book: AnswerNode?, in spec: AnswerNode
  ) throws(CatalogueError) -> ExerciseParameter {
    let text = try scalarText(node, "range")
    let bounds = text.components(separatedBy: "..").map { Int($0.trimmed) }
    guard bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high, high - low < Self.maxParameterValues else {
      throw fail(
        en: "range is two integers like 3..9 (at most \(Self.maxParameterValues) values)",
        ko: "range 항목은 3..9처럼 정수 두 개로 씁니다 (값은 \(Self.maxParameterValues)개까지)", at: node.location)
    }
    guard let book else {
      throw fail(
        en: "the parameter '\(name)' needs 'book:', the value the book uses", ko: "매개변수 '\(name)'에는 책이 쓰는 값인 'book:'이 있어야 합니다",
        at: spec.location)
    }
    guard let value = Int(try scalarText(book, "book")), (low...high).contains(value) else {
      throw fail(
        en: "book must be an integer from \(low) to \(high)", ko: "book 항목은 \(low)부터 \(high)까지의 정수여야 합니다", at: book.location)
    }
    return ExerciseParameter(name: name, values: (low...high).map { ["": String($0)] }, bookIndex: value - low)
  }

  private func listParameter(_ name: String, _ node: AnswerNode) throws(CatalogueError) -> ExerciseParameter {
    guard case .sequence(let items, _) = node, !items.isEmpty, items.count <= Self.maxParameterValues else {
      throw fail(en: "values must be a non-empty list", ko: "values 항목은 비어 있지 않은 목록이어야 합니다", at: node.location)
    }
    var values: [[String: String]] = []
    for item in items {
      var value: [String: String] = [:]
      if case .mapping(let fields, _) = item {
        for (k, v) in fields { value[k.text] = try oneLine(try scalarText(v, k.text), at: v) }
      } else {
        value[""] = try oneLine(try scalarText(item, "value"), at: item)
      }
      if let first = values.first, Set(first.keys) != Set(value.keys) {
        throw fail(
          en: "every value of '\(name)' must have the same fields (\(first.keys.sorted().joined(separator: ", ")))",
          ko: "'\(name)'의 값들은 모두 같은 필드를 가져야 합니다 (\(first.keys.sorted().joined(separator: ", ")))", at: item.location)
      }
      values.append(value)
    }
    return ExerciseParameter(name: name, values: values, bookIndex: 0)
  }

  /// A value is put into the file's text as it stands: a line break would break the YAML.
  private func oneLine(_ text: String, at node: AnswerNode) throws(CatalogueError) -> String {
    // Bytes decide ASCII text (its line breaks are 10 to 13); other text asks each Character.
    let newline =
      text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.contains { (10...13).contains($0) } : text.contains(where: \.isNewline)
    guard !newline else {
      throw fail(en: "a parameter value is one line", ko: "매개변수 값은 한 줄이어야 합니다", at: node.location)
    }
    return text
  }

  /// Every `$(…)` of the file must name a parameter (and a field it has): found at load, located.
  func checkPlaceholders(_ text: String, _ parameters: [ExerciseParameter]) throws(CatalogueError) {
    // Places are looked for only when a placeholder is wrong.
    let named = ParameterText.placeholderNames(in: text)
    if named.allSatisfy({ p in parameters.first { $0.name == p.name }.map { $0.values[0][p.field] != nil } ?? false }) { return }
    for p in ParameterText.placeholders(in: text) {
      guard let parameter = parameters.first(where: { $0.name == p.name }) else {
        let hint = NameSuggestion.hint(for: p.name, among: parameters.map(\.name))
        throw fail(
          en: "'$(\(p.name))' names no parameter of this file\(hint.en)",
          ko: "'$(\(p.name))'에 해당하는 매개변수가 이 파일에 없습니다\(hint.ko)", at: p.location)
      }
      guard parameter.values[0][p.field] != nil else {
        let fields = parameter.values[0].keys.filter { !$0.isEmpty }.sorted()
        let en =
          fields.isEmpty
          ? "'\(p.name)' is a plain value: write $(\(p.name))" : "'\(p.name)' has the fields \(fields.joined(separator: ", "))"
        let ko =
          fields.isEmpty
          ? "\(KoreanParticle.topic.after("'\(p.name)'")) 필드가 없는 값입니다: $(\(p.name))로 쓰세요"
          : "'\(p.name)'의 필드: \(fields.joined(separator: ", "))"
        throw fail(en: "'$(\(p.name).\(p.field))': \(en)", ko: "'$(\(p.name).\(p.field))': \(ko)", at: p.location)
      }
    }
  }
}
