import Checks
import Foundation
import Localization
import Marking

/// Gradescope autograder output (`results.json`) for one submission: the score, and one test
/// per part with its score, maximum and feedback.
package enum GradescopeReport {
  struct Results: Encodable {
    var score: Double
    var output: String
    var tests: [Test]
  }

  struct Test: Encodable {
    var name: String
    var score: Double
    var max_score: Double
    var output: String
    var status: String
  }

  package static func render(_ result: FileResult, language: DisplayLanguage = .en) throws -> String {
    let words = ReportWords(language: language)
    var tests: [Test] = []
    for e in result.exercises {
      for p in e.parts {
        var output = "\(words.verdict(p.verdict)): \(p.feedback(in: language))"
        if let m = p.misconception { output += "\n\(words.misconception): \(m)" }
        if let c = p.counterexample, !c.isEmpty {
          output += "\n\(words.counterexample): " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ")
        }
        tests.append(
          Test(
            name: "\(e.id)/\(p.part)", score: p.score, max_score: p.max, output: output,
            status: p.verdict == .correct || p.verdict == .recorded ? "passed" : "failed"))
      }
    }
    let summary = result.errors.map { e in
      e.line.map { "\(words.lineColumn($0, e.column ?? 1)): \(e.message[language])" } ?? e.message[language]
    }.joined(separator: "\n")
    return try JSONReport.encode(Results(score: result.score, output: summary, tests: tests), pretty: true)
  }
}
