import AnswerDocument
import Checks
import Exact
import Language
import Synchronization

/// Check outcomes by part, seed and answer text, shared by every file marked in the process.
///
/// In a class many learners write the same answer (`softmax(o)`, `3/2`): the check is a pure
/// function of the part, the seed and the answer, so the outcome of an identical answer is
/// reused. Outcomes that point at a place inside the answer (a syntax error, a failing chain
/// step) are not cached, since that place differs from file to file.
enum OutcomeCache {
  /// Each outcome with the work units computing it cost: a reuse is charged that cost, so a
  /// file's budget never depends on what other files were marked before it.
  private static let table = Mutex<(entries: [String: (outcome: CheckOutcome, cost: Int)], bytes: Int)>(([:], 0))
  /// Bounded in entries and in the bytes of their keys (answers of up to 4 KiB each), so a
  /// class of any size keeps the cache small; when full it is cleared (costing recomputation only).
  private static let capacity = 100_000
  private static let byteCapacity = 16 << 20

  static func outcome(key: String, answer: AnswerNode, _ check: () -> CheckOutcome) -> CheckOutcome {
    guard let text = canonical(answer), text.utf8.count <= 4096 else { return check() }
    let k = key + "\u{0}" + text
    if let hit = table.withLock({ $0.entries[k] }) {
      WorkMeter.current?.record(hit.cost)
      return hit.outcome
    }
    let meter = WorkMeter.current
    let before = meter?.spent ?? 0
    let outcome = check()
    // Outcomes cut short by the budget are not facts about the answer: never reused.
    if outcome.location == nil, let meter, !meter.isExhausted {
      table.withLock { t in
        if t.entries.count >= capacity || t.bytes + k.utf8.count > byteCapacity { t = ([:], 0) }
        t.entries[k] = (outcome, meter.spent - before)
        t.bytes += k.utf8.count
      }
    }
    return outcome
  }

  /// The answer's content, independent of where it stands in the file.
  static func canonical(_ node: AnswerNode) -> String? {
    switch node {
    case .scalar(let s): return (s.quoted ? "q" : "p") + s.text
    case .sequence(let items, _):
      var parts: [String] = []
      for i in items {
        guard let c = canonical(i) else { return nil }
        parts.append(c)
      }
      return "[" + parts.map { "\($0.utf8.count):\($0)" }.joined() + "]"
    case .mapping(let pairs, _):
      var parts: [String] = []
      for (k, v) in pairs {
        guard let c = canonical(v) else { return nil }
        parts.append("\(k.text.utf8.count):\(k.text)=\(c.utf8.count):\(c)")
      }
      return "{" + parts.joined() + "}"
    }
  }
}
