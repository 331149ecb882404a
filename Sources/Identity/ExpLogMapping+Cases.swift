import Exact

extension ExpLogMapping {
  /// The sign of `d` in this run: a constant's own sign, else a case (d ≥ 0 or d ≤ 0), keyed by
  /// `d` up to sign so that `a - b` and `b - a` share it.
  mutating func sign(of d: RationalFunction) -> Int {
    if let c = d.constant { return c.signum >= 0 ? 1 : -1 }
    let flipped = (d.numerator.leading?.coefficient.signum ?? 1) < 0
    let key = flipped ? -d : d
    let k = cases.choose([key], among: 2)
    let s = (k == 0 ? 1 : -1) * (flipped ? -1 : 1)
    cases.require(s > 0 ? d : -d)
    return s
  }

  /// `|x|`, by cases.
  mutating func magnitude(_ x: RationalFunction) -> RationalFunction {
    sign(of: x) > 0 ? x : -x
  }

  /// `max(a, b)` (or `min`), by cases.
  mutating func extreme(_ a: RationalFunction, _ b: RationalFunction, greatest: Bool) throws(GiveUp) -> RationalFunction {
    let aWins = sign(of: try a - b) > 0
    return aWins == greatest ? a : b
  }

  /// `max(x)` (or `min`) of a vector: one case per entry, that entry at least every other.
  mutating func extreme(of xs: [RationalFunction], greatest: Bool) throws(GiveUp) -> RationalFunction {
    guard !xs.isEmpty else { throw GiveUp("max of an empty vector") }
    if xs.count == 1 { return xs[0] }
    let k = cases.choose(xs + [greatest ? .one : .zero], among: xs.count)
    for j in xs.indices where j != k {
      cases.require(greatest ? try xs[k] - xs[j] : try xs[j] - xs[k])
    }
    return xs[k]
  }
}
