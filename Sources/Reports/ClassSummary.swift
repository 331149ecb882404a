import Catalogue
import Checks
import Localization
import Marking

/// What a report says about a class: totals, score distribution, per-part verdict counts and
/// the most common misconceptions. Computed once from the results, in a deterministic order.
package struct ClassSummary: Sendable, Codable {
  /// Results sorted by learner id, then file: the order every report uses.
  package var results: [FileResult]
  package var students: Int
  package var meanScore: Double
  package var medianScore: Double
  package var maxScore: Double
  /// Files that could not be marked at all (not YAML, unreadable).
  package var invalidFiles: Int
  /// Learner ids that occur in more than one file.
  package var duplicateIDs: [String]
  package var parts: [PartSummary]
  /// Every written (`text`) answer, by part, for reading.
  package var written: [WrittenPart]
  /// What every student's maximum is made of (the assignment, or the class's exercises), when said.
  package var basis: LocalizedText?

  /// Verdict counts and misconceptions of one part across the class.
  package struct PartSummary: Sendable, Codable {
    /// `exercise/part`.
    package var key: String
    package var exercise: String
    package var part: String
    package var max: Double
    /// Counts by verdict, in `Verdict.allCases` order.
    package var counts: [String: Int]
    package var misconceptions: [MisconceptionCount]

    package func count(_ v: Verdict) -> Int { counts[v.rawValue] ?? 0 }
    package var total: Int { counts.values.reduce(0, +) }
  }

  package struct MisconceptionCount: Sendable, Codable {
    package var id: String
    package var count: Int
    /// One learner's counterexample, as an example.
    package var example: [String: String]?
    /// The sentence that explains the misconception, in both languages.
    package var explanation: LocalizedText?
  }

  /// The written answers to one `text` part, in learner order.
  package struct WrittenPart: Sendable, Codable {
    /// `exercise/part`.
    package var key: String
    package var answers: [WrittenEntry]
  }

  /// One learner's written answer, with any points given by hand.
  package struct WrittenEntry: Sendable, Codable {
    package var id: String
    package var student: String?
    package var text: String
    package var score: Double
    package var max: Double
    package var manual: Bool
    package var note: String?
  }

  package init(results: [FileResult]) {
    let sorted = results.sorted { ($0.id, $0.file) < ($1.id, $1.file) }
    self.results = sorted
    students = sorted.count
    let scores = sorted.map(\.score).sorted()
    meanScore = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    if scores.isEmpty {
      medianScore = 0
    } else if scores.count % 2 == 1 {
      medianScore = scores[scores.count / 2]
    } else {
      medianScore = (scores[scores.count / 2 - 1] + scores[scores.count / 2]) / 2
    }
    maxScore = sorted.map(\.max).max() ?? 0
    invalidFiles = sorted.filter { !$0.errors.isEmpty && $0.exercises.isEmpty }.count
    var seen: [String: Int] = [:]
    for r in sorted { seen[r.id, default: 0] += 1 }
    duplicateIDs = seen.filter { $0.value > 1 }.map(\.key).sorted()

    var order: [String] = []
    var byKey: [String: PartSummary] = [:]
    var examples: [String: [String: [String: String]]] = [:]
    var misCounts: [String: [String: Int]] = [:]
    var explanations: [String: LocalizedText] = [:]
    var written: [String: [WrittenEntry]] = [:]
    for r in sorted {
      for e in r.exercises {
        for p in e.parts where p.kind != PartResult.unknownPartKind {
          let key = "\(e.id)/\(p.part)"
          if byKey[key] == nil {
            order.append(key)
            byKey[key] = PartSummary(key: key, exercise: e.id, part: p.part, max: p.max, counts: [:], misconceptions: [])
          }
          byKey[key]?.counts[p.verdict.rawValue, default: 0] += 1
          if CheckKinds.isMarkedByHand(p.kind), let answer = p.answer {
            written[key, default: []].append(
              WrittenEntry(
                id: r.id, student: r.student, text: answer.flattened, score: p.score,
                max: p.max, manual: p.manual, note: p.note))
          }
          if let m = p.misconception {
            misCounts[key, default: [:]][m, default: 0] += 1
            if explanations[m] == nil { explanations[m] = p.messages.first { $0.id == "misconception.\(m)" }?.text }
            if examples[key]?[m] == nil, let c = p.counterexample { examples[key, default: [:]][m] = c }
          }
        }
      }
    }
    parts = order.sorted().compactMap { key in
      guard var s = byKey[key] else { return nil }
      s.misconceptions = (misCounts[key] ?? [:])
        .map {
          MisconceptionCount(id: $0.key, count: $0.value, example: examples[key]?[$0.key], explanation: explanations[$0.key])
        }
        .sorted { ($1.count, $0.id) < ($0.count, $1.id) }
      return s
    }
    self.written = written.keys.sorted().map { WrittenPart(key: $0, answers: written[$0] ?? []) }
  }

  /// Students per score bucket of width `width`, from 0 to the maximum.
  package func histogram(buckets: Int = 10) -> [(lower: Double, upper: Double, count: Int)] {
    guard maxScore > 0 else { return [(0, 0, students)] }
    let width = maxScore / Double(buckets)
    var counts = Array(repeating: 0, count: buckets)
    for r in results {
      let k = min(buckets - 1, Int((r.score / width).rounded(.down)))
      counts[max(0, k)] += 1
    }
    return (0..<buckets).map { (Double($0) * width, Double($0 + 1) * width, counts[$0]) }
  }
}
