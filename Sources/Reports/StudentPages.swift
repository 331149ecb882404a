import Foundation
import Marking

/// How a large class's students are split over pages: the class page keeps an index of every
/// learner (id, name, score, a link to their page); each student page holds `pageSize` of them.
struct StudentPages {
  var name: String
  var count: Int
  var pageSize: Int

  var pages: Int { (count + pageSize - 1) / pageSize }

  /// `class.students-2.html` beside `class.html` (a relative link: no request leaves the folder).
  func name(ofPage k: Int) -> String {
    let stem = (name as NSString).deletingPathExtension
    return "\(stem).students-\(k + 1).html"
  }

  /// Every learner in one table with a link to the page that holds their answers.
  func index(_ results: [FileResult], _ words: ReportWords) -> HTMLReport.Body {
    let e = MathML.escape
    var rows = ""
    for (n, r) in results.enumerated() {
      let page = n / pageSize
      rows +=
        "<tr><td>\(e(r.id))</td><td>\(e(r.student ?? ""))</td><td>\(TextReport.points(r.score)) / \(TextReport.points(r.max))</td>"
      rows += "<td><a href=\"\(e(name(ofPage: page)))\">\(e(words.pageNumber(page + 1)))</a></td></tr>"
    }
    let head =
      "<thead><tr><th>id</th><th>\(e(words.student))</th><th>\(e(words.score))</th><th>\(e(words.answersPage))</th></tr></thead>"
    return .group(
      .p(.text(words.pagedCaption(pageSize))), .raw("<div class=\"scroll\"><table>\(head)<tbody>\(rows)</tbody></table></div>"))
  }

  /// One page of students: their collapsed sections, between links to the class page and the
  /// neighbouring pages.
  func page(_ k: Int, _ results: [FileResult], _ words: ReportWords, _ legend: PartLegend, css: String) -> String {
    let e = MathML.escape
    let slice = Array(results[(k * pageSize)..<min(count, (k + 1) * pageSize)])
    let title = words.studentsPage(k + 1, of: pages)
    var nav = "<nav><a href=\"\(e((name as NSString).lastPathComponent))\">\(e(words.classReport))</a>"
    if k > 0 { nav += " · <a href=\"\(e(name(ofPage: k - 1)))\">← \(e(words.pageNumber(k)))</a>" }
    if k + 1 < pages { nav += " · <a href=\"\(e(name(ofPage: k + 1)))\">\(e(words.pageNumber(k + 2))) →</a>" }
    nav += "</nav>"
    let lang = words.language == .ko ? "ko" : "en"
    return "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"UTF-8\"/>"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>\(e(title))</title><style>\(css)</style></head>"
      + "<body><h1>\(e(title))</h1>\(nav)\(StudentRows.render(slice, words, legend))\(nav)</body></html>"
  }
}
