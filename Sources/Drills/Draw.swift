import Checks
import Exact
import Sampling

/// Random parameters for drill questions, drawn from a seeded ``RandomSource`` so that the same
/// seed always gives the same numbers.
enum Draw {
  /// `parts` positive integers that add up to `total` (a random composition).
  static func composition(_ r: inout RandomSource, total: Int, parts: Int) -> [Int] {
    precondition(parts >= 1 && total >= parts)
    var cuts = Array(1..<total)
    // Partial Fisher–Yates: the first parts − 1 entries become a uniform sample of cut points.
    for i in 0..<(parts - 1) {
      let j = r.int(in: i...(cuts.count - 1))
      cuts.swapAt(i, j)
    }
    let chosen = cuts.prefix(parts - 1).sorted()
    var out: [Int] = []
    var last = 0
    for c in chosen + [total] {
      out.append(c - last)
      last = c
    }
    return out
  }

  /// A distribution over `symbols` symbols with a small denominator: half the time dyadic
  /// (denominator 8 or 16, so entropies are often rational), otherwise 6, 9, 10 or 12.
  static func distribution(_ r: inout RandomSource, symbols: ClosedRange<Int>) -> [Rational] {
    let n = r.int(in: symbols)
    let dyadic = r.chance(1, in: 2)
    let choices = (dyadic ? [8, 16] : [6, 9, 10, 12]).filter { $0 > n }
    let d = choices[r.int(in: 0...(choices.count - 1))]
    return composition(&r, total: d, parts: n).map { Rational($0, d) }
  }

  /// Positive integer weights, not all equal.
  static func weights(_ r: inout RandomSource, count n: Int, upTo top: Int) -> [Int] {
    while true {
      let w = (0..<n).map { _ in r.int(in: 1...top) }
      if Set(w).count > 1 { return w }
    }
  }

  /// One element of a non-empty array.
  static func element<T>(_ r: inout RandomSource, _ items: [T]) -> T {
    items[r.int(in: 0...(items.count - 1))]
  }
}

/// Text in the answer grammar.
enum Grammar {
  static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
  static func list(_ items: [Rational]) -> String { list(items.map(\.description)) }
  static func matrix(_ rows: [[Rational]]) -> String { list(rows.map { list($0) }) }
  /// `log(w)`, or `0` for `w = 1`.
  static func log(_ w: Int) -> String { w == 1 ? "0" : "log(\(w))" }
}
