import Foundation
import Marking

/// The class report as JSON: the summary and every result (`softcheck-report/1`).
public enum ClassJSONReport {
  struct Document: Encodable {
    var format = "softcheck-report/1"
    var summary: ClassSummary
  }

  public static func render(_ s: ClassSummary) throws -> String {
    try JSONReport.encode(Document(summary: s), pretty: true)
  }
}
