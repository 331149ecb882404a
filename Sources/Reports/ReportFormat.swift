import Catalogue
import Foundation
import Localization
import Marking

/// The formats `softcheck report` writes, and which one a file name asks for.
package enum ReportFormat: String, Sendable, CaseIterable {
  case html, md, json, csv, junit, gradescope

  /// The format a file's extension names: `.html`/`.htm`, `.md`, `.json`, `.csv`, `.xml` (JUnit);
  /// nil for any other (Gradescope's `results.json` is asked for with `--format gradescope`).
  package init?(path: String) {
    switch (path as NSString).pathExtension.lowercased() {
    case "html", "htm": self = .html
    case "md", "markdown": self = .md
    case "json": self = .json
    case "csv": self = .csv
    case "xml": self = .junit
    default: return nil
    }
  }

  /// How one report is written beyond its format.
  package struct Options: Sendable {
    package var language: DisplayLanguage
    /// The exercises, for prompts and typeset references in HTML.
    package var catalogue: Catalogue?
    /// Start CSV with a UTF-8 byte order mark, for spreadsheet programs that need it to read
    /// Korean names as UTF-8.
    package var csvByteOrderMark: Bool

    package init(language: DisplayLanguage = .en, catalogue: Catalogue? = nil, csvByteOrderMark: Bool = false) {
      self.language = language
      self.catalogue = catalogue
      self.csvByteOrderMark = csvByteOrderMark
    }
  }

  /// A problem that stops a report from being written.
  package struct Failure: Error, Sendable {
    package var message: LocalizedText
  }

  /// The files of the report to be written at `path`: one, or for HTML of a large class the class
  /// page and its student pages beside it (``HTMLReport/pages(_:name:pageSize:title:language:catalogue:)``).
  package func files(_ summary: ClassSummary, _ options: Options, path: String) throws -> [(path: String, text: String)] {
    guard self == .html else { return [(path, try render(summary, options))] }
    let folder = (path as NSString).deletingLastPathComponent
    return HTMLReport.pages(
      summary, name: (path as NSString).lastPathComponent, language: options.language,
      catalogue: options.catalogue
    ).map { page in
      (
        page.name == (path as NSString).lastPathComponent ? path : (folder as NSString).appendingPathComponent(page.name),
        page.html
      )
    }
  }

  /// The report of `summary` in this format.
  package func render(_ summary: ClassSummary, _ options: Options) throws -> String {
    let language = options.language
    switch self {
    case .html: return HTMLReport.render(summary, language: language, catalogue: options.catalogue)
    case .md: return MarkdownReport.render(summary, language: language)
    case .json: return try ClassJSONReport.render(summary, language: language)
    case .csv: return (options.csvByteOrderMark ? "\u{FEFF}" : "") + CSVReport.render(summary)
    case .junit: return JUnitReport.render(summary, language: language)
    case .gradescope:
      guard summary.results.count == 1 else {
        throw Failure(
          message: LocalizedText(
            en: "the gradescope format is for one submission; got \(summary.results.count)",
            ko: "gradescope 형식은 제출물 하나용입니다. 받은 파일: \(summary.results.count)개"))
      }
      return try GradescopeReport.render(summary.results[0], language: language)
    }
  }
}
