import Language
import Localization

/// Feedback sentences as the one paragraph a person reads, the same for `mark`, reports and
/// drills.
package enum Feedback {
  /// The paragraph in both languages.
  package static func paragraph(_ messages: [Message]) -> LocalizedText {
    LocalizedText(en: paragraph(messages, in: .en), ko: paragraph(messages, in: .ko))
  }

  /// The paragraph in one language: each sentence ends with a full stop; English sentences of
  /// our own start with a capital. Korean has no capitals, and a Korean sentence that starts with
  /// a variable (`lambda = 2에서`) or a function (`diag(p)는`) keeps it as written.
  package static func paragraph(_ messages: [Message], in language: DisplayLanguage) -> String {
    paragraph(messages.map { $0[language] }, capitalizing: language == .en)
  }

  static func paragraph(_ sentences: [String], capitalizing: Bool) -> String {
    sentences.filter { !$0.isEmpty }.map { s in
      var s = s
      // Capitalise our own sentences ("not answered"), never maths: a first word that is a
      // function, a variable, a single letter, or contains digits or non-ASCII (σ, log2, g) stays.
      let word = s.prefix(while: { $0.isLetter })
      if capitalizing, word.count >= 2, word.allSatisfy({ $0.isASCII && $0.isLowercase }),
        !Functions.names.contains(String(word)),
        s.dropFirst(word.count).first.map({ $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }) ?? true
      {
        s = word.prefix(1).uppercased() + s.dropFirst()
      }
      // A sentence already closed inside its parentheses or quotes (`(… is an erratum.)`) keeps
      // its own stop.
      // An ellipsis inside them (`outer(..., ...)`) closes nothing.
      // Read from the end, only as far as the closers and the two characters before them.
      var end = s.endIndex
      while end > s.startIndex, ")\"'”’".contains(s[s.index(before: end)]) { end = s.index(before: end) }
      guard end > s.startIndex else { return s }
      let lastIndex = s.index(before: end)
      let last = s[lastIndex]
      let inside = end < s.endIndex
      let ellipsis = last == "." && lastIndex > s.startIndex && s[s.index(before: lastIndex)] == "."
      return ".!?。".contains(last) && !(inside && ellipsis) ? s : s + "."
    }.joined(separator: " ")
  }
}
