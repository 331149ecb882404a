import Exact
import Synchronization

/// Results of pure computations by key, shared by every check in the process, each with the work
/// units computing it cost.
///
/// A class writes the same chain steps again and again (500 learners' chains hold about 25
/// distinct expressions), so an expression's value at a sample, a step's decision there or an
/// identity test's verdict is computed once and reused. A reuse is charged what computing it
/// cost, and is taken only when computing it again could not have run out of budget on the way
/// (otherwise it is computed again, and stops where it always stopped): so verdicts, messages
/// and every meter's count are the same as without the memo, whatever was marked before.
final class MeteredMemo<Key: MemoKey, Payload: Sendable>: Sendable {
  private struct Entry: Sendable {
    var payload: Payload
    var cost: Int
  }

  private let table = Mutex<(entries: [Key: Entry], bytes: Int, cost: Int)>(([:], 0, 0))
  private let capacity: Int
  private let byteCapacity: Int
  private let costCapacity: Int

  /// At most `capacity` entries, `byteCapacity` bytes of keys and entries that cost
  /// `costCapacity` units in all; when full it is cleared, which costs only recomputation. The
  /// cost bounds the payloads' memory too: building a value costs at least a unit per limb of
  /// its numbers and eight per node of its computation, so a hostile class cannot fill memory
  /// with large values (and none costing more than an eighth of the capacity is kept).
  init(capacity: Int, byteCapacity: Int = 16 << 20, costCapacity: Int = .max) {
    self.capacity = capacity
    self.byteCapacity = byteCapacity
    self.costCapacity = costCapacity
    // No room reserved: the table grows as a class fills it (and is kept when cleared), while a
    // process that marks one file, which stores a few dozen entries, touches no more memory than
    // they need. Reserving 4,096 entries cost each chain memo fresh pages that faulted in as
    // entries landed across them: a tenth of checking a chain.
  }

  /// The payload for `key`: reused when `reusable` says computing it under the meter in force
  /// would give the same (by default: when its cost fits in what the meter has left), otherwise
  /// computed by `make`, which also says whether its result may be kept (`keep`; never a result
  /// cut short by the budget). `reusable` is also asked, before computing, whether a fresh result
  /// would be the one everybody gets (nil meter: always).
  func value(
    _ key: Key, reusable: (_ meter: WorkMeter, _ cost: Int) -> Bool = MeteredMemo.fits,
    _ make: () -> (payload: Payload, keep: Bool)
  ) -> Payload {
    let meter = WorkMeter.current
    if let hit = table.withLock({ $0.entries[key] }) {
      guard let meter else { return hit.payload }
      if reusable(meter, hit.cost) {
        meter.record(hit.cost)
        return hit.payload
      }
    }
    let typical = meter.map { reusable($0, 0) } ?? true
    let (made, cost) = Self.metered(make)
    if made.keep, typical, !(meter?.isExhausted ?? false) { store(key, Entry(payload: made.payload, cost: cost)) }
    return made.payload
  }

  /// A reuse is what computing would give when computing could not exhaust the meter.
  static func fits(_ meter: WorkMeter, _ cost: Int) -> Bool { meter.spent + cost <= meter.limit }

  private func store(_ key: Key, _ entry: Entry) {
    let size = key.byteCount
    guard size <= byteCapacity / 64, entry.cost <= costCapacity / 8 else { return }
    table.withLock { t in
      if t.entries.count >= capacity || t.bytes + size > byteCapacity || t.cost > costCapacity - entry.cost {
        t.entries.removeAll(keepingCapacity: true)
        (t.bytes, t.cost) = (0, 0)
      }
      if t.entries.updateValue(entry, forKey: key) == nil { (t.bytes, t.cost) = (t.bytes + size, t.cost + entry.cost) }
    }
  }

  /// Runs `body`, returning what it charged (to the meter in force, or to one of its own).
  private static func metered<T>(_ body: () -> T) -> (T, Int) {
    if let meter = WorkMeter.current {
      let before = meter.spent
      let value = body()
      return (value, meter.spent - before)
    }
    let own = WorkMeter(limit: .max)
    let value = WorkMeter.$current.withValue(own) { body() }
    return (value, own.spent)
  }
}

/// A memo's key: hashable, and with a size so the table can bound the bytes its keys hold.
protocol MemoKey: Hashable, Sendable {
  var byteCount: Int { get }
}

extension String: MemoKey {
  var byteCount: Int { utf8.count }
}

/// Short stand-ins for long memo keys (a part's sampling setup, an expression's structure): each
/// distinct text gets a number once, so the memos hash a few bytes per lookup instead of the
/// whole text. Numbers are never given twice, even after the table is cleared, so a stand-in
/// always means one text.
enum MemoKeys {
  private static let table = Mutex<(ids: [String: Int], next: Int, bytes: Int)>(([:], 0, 0))
  private static let capacity = 100_000
  private static let byteCapacity = 16 << 20

  static func id(_ text: String) -> Int {
    table.withLock { t in
      if let id = t.ids[text] { return id }
      if t.ids.count >= capacity || t.bytes + text.utf8.count > byteCapacity { (t.ids, t.bytes) = ([:], 0) }
      t.next += 1
      t.ids[text] = t.next
      t.bytes += text.utf8.count
      return t.next
    }
  }
}
