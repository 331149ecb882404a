import Exact
import Language

/// Decides whether a relation holds between two values at a point, entrywise for vectors
/// (`p = q` means every entry equal; `p != q` means some entry differs; `<` means every entry).
enum RelationTruth {
  enum Outcome {
    case holds(exact: Bool, bits: Int?)
    case fails
    /// Could not be decided at this input (an enclosure too wide to divide by or take a log of,
    /// even at the precision ceiling). Property runs skip such inputs; checks treat them as fails.
    case undecided
    /// The two sides have shapes that cannot be compared (a vector against a matrix).
    case shapeMismatch
  }

  static func decide(_ lhs: Value, _ op: Relation.Operator, _ rhs: Value, limits: ExactLimits) -> Outcome {
    let xs: [RealValue]
    let ys: [RealValue]
    switch (lhs, rhs) {
    case (.scalar(let x), .scalar(let y)): (xs, ys) = ([x], [y])
    case (.vector(let x), .vector(let y)) where x.count == y.count: (xs, ys) = (x, y)
    case (.vector(let x), .scalar(let y)): (xs, ys) = (x, Array(repeating: y, count: x.count))
    case (.scalar(let x), .vector(let y)): (xs, ys) = (Array(repeating: x, count: y.count), y)
    case (.matrix, .matrix) where lhs.entries.count == rhs.entries.count: (xs, ys) = (lhs.entries, rhs.entries)
    default: return .shapeMismatch
    }
    var exact = true
    var bits: Int?
    var signs: [Int] = []
    // Equal values that are not both exact agree at every precision, so the ceiling for
    // "agree" is kept low; a strict relation, which such agreement would fail, first gets the
    // full precision allowed (a gap of exp(-2400) needs about 3500 bits).
    var strictLimits = ExactLimits.standard
    strictLimits.maxPrecision = max(limits.maxPrecision, ExactLimits.standard.maxPrecision)
    for (x, y) in zip(xs, ys) {
      var c: RealComparison
      do { c = try RealValue.compare(x, y, limits: limits) } catch let error as ArithmeticError {
        if case .undecided = error { return .undecided }
        return .fails
      } catch { return .fails }
      if c.order == nil, op != .equal, op != .lessOrEqual, op != .greaterOrEqual,
        let deeper = try? RealValue.compare(x, y, limits: strictLimits)
      {
        c = deeper
      }
      // Agreement to the precision ceiling counts as equality (reported as certified).
      let s = c.order ?? 0
      if c.order == nil {
        exact = false
        bits = min(bits ?? Int.max, c.agreementBits ?? 0)
      } else if c.method != .exact && c.method != .integerPowers {
        exact = false
      }
      signs.append(s)
    }
    let holds: Bool
    switch op {
    case .equal: holds = signs.allSatisfy { $0 == 0 }
    case .notEqual: holds = signs.contains { $0 != 0 }
    default: holds = signs.allSatisfy { op.holds(forSign: $0) }
    }
    return holds ? .holds(exact: exact, bits: bits) : .fails
  }
}
