import Checks
import Sampling

/// Which kinds a run asks, in which order.
package enum DrillPlan {
  /// One planned question: its kind and how many questions of that kind come before it in the
  /// run (so a repeated kind gets fresh numbers).
  package struct Item: Sendable {
    package var kind: DrillKind
    package var occurrence: Int
  }

  /// `count` questions from `kinds`.
  ///
  /// Without progress (a run with an explicit `--seed`), the order is a shuffle by the seed
  /// alone: the same seed always gives the same questions. With progress, due kinds come
  /// first, then lower boxes, then the kinds asked longest ago, ties broken by the seed's
  /// shuffle. When `count` exceeds the number of kinds the order repeats with fresh numbers.
  package static func plan(
    kinds: [DrillKind], count: Int, seed: UInt64,
    progress: DrillProgress? = nil, session: Int = 0
  ) -> [Item] {
    guard !kinds.isEmpty, count > 0 else { return [] }
    var order = kinds
    var random = RandomSource(seed: seed, key: "drill/order", index: 0)
    if order.count > 1 {
      for i in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(i, random.int(in: 0...i))
      }
    }
    if let progress {
      let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element.id, $0.offset) })
      order.sort { x, y in
        func key(_ k: DrillKind) -> (Int, Int, Int, Int) {
          (
            progress.isDue(k.id, session: session) ? 0 : 1, progress.box(k.id),
            progress.kinds[k.id]?.lastSession ?? 0, rank[k.id] ?? 0
          )
        }
        return key(x) < key(y)
      }
    }
    return (0..<count).map { i in Item(kind: order[i % order.count], occurrence: i / order.count) }
  }
}
