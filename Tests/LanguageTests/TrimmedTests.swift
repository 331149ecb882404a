import Language
import Testing

/// `trimmed` settles texts that start and end with a visible ASCII byte without walking
/// Characters; it must agree with the walk everywhere.
@Suite("Trimmed text")
struct TrimmedTests {
  /// The walk over Characters that `trimmed` stood for before its byte look.
  static func walked(_ s: String) -> String {
    guard let first = s.firstIndex(where: { !$0.isWhitespace }), let last = s.lastIndex(where: { !$0.isWhitespace }) else {
      return ""
    }
    return String(s[first...last])
  }

  static let texts = [
    "", " ", "a", " a", "a ", " a b ", "\ta\n", "\r\na\r\n", "1/2", "[1/2, 1/4]", "e\u{301}", " e\u{301} ", "x\u{301}",
    "\u{00A0}x\u{00A0}", "\u{3000}식\u{3000}", "식", "a\u{2028}", "\u{85}a", "\u{0B}a\u{0C}", "\u{1C}a\u{1F}", "a\u{200B}",
    "\u{600}a", "a\u{301} ", "\u{0301}a",
  ]

  @Test("the byte look and the Character walk agree", arguments: texts)
  func agrees(_ text: String) {
    #expect(text.trimmed == Self.walked(text))
    #expect(text[...].trimmed == Self.walked(text))
  }
}
