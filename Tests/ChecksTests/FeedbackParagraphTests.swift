import Checks
import Localization
import Testing

/// Sentences joined into the paragraph a learner reads: one full stop each, never two.
@Suite("feedback paragraphs")
struct FeedbackParagraphTests {
  func joined(_ sentences: String...) -> String {
    Feedback.paragraph(sentences.enumerated().map { Message("t.\($0.offset)", en: $0.element, ko: $0.element) }, in: .en)
  }

  @Test("a sentence gets a full stop unless it has one, inside its closing brackets or quotes too")
  func stops() {
    #expect(joined("not answered", "your log(2) is wrong") == "Not answered. Your log(2) is wrong.")
    #expect(
      joined("g is equivariant. (The printed claim is an erratum.)") == "g is equivariant. (The printed claim is an erratum.)")
    #expect(joined("see 'Why?'", "it is 'no'") == "See 'Why?' It is 'no'.")
    #expect(joined("right!", "it is “no”") == "right! It is “no”.")
    // An ellipsis inside parentheses is no full stop.
    #expect(
      joined("expected a matrix, e.g. using diag(...) and outer(..., ...)")
        == "Expected a matrix, e.g. using diag(...) and outer(..., ...).")
  }
}
