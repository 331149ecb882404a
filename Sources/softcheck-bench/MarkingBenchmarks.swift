import AnswerDocument
import Catalogue
import Checks
import Foundation
import Language
import Marking
import Reports
import Sampling
import Synchronization

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

  /// Parses and checks one answer `n` times; the checksum counts correct verdicts. Warm: the
  /// same seed each time, so what the process keeps by seed (samples, references, a chain's
  /// values and decisions) is reused, as in a class; cold: a new seed each time, so nothing is.
  static func checking(
    _ name: String, _ exercise: String, _ partID: String, _ answer: String, iterations: Int, cold: Bool = false
  ) -> Benchmark {
    let p = part(exercise, partID)
    let node = scalar(answer)
    let key = "\(exercise)/\(partID)"
    return Benchmark(name, iterations: iterations) { n in
      var correct = 0
      for _ in 0..<n {
        let context = CheckContext(seed: cold ? coldSeeds.next() : 1, key: key)
        if p.check.check(node, context: context).verdict == .correct { correct += 1 }
      }
      return Double(correct)
    }
  }

  static let klProof = """
    sum(p * log(p / q)) = -sum(p * log(q / p))
                       >= -log(sum(p * (q / p)))
                        = -log(sum(q))
                        = 0
    """

  static let varianceProof = """
    sum(softmax(o)*v^2) - sum(softmax(o)*v)^2 = sum(softmax(o)*(v - sum(softmax(o)*v))^2)
                                             >= 0
    """

  /// A complete correct answer file: every part of every exercise, from the exercises' examples.
  static let completeFile = AnswerTemplate.render(catalogue.exercises, filled: true)
  static let coldSeeds = SeedCounter()

  static let all: [Benchmark] = [
    checking("check.formula.softmin", "realsoftmax", "softmin", "-log(exp(-a) + exp(-b))", iterations: 20),
    checking(
      "check.formula.hessian", "lse-convex", "hessian", "diag(softmax(o)) - outer(softmax(o), softmax(o))", iterations: 20),
    checking("check.chain.kl-proof", "kl-nonnegative", "proof", klProof, iterations: 10),
    checking("check.chain.kl-proof.cold", "kl-nonnegative", "proof", klProof, iterations: 10, cold: true),
    // Sides sharing softmax(o) and sum(softmax(o)*v): what compiled evaluation computes once.
    checking("check.chain.lse-variance.cold", "lse-convex", "proof", varianceProof, iterations: 10, cold: true),
    checking("check.value.entropy-nats", "dyadic-code", "entropy-nats", "3/2*log(2)", iterations: 2000),
    checking("check.bound.limit-bound", "realsoftmax", "limit-bound", "log(2)/lambda", iterations: 10),
    checking("check.bound.limit-bound.cold", "realsoftmax", "limit-bound", "log(2)/lambda", iterations: 10, cold: true),
    // Cold: a new seed each time, so no sample, reference or outcome cached by an earlier run
    // (they are keyed by seed) is reused: the cost of marking a file never seen before.
    Benchmark("mark.complete-correct-file.cold", iterations: 3) { n in
      var total = 0.0
      for _ in 0..<n {
        let marker = Marker(catalogue: catalogue, seed: coldSeeds.next())
        total += marker.mark(text: completeFile, file: "complete.yaml").score
      }
      return total
    },
    // Warm: the same file again with the same seed, as `mark --watch` and a class with shared
    // answers see it: every part's outcome is reused.
    Benchmark("mark.complete-correct-file.warm", iterations: 3) { n in
      let marker = Marker(catalogue: catalogue)
      var total = 0.0
      for _ in 0..<n { total += marker.mark(text: completeFile, file: "complete.yaml").score }
      return total
    },
  ]
}

/// A class of 500 realistic submissions, marked on every core and written as HTML and CSV:
/// the instructor's whole job, timed wall-clock.
enum ClassBenchmark {
  /// Writes `count` answer files: the complete correct file, the realistic student's file, and
  /// variants of the latter with answers swapped between learners, so verdicts vary.
  static func makeClass(count: Int, in folder: String) throws {
    let base = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Examples")
    let student = try String(contentsOf: base.appendingPathComponent("student-lee.yaml"), encoding: .utf8)
    let complete = MarkingBenchmarks.completeFile
    let wrongs = [
      "code: [\"0\", \"1\", \"11\"]", "softmin: -log(exp(a) + exp(b))", "hessian: diag(softmax(o))", "stable: log(sum(exp(x)))",
    ]
    for i in 0..<count {
      var text = i % 3 == 0 ? complete : student
      text = text.replacingOccurrences(of: "id: 2024-0211", with: "id: s\(i)")
      text = text.replacingOccurrences(of: "id: reference", with: "id: s\(i)")
      if i % 5 == 1 { text = text.replacingOccurrences(of: "code: [\"10\", \"0\", \"11\"]", with: wrongs[i % wrongs.count]) }
      if i % 7 == 2 { text = text.replacingOccurrences(of: "gap-where: a = b", with: "gap-where: a >= b") }
      try text.write(toFile: folder + "/s\(i).yaml", atomically: true, encoding: .utf8)
    }
  }

  static let all: [Benchmark] = [
    Benchmark("class.500-files.html+csv", iterations: 1) { _ in
      let folder = NSTemporaryDirectory() + "softcheck-class-\(ProcessInfo.processInfo.processIdentifier)"
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: folder) }
      do { try makeClass(count: 500, in: folder) } catch { fatalError("cannot write the class: \(error)") }
      let files = (0..<500).map { folder + "/s\($0).yaml" }
      let semaphore = DispatchSemaphore(value: 0)
      nonisolated(unsafe) var results: [FileResult] = []
      Task {
        results = await BatchMarker(marker: Marker(catalogue: MarkingBenchmarks.catalogue)).mark(files)
        semaphore.signal()
      }
      semaphore.wait()
      let summary = ClassSummary(results: results)
      let html = HTMLReport.render(summary)
      let csv = CSVReport.render(summary)
      return Double(html.count + csv.count) + summary.meanScore
    }
  ]
}

/// Seeds not used before in this process (every run of a cold benchmark takes new ones).
final class SeedCounter: Sendable {
  private let last = Mutex<UInt64>(1_000)
  func next() -> UInt64 {
    last.withLock {
      $0 += 1
      return $0
    }
  }
}
