/// The cases taken at `max`, `min` and `abs`, in the order they are met, and the region they
/// describe (constraints `c ≥ 0`).
///
/// The identity test walks every sequence of choices depth first: a run follows `forced` and
/// takes the first case of any later choice; the next run changes the last choice that has a case
/// left. A choice is remembered by its key (the compared quantity), so `max(x)` met twice, or
/// `max(a, b)` and `abs(a - b)`, take the same case in one run.
package struct CaseChoices: Sendable {
  package struct Choice: Sendable {
    package var taken: Int
    package var count: Int
  }

  /// The choices this run must take, in order.
  package var forced: [Int] = []
  /// The choices taken so far in this run.
  package private(set) var taken: [Choice] = []
  private var memo: [[RationalFunction]: Int] = [:]
  /// Quantities that are ≥ 0 on this run's region.
  package private(set) var constraints: [RationalFunction] = []

  package init(forced: [Int] = []) { self.forced = forced }

  /// The case for `key` among `count`, fixed for the rest of the run.
  mutating func choose(_ key: [RationalFunction], among count: Int) -> Int {
    if let k = memo[key] { return k }
    let k = taken.count < forced.count ? forced[taken.count] : 0
    taken.append(Choice(taken: k, count: count))
    memo[key] = k
    return k
  }

  mutating func require(_ c: RationalFunction) { constraints.append(c) }

  /// The choices of the next run, or nil when every run has been made.
  package var next: [Int]? {
    var choices = taken
    while let last = choices.last, last.taken == last.count - 1 { choices.removeLast() }
    guard let last = choices.popLast() else { return nil }
    return choices.map(\.taken) + [last.taken + 1]
  }
}
