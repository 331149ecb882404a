import Foundation
import Localization
import Marking

/// The class report as JSON: the summary and every result (`softcheck-report/1`).
package enum ClassJSONReport {
  struct Document: Encodable {
    var format = "softcheck-report/1"
    var summary: ClassSummary
  }

  /// The report; every result's `feedback` and `message` texts are in `language`.
  package static func render(_ s: ClassSummary, language: DisplayLanguage = .en) throws -> String {
    try JSONReport.encode(Document(summary: s), pretty: true, language: language)
  }
}
