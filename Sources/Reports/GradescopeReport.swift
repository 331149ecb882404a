import Checks
import Foundation
import Marking

/// Gradescope autograder output (`results.json`) for one submission: the score, and one test
/// per part with its score, maximum and feedback.
public enum GradescopeReport {
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

  public static func render(_ result: FileResult) throws -> String {
    var tests: [Test] = []
    for e in result.exercises {
      for p in e.parts {
        var output = "\(p.verdict.rawValue): \(p.feedback)"
        if let m = p.misconception { output += "\nmisconception: \(m)" }
        if let c = p.counterexample, !c.isEmpty {
          output += "\ncounterexample: " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ")
        }
        tests.append(Test(name: "\(e.id)/\(p.part)", score: p.score, max_score: p.max, output: output,
                          status: p.verdict == .correct ? "passed" : "failed"))
      }
    }
    let summary = result.errors.map { e in e.line.map { "line \($0): \(e.message)" } ?? e.message }.joined(separator: "\n")
    return try JSONReport.encode(Results(score: result.score, output: summary, tests: tests), pretty: true)
  }
}
