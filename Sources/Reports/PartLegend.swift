import Catalogue
import Language
import Localization
import Marking
import Plot

/// What the report says about each part from the catalogue: its prompt (on hover, and in a
/// legend) and its reference answer typeset as MathML. Empty without a catalogue.
struct PartLegend {
  struct Entry {
    var prompt: String
    var kind: String
    /// The reference as markup: MathML when it is a formula, else escaped text.
    var reference: String?
    /// The misconceptions the part recognises: id, the wrong answer as markup, the explanation.
    var misconceptions: [(id: String, answer: String?, explanation: String)] = []
  }

  var entries: [String: Entry] = [:]

  init(catalogue: Catalogue?, language: DisplayLanguage) {
    for exercise in catalogue?.exercises ?? [] {
      for part in exercise.parts {
        entries["\(exercise.id)/\(part.id)"] = Entry(
          prompt: part.prompt[language], kind: part.kind,
          reference: part.example.map { PartLegend.markup(WrittenAnswer($0), kind: part.kind) },
          misconceptions: part.check.misconceptions.map { ($0.id, $0.answerMarkup, $0.feedback[language]) })
      }
    }
  }

  /// A written answer or reference as markup: typeset when it is a formula, else as written.
  static func markup(_ answer: WrittenAnswer, kind: String) -> String {
    let (text, omitted) = AnswerExcerpt.cut(answer.flattened, AnswerExcerpt.shown)
    let more = omitted > 0 ? "<span class=\"why\"> … (+\(omitted))</span>" : ""
    if case .map = answer { return "<code>\(MathML.escape(text))</code>\(more)" }
    if omitted == 0, text.utf8.count <= AnswerExcerpt.typeset, !CheckKinds.answersAreVerbatim(kind),
      let math = MathML.formula(text)
    {
      return "<span class=\"f\">\(math)</span>"
    }
    return "<pre>\(MathML.escape(text))</pre>\(more)"
  }

  /// The part's key, with its prompt on hover (Plot does not escape attribute values: done here).
  func label(_ key: String) -> HTMLReport.Body {
    .code(.text(SafeText.html(key)), .unwrap(entries[key]) { .attribute(named: "title", value: MathML.escape($0.prompt)) })
  }

  /// Every part of the class's exercises: what it asks and its reference answer.
  func section(_ s: ClassSummary, _ words: ReportWords) -> HTMLReport.Body {
    let keys = s.parts.map(\.key).filter { entries[$0] != nil }
    return .if(
      !keys.isEmpty,
      .section(
        .h2(.text(words.legendHeading)),
        .details(
          .summary(.text(words.legendSummary(keys.count))),
          .raw(
            HTMLReport.scrolling(
              .table(
                .class("legend-t"),
                .thead(
                  .tr(
                    .th(.text(words.part)), .th(.text(words.prompt)), .th(.text(words.reference)),
                    .th(.text(words.knownMisconceptions)))),
                .tbody(
                  .forEach(keys) { key in
                    .tr(
                      .td(.code(.text(SafeText.html(key)))), .td(.text(SafeText.html(entries[key]?.prompt ?? ""))),
                      .td(.raw(entries[key]?.reference ?? "")), .td(.raw(misconceptions(key))))
                  })
              )
            ).render())
        )
      ))
  }

  /// A part's known misconceptions: each id with its wrong answer and what it means.
  func misconceptions(_ key: String) -> String {
    (entries[key]?.misconceptions ?? []).map { m in
      "<p class=\"why\"><code>\(MathML.escape(m.id))</code>\(m.answer.map { " " + $0 } ?? ""): \(MathML.escape(m.explanation))</p>"
    }.joined()
  }
}
