import Catalogue
import Checks
import Foundation
import Language
import Marking
import Reports

/// Benchmarks of the answer language and the checks: one part, one file, one class.
enum MarkingBenchmarks {
  static let catalogue: Catalogue = {
    do { return try Catalogue.shipped() } catch { fatalError("cannot load the shipped exercises: \(error)") }
  }()

  static func scalar(_ text: String) -> AnswerNode {
    .scalar(.init(text: text, lineStarts: [SourceLocation(line: 1, column: 1)]))
  }

  static func part(_ exercise: String, _ part: String) -> Part {
    guard let p = catalogue.exercise(exercise)?.part(part) else { fatalError("no part \(exercise)/\(part)") }
    return p
  }

  /// Parses and checks one answer `n` times; the checksum counts correct verdicts.
  static func checking(_ name: String, _ exercise: String, _ partID: String, _ answer: String, iterations: Int) -> Benchmark {
    let p = part(exercise, partID)
    let node = scalar(answer)
    let context = CheckContext(seed: 1, key: "\(exercise)/\(partID)")
    return Benchmark(name, iterations: iterations) { n in
      var correct = 0
      for _ in 0..<n where p.check.check(node, context: context).verdict == .correct { correct += 1 }
      return Double(correct)
    }
  }

  /// A complete correct answer file: every part of every exercise, from the exercises' examples.
  static let completeFile = AnswerTemplate.render(catalogue.exercises, filled: true)

  static let all: [Benchmark] = [
    checking("check.formula.softmin", "realsoftmax", "softmin", "-log(exp(-a) + exp(-b))", iterations: 20),
    checking("check.formula.hessian", "lse-convex", "hessian", "diag(softmax(o)) - outer(softmax(o), softmax(o))", iterations: 20),
    checking("check.chain.kl-proof", "kl-nonnegative", "proof", """
      sum(p * log(p / q)) = -sum(p * log(q / p))
                         >= -log(sum(p * (q / p)))
                          = -log(sum(q))
                          = 0
      """, iterations: 10),
    checking("check.value.entropy-nats", "dyadic-code", "entropy-nats", "3/2*log(2)", iterations: 2000),
    Benchmark("mark.complete-correct-file", iterations: 3) { n in
      let marker = Marker(catalogue: catalogue)
      var total = 0.0
      for _ in 0..<n { total += marker.mark(text: completeFile, file: "complete.yaml").score }
      return total
    },
  ]
}
