import Checks
import Foundation
import Marking
import Plot

/// The class report as one self-contained HTML page: inline CSS and SVG, no scripts, no external
/// requests; readable on a phone and printable. All learner text goes through Plot's escaping.
public enum HTMLReport {
  public static func render(_ s: ClassSummary, title: String = "softcheck class report") -> String {
    let html = HTML(
      .lang(.english),
      .head(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .title(title),
        .style(css)
      ),
      .body(
        .h1(.text(title)),
        summarySection(s),
        partsSection(s),
        misconceptionSection(s),
        .section(
          .h2("Block coding of a uniform 3-symbol source"),
          .p(.text("Optimal (Huffman) bits per symbol when n symbols are coded together; the dashed line is the entropy log2 3, approached but never reached (exercise uniform3-code).")),
          SVGChart.blockCoding()
        ),
        studentsSection(s),
        .footer(.p(.text("Made by softcheck. Verdicts on sampled inputs are evidence, not proofs; replay tokens reproduce each case.")))
      )
    )
    return html.render(indentedBy: .spaces(1))
  }

  private typealias Body = Node<HTML.BodyContext>

  private static func summarySection(_ s: ClassSummary) -> Body {
    .section(
      .h2("Class"),
      .ul(
        .li(.text("Students: \(s.students)")),
        .li(.text("Mean score: \(MarkdownReport.format(s.meanScore)) / \(TextReport.points(s.maxScore)); median \(MarkdownReport.format(s.medianScore))")),
        .if(s.invalidFiles > 0, .li(.class("warn"), .text("Files that could not be marked: \(s.invalidFiles)"))),
        .if(!s.duplicateIDs.isEmpty, .li(.class("warn"), .text(SafeText.html("Ids used by more than one file: \(s.duplicateIDs.joined(separator: ", "))"))))
      ),
      .h2("Score distribution"),
      SVGChart.histogram(s)
    )
  }

  private static func partsSection(_ s: ClassSummary) -> Body {
    .section(
      .h2("Parts"),
      .p(.class("legend"), .group(Verdict.allCases.map { v in .span(.class("key v-\(v.rawValue)"), .text(v.rawValue)) })),
      .table(
        .thead(.tr(.th("part"), .th("verdicts"), .th("correct"), .th("answered"))),
        .tbody(.forEach(s.parts) { p in
          let answered = p.total - p.count(.unanswered)
          let rate = p.total > 0 ? 100 * Double(p.count(.correct)) / Double(p.total) : 0
          return .tr(
            .td(.code(.text(p.key))),
            .td(SVGChart.stackedBar(p)),
            .td(.text("\(Int(rate.rounded()))%")),
            .td(.text("\(answered)/\(p.total)"))
          )
        })
      )
    )
  }

  private static func misconceptionSection(_ s: ClassSummary) -> Body {
    let withMisconceptions = s.parts.filter { !$0.misconceptions.isEmpty }
    return .section(
      .h2("Common misconceptions"),
      .if(withMisconceptions.isEmpty, .p(.text("No known misconception was recognised."))),
      .table(
        .thead(.tr(.th("part"), .th("misconception"), .th("students"), .th("example counterexample"))),
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

  private static func studentsSection(_ s: ClassSummary) -> Body {
    .section(
      .h2("Students"),
      .forEach(s.results) { r in
        .details(
          .summary(.text(SafeText.html("\(r.id)\(r.student.map { " — \($0)" } ?? ""): \(TextReport.points(r.score)) / \(TextReport.points(r.max))"))),
          .p(.class("file"), .text(SafeText.html(r.file))),
          .forEach(r.errors) { e in .p(.class("warn"), .text(SafeText.html((e.line.map { "line \($0), column \(e.column ?? 1): " } ?? "") + e.message))) },
          .table(
            .thead(.tr(.th("part"), .th("verdict"), .th("score"), .th("feedback"))),
            .tbody(.forEach(r.exercises.flatMap { e in e.parts.map { (e.id, $0) } }) { (exercise, p) in
              .tr(
                .td(.code(.text(SafeText.html("\(exercise)/\(p.part)")))),
                .td(.span(.class("badge v-\(p.verdict.rawValue)"), .text(p.verdict.rawValue))),
                .td(.text("\(TextReport.points(p.score))/\(TextReport.points(p.max))")),
                .td(
                  .text(SafeText.html(p.feedback)),
                  .unwrap(p.misconception) { .p(.small(.text(SafeText.html("misconception: \($0)")))) },
                  .unwrap(p.counterexample) { c in
                    .p(.small(.text(SafeText.html("counterexample: " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ")))))
                  }
                )
              )
            })
          )
        )
      }
    )
  }

  private static let css = """
  body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
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
