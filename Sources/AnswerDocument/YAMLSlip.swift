import Localization

/// The YAML mistakes learners make most, recognised from libyaml's problem and the text at its
/// mark, each with the fix in words a learner understands instead of the parser's own.
enum YAMLSlip {
  /// A tab where YAML wants spaces (editors insert them when the file is not known as YAML).
  case tabIndent
  /// `: ` inside a plain value (`condition: p: q`), which YAML reads as a second key.
  case colonInValue

  init?(problem: String, at: SourceLocation, in text: String) {
    let lines = text.yamlLines()
    guard at.line >= 1, at.line <= lines.count else { return nil }
    let line = Array(lines[at.line - 1].unicodeScalars)
    let here: Unicode.Scalar? = at.column >= 1 && at.column <= line.count ? line[at.column - 1] : nil
    if here == "\t" || (problem.contains("tab") && line.contains("\t")) {
      self = .tabIndent
    } else if problem.contains("mapping values are not allowed") {
      self = .colonInValue
    } else {
      return nil
    }
  }

  var message: Message {
    switch self {
    case .tabIndent:
      Message(
        "file.tab", en: "a tab character: YAML indents with spaces, not tabs (set your editor to insert spaces)",
        ko: "탭 문자가 있습니다. YAML은 탭이 아니라 공백으로 들여 씁니다 (편집기가 공백을 넣도록 설정하세요)")
    case .colonInValue:
      Message(
        "file.colon-in-value", en: "a ': ' inside a value reads as a new key: put the whole answer in quotes, e.g. \"p: q\"",
        ko: "값 안의 ': '는 새 키로 읽힙니다. 답 전체를 따옴표로 감싸세요. 예: \"p: q\"")
    }
  }
}
