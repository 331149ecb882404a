import AnswerDocument
import Catalogue
import Checks
import Exact
import Parallel
import Synchronization

/// One part's check run ahead of its turn: what it returned, what it spent, and the limit it ran
/// under (at least the limit it gets in file order).
struct AheadRun: Sendable {
  var outcome: CheckOutcome
  var spent: Int
  var ceiling: Int
}

/// The parts of one file checked ahead of their turn on idle cores, by exercise, part, variant
/// and the answer's place in the file.
struct AheadRuns: Sendable {
  struct Key: Hashable, Sendable {
    var exercise: String, part: String, variant: String, line: Int, column: Int
  }

  var runs: [Key: AheadRun] = [:]

  /// The runs in force while a file is marked in file order.
  @TaskLocal static var current: AheadRuns?

  /// The parts a first pass asked to check, in file order (collected instead of checked).
  @TaskLocal static var collecting: AheadCollector?
}

/// Where the first pass puts the parts it would check.
final class AheadCollector: @unchecked Sendable {
  // @unchecked: filled by the one task that marks the file, in order, before any thread starts.
  var jobs: [AheadJob] = []
}

/// A part to check: everything ``Marker/check(_:of:answer:variant:)`` needs.
struct AheadJob: Sendable {
  var part: Part
  var exercise: String
  var answer: AnswerNode
  var variant: String

  var key: AheadRuns.Key {
    AheadRuns.Key(exercise: exercise, part: part.id, variant: variant, line: answer.location.line, column: answer.location.column)
  }
}

extension Marker {
  /// Marks a parsed file with its parts checked `partConcurrency` at a time across the whole
  /// file, giving exactly the results, budgets included, of checking them one by one.
  ///
  /// `markInOrder` is run twice: first to collect the parts it would check, in file order
  /// (nothing is checked), then for real, taking each part's outcome from the runs made ahead.
  /// Why the budget comes out the same: a part checked alone under limit L either spends s ≤ L
  /// and returns its outcome, or is stopped (or found over) past L. Run ahead, a part runs
  /// under a ceiling that is at least L (the file's budget less what the parts before it that
  /// had finished, in order, were charged), so up to L it spends exactly what it spends alone;
  /// then, in file order, it is charged as one by one would have charged it. Parts run ahead of
  /// a file whose budget runs out waste at most `partConcurrency - 1` part limits.
  func markAhead(_ markInOrder: () -> FileResult) -> FileResult {
    let collector = AheadCollector()
    _ = AheadRuns.$collecting.withValue(collector) { markInOrder() }
    let jobs = collector.jobs
    guard jobs.count > 1 else { return markInOrder() }
    let runs = checkAhead(jobs, alreadySpent: FileWork.current?.spent ?? 0)
    return AheadRuns.$current.withValue(runs) { markInOrder() }
  }

  /// Checks `jobs` on `partConcurrency` threads, each starting the next job under the ceiling the
  /// parts charged so far (in order) leave it.
  private func checkAhead(_ jobs: [AheadJob], alreadySpent: Int) -> AheadRuns {
    struct State {
      var next = 0, charged = 0, spent: Int
      var runs: [AheadRun?]
    }
    let state = Mutex(State(spent: alreadySpent, runs: Array(repeating: nil, count: jobs.count)))
    let (perPart, perFile) = (budget.perPart, budget.perFile)
    @Sendable func ceiling(_ spent: Int) -> Int { min(perPart, max(0, perFile - spent)) }
    WorkerThreads.run(width: min(partConcurrency, jobs.count)) {
      while let (i, limit) = state.withLock({ s -> (Int, Int)? in
        guard s.next < jobs.count else { return nil }
        s.next += 1
        return (s.next - 1, ceiling(s.spent))
      }) {
        let job = jobs[i]
        let meter = WorkMeter(limit: limit)
        let outcome = WorkMeter.$current.withValue(meter) {
          check(job.part, of: job.exercise, answer: job.answer, variant: job.variant)
        }
        state.withLock { s in
          s.runs[i] = AheadRun(outcome: outcome, spent: meter.spent, ceiling: limit)
          // Charge the finished prefix as file order will, so later ceilings stay upper bounds.
          while s.charged < jobs.count, let run = s.runs[s.charged] {
            s.spent += min(run.spent, ceiling(s.spent) + 1)
            s.charged += 1
          }
        }
      }
    }
    let finished = state.withLock { $0.runs }
    var runs = AheadRuns()
    for (job, run) in zip(jobs, finished) { if let run { runs.runs[job.key] = run } }
    return runs
  }

  /// The outcome of a part in file order: from its run ahead when there is one that ran under a
  /// high enough ceiling, else checked now. Collected instead when a first pass is collecting.
  func outcomeInOrder(_ part: Part, of exerciseID: String, answer: AnswerNode, variant: String) -> CheckOutcome? {
    let job = AheadJob(part: part, exercise: exerciseID, answer: answer, variant: variant)
    if let collector = AheadRuns.collecting {
      collector.jobs.append(job)
      return nil
    }
    let limit = partLimit
    if let run = AheadRuns.current?.runs[job.key], run.ceiling >= limit {
      return charged(run.outcome, spent: run.spent, limit: limit)
    }
    return metered { check(part, of: exerciseID, answer: answer, variant: variant) }
  }
}
