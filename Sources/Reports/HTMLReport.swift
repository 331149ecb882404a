import Catalogue
import Checks
import Foundation
import Localization
import Marking
import Plot
import Synchronization

/// The class report as one self-contained HTML page: inline CSS, SVG and MathML, no scripts, no
/// external requests; readable on a phone and printable. Learner text is escaped everywhere:
/// through Plot's escaping in the frame, through ``MathML/escape(_:)`` in the student rows.
package enum HTMLReport {
  /// The page. With the `catalogue`, parts show their prompt (on hover and in a legend) and the
  /// reference answers are typeset.
  package static func render(
    _ s: ClassSummary, title: String? = nil, language: DisplayLanguage = .en,
    catalogue: Catalogue? = nil
  ) -> String {
    let legend = PartLegend(catalogue: catalogue, language: language)
    let words = ReportWords(language: language)
    return page(s, title: title, words, legend, students: .raw(StudentRows.render(s.results, words, legend)))
  }

  /// The class page and, for a class of more than `pageSize` files, one page of students per
  /// `pageSize` beside it, so no page grows with the class: the class page lists every learner
  /// with a link to the page that holds their answers. `name` is the class page's file name;
  /// the others are `NAME.students-K.html` in the same folder. `studentPages: false` renders the
  /// class page alone (for timing it).
  package static func pages(
    _ s: ClassSummary, name: String, pageSize: Int = 50, title: String? = nil,
    language: DisplayLanguage = .en, catalogue: Catalogue? = nil,
    studentPages: Bool = true
  ) -> [(name: String, html: String)] {
    guard s.results.count > pageSize else { return [(name, render(s, title: title, language: language, catalogue: catalogue))] }
    let legend = PartLegend(catalogue: catalogue, language: language)
    let words = ReportWords(language: language)
    let paging = StudentPages(name: name, count: s.results.count, pageSize: pageSize)
    let classPage = (name, page(s, title: title, words, legend, students: paging.index(s.results, words)))
    // Pages are independent: rendered on every core, each into its own slot, so the order and
    // the bytes are the same however the work is scheduled.
    let count = studentPages ? paging.pages : 0
    let rendered = Mutex<[Int: String]>([:])
    DispatchQueue.concurrentPerform(iterations: count) { k in
      let page = paging.page(k, s.results, words, legend, css: css)
      rendered.withLock { $0[k] = page }
    }
    let pages = rendered.withLock { $0 }
    return [classPage] + (0..<count).map { (paging.name(ofPage: $0), pages[$0] ?? "") }
  }

  private static func page(
    _ s: ClassSummary, title: String?, _ words: ReportWords, _ legend: PartLegend, students: Body
  ) -> String {
    let title = title ?? words.classReport
    let html = HTML(
      // Screen readers and fonts pick Korean shaping and line breaking from this.
      .lang(words.language == .ko ? .korean : .english),
      .head(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .title(title),
        .style(css)
      ),
      .body(
        .h1(.text(title)),
        summarySection(s, words),
        partsSection(s, words, legend),
        legend.section(s, words),
        misconceptionSection(s, words),
        writtenSection(s, words),
        .section(
          .h2(.text(words.blockCodingHeading)),
          .p(.text(words.blockCodingCaption)),
          SVGChart.blockCoding(words)
        ),
        .section(.h2(.text(words.students)), students),
        .footer(.p(.text(words.footer)))
      )
    )
    return html.render()
  }

  typealias Body = Node<HTML.BodyContext>

  /// A table in a box that scrolls sideways on a narrow screen, so the page itself never does.
  static func scrolling(_ table: Body) -> Body { .div(.class("scroll"), table) }

  private static func summarySection(_ s: ClassSummary, _ words: ReportWords) -> Body {
    .section(
      .h2(.text(words.classHeading)),
      .ul(
        .li(.text(words.studentCount(s.students))),
        .li(
          .text(
            words.meanScore(
              MarkdownReport.format(s.meanScore), max: TextReport.points(s.maxScore), median: MarkdownReport.format(s.medianScore)
            ))),
        .if(s.basis != nil, .li(.text(SafeText.html(s.basis?[words.language] ?? "")))),
        .if(s.invalidFiles > 0, .li(.class("warn"), .text(words.invalidFiles(s.invalidFiles)))),
        .if(
          !s.duplicateIDs.isEmpty,
          .li(.class("warn"), .text(SafeText.html(words.duplicateIDs(s.duplicateIDs.joined(separator: ", "))))))
      ),
      .h2(.text(words.scoreDistribution)),
      SVGChart.histogram(s, words)
    )
  }

  private static func partsSection(_ s: ClassSummary, _ words: ReportWords, _ legend: PartLegend) -> Body {
    .section(
      .h2(.text(words.partsHeading)),
      .p(.class("legend"), .group(Verdict.allCases.map { v in .span(.class("key v-\(v.rawValue)"), .text(words.verdict(v))) })),
      scrolling(
        .table(
          .thead(.tr(.th(.text(words.part)), .th(.text(words.verdicts)), .th(.text(words.correct)), .th(.text(words.answered)))),
          .tbody(
            .forEach(s.parts) { p in
              let answered = p.total - p.count(.unanswered)
              let rate = p.total > 0 ? 100 * Double(p.count(.correct)) / Double(p.total) : 0
              return .tr(
                .td(legend.label(p.key)),
                .td(SVGChart.stackedBar(p, words)),
                // Written parts are read, not graded: a rate of "correct" would say 0% of nothing.
                .td(.class("n"), .text(p.count(.recorded) > 0 ? "—" : "\(Int(rate.rounded()))%")),
                .td(.class("n"), .text("\(answered)/\(p.total)"))
              )
            })
        ))
    )
  }

  private static func misconceptionSection(_ s: ClassSummary, _ words: ReportWords) -> Body {
    let withMisconceptions = s.parts.filter { !$0.misconceptions.isEmpty }
    return .section(
      .h2(.text(words.commonMisconceptions)),
      .if(withMisconceptions.isEmpty, .p(.text(words.noMisconception))),
      .if(
        !withMisconceptions.isEmpty,
        scrolling(
          .table(
            .thead(
              .tr(
                .th(.text(words.part)), .th(.text(words.misconception)), .th(.text(words.students)),
                .th(.text(words.exampleCounterexample)))),
            .tbody(
              .forEach(withMisconceptions) { p in
                .group(
                  p.misconceptions.prefix(3).map { m in
                    .tr(
                      .td(.code(.text(SafeText.html(p.key)))),
                      .td(
                        .code(.text(SafeText.html(m.id))),
                        .unwrap(m.explanation) { .p(.class("why"), .text(SafeText.html($0[words.language]))) }),
                      .td(.text(String(m.count))),
                      .td(.unwrap(m.example) { .raw(MathML.assignments($0)) })
                    )
                  })
              })
          )))
    )
  }

  /// Every written answer, by part, for reading; points given by hand beside them.
  private static func writtenSection(_ s: ClassSummary, _ words: ReportWords) -> Body {
    .if(
      !s.written.isEmpty,
      .section(
        .h2(.text(words.writtenAnswers)),
        .p(.text(words.writtenCaption)),
        .forEach(s.written) { part in
          .details(
            .summary(.code(.text(SafeText.html(part.key))), .text(" — \(words.answerCount(part.answers.count))")),
            .raw(
              Body.forEach(part.answers) { a in
                .div(
                  .class("written"),
                  .p(
                    .class("who"), .text(SafeText.html("\(a.id)\(a.student.map { " — \($0)" } ?? "")")),
                    .if(
                      a.manual,
                      .span(.class("hand"), .text(" \(words.byHand): \(TextReport.points(a.score))/\(TextReport.points(a.max))")))
                  ),
                  .blockquote(.text(SafeText.html(excerpt(a.text)))),
                  .unwrap(a.note) { .p(.class("why"), .text(SafeText.html($0))) })
              }.render())
          )
        }
      ))
  }

  /// A written answer as the page shows it: whole up to ``AnswerExcerpt/prose`` characters.
  private static func excerpt(_ text: String) -> String {
    let (shown, omitted) = AnswerExcerpt.cut(text, AnswerExcerpt.prose)
    return omitted > 0 ? shown + " … (+\(omitted))" : shown
  }

  // Korean wraps between words (eojeol), not between syllables: `word-break: keep-all` under
  // lang=ko; `overflow-wrap` still breaks a long formula that would overflow a table cell.
  // Wide tables and formulas scroll inside their own box, so the page never scrolls sideways; on
  // a phone each student row stacks: part, verdict and score on a line, then the answer, then
  // the feedback.
  static let css = """
    body{font:15px/1.45 system-ui,"Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR",sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#222}
    :lang(ko){word-break:keep-all;overflow-wrap:anywhere}
    h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
    .scroll{overflow-x:auto;max-width:100%}
    table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #eee;vertical-align:top}
    td svg{max-width:300px;height:18px;min-width:80px}code{font-size:.9em;overflow-wrap:break-word}th,.n{white-space:nowrap}
    section>svg{max-width:40rem;display:block}details{margin:.4rem 0;border:1px solid #eee;border-radius:4px;padding:.3rem .6rem}
    summary{cursor:pointer;font-weight:600}.file{color:#777;font-size:.85em}.warn{color:#a33}
    .why{color:#555;font-size:.9em;margin:.2rem 0}.hand{color:#285;font-weight:600}.who{font-weight:600;margin:.6rem 0 .2rem}
    blockquote{margin:.2rem 0 .6rem;padding:.3rem .6rem;border-left:3px solid #ccd;white-space:pre-wrap;background:#fafafc}
    .f{display:inline-block;max-width:100%;overflow-x:auto;vertical-align:middle}math{font-size:1.15em}td:first-child code{white-space:nowrap}
    .legend-t .f,.rows .f{max-width:26rem}.legend-t td:nth-child(2){min-width:12rem}.legend-t td:nth-child(4){min-width:18rem}.ans summary{font-weight:400;color:#446}.ans{border:0;padding:0;margin:0}pre{white-space:pre-wrap;margin:0}
    .bar{fill:#4a78b5}.axis{stroke:#888}.lbl{font-size:11px;fill:#444}.asymptote{stroke:#b55;stroke-dasharray:5 4}
    .curve{stroke:#4a78b5;stroke-width:2}.dot{fill:#4a78b5}.ok{fill:#3a9d5d}.bad{fill:#d0533f}.diag{stroke:#b55;stroke-dasharray:4 3}
    .v-correct{fill:#3a9d5d;background:#3a9d5d}.v-partial{fill:#e0a526;background:#e0a526}.v-incorrect{fill:#d0533f;background:#d0533f}
    .v-unanswered{fill:#bbb;background:#bbb}.v-invalid{fill:#8a4fbf;background:#8a4fbf}.v-recorded{fill:#3f8fa8;background:#3f8fa8}
    .badge,.key{color:#fff;border-radius:3px;padding:0 .35rem;font-size:.85em;margin-right:.3rem;white-space:nowrap;display:inline-block}
    @media print{details{break-inside:avoid}details:not([open])>*:not(summary){display:block}}
    @media (max-width:40rem){body{padding:.5rem}td:first-child code{white-space:normal}td svg{max-width:150px}.rows .f{max-width:100%}
      .rows thead{display:none}.rows tr{display:block;border-bottom:1px solid #ddd;padding:.3rem 0}.rows td{display:block;border:0;padding:.1rem .2rem}.rows td:nth-child(-n+3){display:inline-block}}
    """
}
