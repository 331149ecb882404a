/// The image of a value of the answer grammar: a number, a vector or a matrix of rational
/// functions, with numpy's broadcasting (as ``Language/Evaluator`` does it).
package enum IdentityValue: Hashable, Sendable {
  case scalar(RationalFunction)
  case vector([RationalFunction])
  case matrix([[RationalFunction]])

  /// All entries, row by row.
  package var entries: [RationalFunction] {
    switch self {
    case .scalar(let x): return [x]
    case .vector(let v): return v
    case .matrix(let m): return m.flatMap { $0 }
    }
  }

  /// Rows and columns (a vector is one row, a number neither), to compare shapes.
  package var shape: [Int] {
    switch self {
    case .scalar: return []
    case .vector(let v): return [v.count]
    case .matrix(let m): return [m.count, m.first?.count ?? 0]
    }
  }

  /// `f` applied to every entry.
  func map(_ f: (RationalFunction) throws(GiveUp) -> RationalFunction) throws(GiveUp) -> IdentityValue {
    switch self {
    case .scalar(let x): return .scalar(try f(x))
    case .vector(let v): return .vector(try IdentityValue.each(v, f))
    case .matrix(let m):
      var rows: [[RationalFunction]] = []
      for r in m { rows.append(try IdentityValue.each(r, f)) }
      return .matrix(rows)
    }
  }

  static func each(
    _ xs: [RationalFunction], _ f: (RationalFunction) throws(GiveUp) -> RationalFunction
  ) throws(GiveUp) -> [RationalFunction] {
    var out: [RationalFunction] = []
    out.reserveCapacity(xs.count)
    for x in xs { out.append(try f(x)) }
    return out
  }

  /// `f` entry by entry, a number broadcast over a vector or matrix; other shape pairs give up
  /// (the sampled check reports them).
  static func zip(
    _ a: IdentityValue, _ b: IdentityValue,
    _ f: (RationalFunction, RationalFunction) throws(GiveUp) -> RationalFunction
  ) throws(GiveUp) -> IdentityValue {
    switch (a, b) {
    case (.scalar(let x), _): return try b.map { y throws(GiveUp) in try f(x, y) }
    case (_, .scalar(let y)): return try a.map { x throws(GiveUp) in try f(x, y) }
    case (.vector(let xs), .vector(let ys)) where xs.count == ys.count:
      var out: [RationalFunction] = []
      for (x, y) in Swift.zip(xs, ys) { out.append(try f(x, y)) }
      return .vector(out)
    case (.matrix(let m), .matrix(let n)) where a.shape == b.shape:
      var rows: [[RationalFunction]] = []
      for (r, s) in Swift.zip(m, n) {
        var row: [RationalFunction] = []
        for (x, y) in Swift.zip(r, s) { row.append(try f(x, y)) }
        rows.append(row)
      }
      return .matrix(rows)
    default: throw GiveUp("shapes do not match")
    }
  }
}
