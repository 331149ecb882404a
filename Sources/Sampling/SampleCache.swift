import Exact
import Language
import Synchronization

/// Samples and reference values by part, seed and case index, shared by every check in the
/// process: marking a class draws the same inputs and evaluates the same references for every
/// learner, so after the first file only the learners' own answers cost anything.
///
/// Entries are pure functions of their keys (same seed, same sample), so caching never changes a
/// verdict. The table is bounded: when full it is cleared, which costs only recomputation.
package enum SampleCache {
  private static let samples = Mutex<[String: Sample]>([:])
  private static let values = Mutex<[String: Value]>([:])
  private static let capacity = 200_000

  package static func sample(_ key: String, _ make: () -> Sample) -> Sample {
    if let hit = samples.withLock({ $0[key] }) { return hit }
    // Not the learner's work, and cached for everyone: never charged to a file's budget.
    let s = WorkMeter.$current.withValue(nil) { make() }
    samples.withLock { table in
      if table.count >= capacity { table.removeAll(keepingCapacity: true) }
      table[key] = s
    }
    return s
  }

  package static func value(_ key: String, _ make: () -> Value?) -> Value? {
    if let hit = values.withLock({ $0[key] }) { return hit }
    guard let v = WorkMeter.$current.withValue(nil, operation: { make() }) else { return nil }
    values.withLock { table in
      if table.count >= capacity { table.removeAll(keepingCapacity: true) }
      table[key] = v
    }
    return v
  }
}
