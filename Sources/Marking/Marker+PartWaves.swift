import AnswerDocument
import Catalogue
import Checks
import Dispatch
import Exact
import Synchronization

extension Marker {
  /// Marks an exercise's parts `partConcurrency` at a time, with the results (and the work
  /// budget) exactly those of marking them one by one in file order.
  ///
  /// Why the budget comes out the same: a part checked alone under limit L either spends s ≤ L
  /// and returns its outcome, or is stopped (or found over) past L. A part of a wave runs under
  /// the largest limit any part of the wave can get in file order (the wave's first part's), so
  /// its spending s is the same as one by one up to that limit; then, in file order, it is
  /// charged as one by one would have charged it: its outcome when s ≤ its own limit, the
  /// too-costly outcome otherwise. A wave wastes at most the parts it ran past the file's
  /// budget, so a file costs at most `partConcurrency - 1` part limits more than one by one.
  func markInWaves(_ parts: [Part], of exerciseID: String, answers: [String: AnswerNode], variant: String) -> [PartResult] {
    var results: [PartResult] = []
    var start = 0
    while start < parts.count {
      let wave = Array(parts[start..<min(start + partConcurrency, parts.count)])
      let ceiling = partLimit
      let runs = checked(wave, of: exerciseID, answers: answers, variant: variant, limit: ceiling)
      for (part, run) in zip(wave, runs) {
        guard let run, let answer = answers[part.id] else {
          results.append(unanswered(part))
          continue
        }
        results.append(result(part, answer: answer, outcome: charged(run.outcome, spent: run.spent, limit: partLimit)))
      }
      start += wave.count
    }
    return results
  }

  /// Each answered part's outcome and spending under its own meter of `limit`, all at once;
  /// nil for a blank part.
  private func checked(
    _ wave: [Part], of exerciseID: String, answers: [String: AnswerNode], variant: String,
    limit: Int
  ) -> [(outcome: CheckOutcome, spent: Int)?] {
    let runs = Mutex<[(outcome: CheckOutcome, spent: Int)?]>(Array(repeating: nil, count: wave.count))
    DispatchQueue.concurrentPerform(iterations: wave.count) { k in
      guard let answer = answers[wave[k].id], !Marker.isBlank(answer) else { return }
      let meter = WorkMeter(limit: limit)
      let outcome = WorkMeter.$current.withValue(meter) { check(wave[k], of: exerciseID, answer: answer, variant: variant) }
      runs.withLock { $0[k] = (outcome, meter.spent) }
    }
    return runs.withLock { $0 }
  }
}
