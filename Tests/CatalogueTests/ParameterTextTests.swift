import Catalogue
import Foundation
import Testing

/// The placeholder substitution searches UTF-8 bytes, yet must replace exactly what a search by
/// Characters would: the search it replaced is kept here as the reference.
@Suite struct ParameterTextTests {
  /// The substitution as it was written first, by Characters.
  static func byCharacters(_ text: String, values: [String: [String: String]]) -> String {
    var out = ""
    var rest = Substring(text)
    while let open = rest.firstRange(of: "$(") {
      guard let close = rest[open.upperBound...].firstIndex(of: ")") else { break }
      let pieces = rest[open.upperBound..<close].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(
        String.init)
      out += rest[..<open.lowerBound]
      out += values[pieces[0]]?[pieces.count > 1 ? pieces[1] : ""] ?? String(rest[open.lowerBound...close])
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  static let values = ["t": ["": "2", "u": "z/2", "ko": "값"], "s": ["": "x)y"]]

  @Test(arguments: [
    "a $(t) b $(t.u) c $(t.ko)", "$(t)$(t)", "$(nope) $(t)", "$(t", "$$(t))", "($(t)", "$(t.u.v)", "$()",
    "é$(t)ü", "$(\u{301}t) $(t)", "$\u{301}(t) $(t)", "$(t)\u{301} $(t)", "$(t\u{301}) x", "\u{0600}$(t)", "한$(s)글 $(t)",
    "line\r\n$(t)\r\n", "$(t\n) $(t)", "",
  ])
  func sameAsByCharacters(_ text: String) {
    #expect(ParameterText.substitute(text, values: Self.values) == Self.byCharacters(text, values: Self.values))
  }

  @Test("every shipped file's text, substituted with made-up values, as by Characters")
  func shippedFiles() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Catalogue/Exercises")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      var values: [String: [String: String]] = [:]
      for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(400) {
        values[String(word), default: [:]][""] = "<\(word)>"
        values[String(word), default: [:]]["u"] = "(\(word).u)"
      }
      #expect(ParameterText.substitute(text, values: values) == Self.byCharacters(text, values: values), "\(name)")
    }
  }

  static func sameNames(_ text: String) -> Bool {
    let located = ParameterText.placeholders(in: text).map { "\($0.name).\($0.field)" }
    return ParameterText.placeholderNames(in: text).map { "\($0.name).\($0.field)" } == located
  }

  @Test(
    "placeholder names found after each $( are those the walk through every Character finds",
    arguments: [
      "a $(t) b $(t.u) c $(t.ko)", "$(t)$(t)", "$(t", "$$(t))", "($(t)", "$(t.u.v)", "$()", "$($(t))", "$(a\n$(t)",
      "$(" + String(repeating: "x", count: 64) + ")", "$(" + String(repeating: "x", count: 65) + ")",
      "$(" + String(repeating: "x", count: 65) + "$(t)", "$(" + String(repeating: "x", count: 66) + "$(t)",
      "$(\u{301}t) $(t)", "$\u{301}(t) $(t)", "$(t)\u{301} $(t)", "$(t\u{301}) x", "\u{0600}$(t)", "한$(s)글 $(t)",
      "$(t\r\n) $(t)", "é$(t)ü", "",
    ])
  func sameNamesAsTheWalk(_ text: String) {
    #expect(Self.sameNames(text))
  }

  @Test("every shipped file's placeholders are found by name as by the walk")
  func shippedNames() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Catalogue/Exercises")
    var found = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      found += ParameterText.placeholderNames(in: text).count
      #expect(Self.sameNames(text), "\(name)")
    }
    #expect(found > 50)
  }

  @Test(
    "a top-level block is cut from its key's line to the next top-level entry",
    arguments: [
      (
        "id: x\nparameters:\n  n: {values: [1, 2]}\n\n# note\n  m: 3\nparts: []\n",
        "parameters:\n  n: {values: [1, 2]}\n\n# note\n  m: 3\n"
      ),
      ("id: x\r\nparameters:\r\n  n: 1\r\nparts: []\r\n", "parameters:\r\n  n: 1\r\n"),
      ("id: x\nparameters:\n  n: 1", "parameters:\n  n: 1"),
      ("id: x\n  parameters: 1\nparts: []\n", nil),
      ("id: x\nparameters-not: 1\n", nil),
    ] as [(String, String?)])
  func topLevelBlock(_ text: String, _ block: String?) {
    #expect(ParameterText.topLevelBlock("parameters", in: text) == block)
  }
}
