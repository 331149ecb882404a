import Checks
import Localization
import Foundation
import Marking
import Plot

/// The class report as one self-contained HTML page: inline CSS and SVG, no scripts, no external
/// requests; readable on a phone and printable. All learner text goes through Plot's escaping.
public enum HTMLReport {
  public static func render(_ s: ClassSummary, title: String? = nil, language: DisplayLanguage = .en) -> String {
    let words = ReportWords(language: language)
    let title = title ?? words.classReport
    let html = HTML(
      // Screen readers and fonts pick Korean shaping and line breaking from this.
      .lang(language == .ko ? .korean : .english),
      .head(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .title(title),
        .style(css)
      ),
      .body(
        .h1(.text(title)),
        summarySection(s, words),
        partsSection(s, words),
        misconceptionSection(s, words),
        .section(
          .h2(.text(words.blockCodingHeading)),
          .p(.text(words.blockCodingCaption)),
          SVGChart.blockCoding(words)
        ),
        studentsSection(s, words),
        .footer(.p(.text(words.footer)))
      )
    )
    return html.render(indentedBy: .spaces(1))
  }

  private typealias Body = Node<HTML.BodyContext>

  private static func summarySection(_ s: ClassSummary, _ words: ReportWords) -> Body {
    .section(
      .h2(.text(words.classHeading)),
      .ul(
        .li(.text(words.studentCount(s.students))),
        .li(.text(words.meanScore(MarkdownReport.format(s.meanScore), max: TextReport.points(s.maxScore), median: MarkdownReport.format(s.medianScore)))),
        .if(s.basis != nil, .li(.text(SafeText.html(s.basis?[words.language] ?? "")))),
        .if(s.invalidFiles > 0, .li(.class("warn"), .text(words.invalidFiles(s.invalidFiles)))),
        .if(!s.duplicateIDs.isEmpty, .li(.class("warn"), .text(SafeText.html(words.duplicateIDs(s.duplicateIDs.joined(separator: ", "))))))
      ),
      .h2(.text(words.scoreDistribution)),
      SVGChart.histogram(s, words)
    )
  }

  private static func partsSection(_ s: ClassSummary, _ words: ReportWords) -> Body {
    .section(
      .h2(.text(words.partsHeading)),
      .p(.class("legend"), .group(Verdict.allCases.map { v in .span(.class("key v-\(v.rawValue)"), .text(words.verdict(v))) })),
      .table(
        .thead(.tr(.th(.text(words.part)), .th(.text(words.verdicts)), .th(.text(words.correct)), .th(.text(words.answered)))),
        .tbody(.forEach(s.parts) { p in
          let answered = p.total - p.count(.unanswered)
          let rate = p.total > 0 ? 100 * Double(p.count(.correct)) / Double(p.total) : 0
          return .tr(
            .td(.code(.text(p.key))),
            .td(SVGChart.stackedBar(p, words)),
            .td(.text("\(Int(rate.rounded()))%")),
            .td(.text("\(answered)/\(p.total)"))
          )
        })
      )
    )
  }

  private static func misconceptionSection(_ s: ClassSummary, _ words: ReportWords) -> Body {
    let withMisconceptions = s.parts.filter { !$0.misconceptions.isEmpty }
    return .section(
      .h2(.text(words.commonMisconceptions)),
      .if(withMisconceptions.isEmpty, .p(.text(words.noMisconception))),
      .table(
        .thead(.tr(.th(.text(words.part)), .th(.text(words.misconception)), .th(.text(words.students)), .th(.text(words.exampleCounterexample)))),
        .tbody(.forEach(withMisconceptions) { p in
          .group(p.misconceptions.prefix(3).map { m in
            .tr(
              .td(.code(.text(p.key))),
              .td(.code(.text(m.id))),
              .td(.text(String(m.count))),
              .td(.text(SafeText.html(m.example.map { c in c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ") } ?? "")))
            )
          })
        })
      )
    )
  }

  private static func studentsSection(_ s: ClassSummary, _ words: ReportWords) -> Body {
    .section(
      .h2(.text(words.students)),
      .forEach(s.results) { r in
        .details(
          .summary(.text(SafeText.html("\(r.id)\(r.student.map { " — \($0)" } ?? ""): \(TextReport.points(r.score)) / \(TextReport.points(r.max))"))),
          .p(.class("file"), .text(SafeText.html(r.file))),
          .forEach(r.errors) { e in .p(.class("warn"), .text(SafeText.html((e.line.map { words.lineColumn($0, e.column ?? 1) + ": " } ?? "") + e.message[words.language]))) },
          .table(
            .thead(.tr(.th(.text(words.part)), .th(.text(words.verdictHeading)), .th(.text(words.score)), .th(.text(words.feedback)))),
            .tbody(.forEach(r.exercises.flatMap { e in e.parts.map { (e.id, $0) } }) { (exercise, p) in
              .tr(
                .td(.code(.text(SafeText.html("\(exercise)/\(p.part)")))),
                .td(.span(.class("badge v-\(p.verdict.rawValue)"), .text(words.verdict(p.verdict)))),
                .td(.text("\(TextReport.points(p.score))/\(TextReport.points(p.max))")),
                .td(
                  .text(SafeText.html(p.feedback(in: words.language))),
                  .unwrap(p.misconception) { .p(.small(.text(SafeText.html("\(words.misconception): \($0)")))) },
                  .unwrap(p.counterexample) { c in
                    .p(.small(.text(SafeText.html("\(words.counterexample): " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ")))))
                  }
                )
              )
            })
          )
        )
      }
    )
  }

  // Korean wraps between words (eojeol), not between syllables: `word-break: keep-all` under
  // lang=ko; `overflow-wrap` still breaks a long formula that would overflow a table cell.
  private static let css = """
  body{font:15px/1.45 system-ui,"Apple SD Gothic Neo","Malgun Gothic","Noto Sans CJK KR",sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
  :lang(ko){word-break:keep-all;overflow-wrap:anywhere}
  h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
  table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #eee;vertical-align:top}
  td svg{max-width:300px;height:18px}code{font-size:.9em}details{margin:.4rem 0;border:1px solid #eee;border-radius:4px;padding:.3rem .6rem}
  summary{cursor:pointer;font-weight:600}.file{color:#777;font-size:.85em}.warn{color:#a33}
  .bar{fill:#4a78b5}.axis{stroke:#888}.lbl{font-size:11px;fill:#444}.asymptote{stroke:#b55;stroke-dasharray:5 4}
  .curve{stroke:#4a78b5;stroke-width:2}.dot{fill:#4a78b5}
  .v-correct{fill:#3a9d5d;background:#3a9d5d}.v-partial{fill:#e0a526;background:#e0a526}.v-incorrect{fill:#d0533f;background:#d0533f}
  .v-unanswered{fill:#bbb;background:#bbb}.v-invalid{fill:#8a4fbf;background:#8a4fbf}
  .badge,.key{color:#fff;border-radius:3px;padding:0 .35rem;font-size:.85em;margin-right:.3rem}
  @media print{details{break-inside:avoid}details:not([open])>*:not(summary){display:block}}
  @media (max-width:40rem){td svg{max-width:150px}}
  """
}
