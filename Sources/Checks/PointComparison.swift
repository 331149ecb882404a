import Exact
import Language
import Localization

/// Compares two values (numbers, vectors or matrices) at one sampled point.
enum PointComparison {
  enum Outcome {
    /// Equal: exactly, or (for values not both exact) to `bits` of certified precision.
    case agree(exact: Bool, bits: Int?)
    /// Provably different, with how it was decided.
    case differ(DecisionMethod)
    /// Shapes differ (a vector where a number is expected, lengths differ): the shape found and
    /// the shape expected, in both languages.
    case shapeMismatch(given: LocalizedText, expected: LocalizedText)
  }

  static func compare(_ a: Value, _ b: Value, limits: ExactLimits) -> Outcome {
    let (x, y) = (a.entries, b.entries)
    switch (a, b) {
    case (.scalar, .scalar): break
    case (.vector(let u), .vector(let v)) where u.count == v.count: break
    case (.matrix(let m), .matrix(let n)) where m.count == n.count && m.first?.count == n.first?.count: break
    default: return .shapeMismatch(given: a.shapeText, expected: b.shapeText)
    }
    var allExact = true
    var bits: Int?
    for (u, v) in zip(x, y) {
      guard let c = try? RealValue.compare(u, v, limits: limits) else { return .differ(.exact) }
      switch c.order {
      case 0?: if c.method != .exact && c.method != .integerPowers { allExact = false }
      case nil:
        allExact = false
        bits = min(bits ?? Int.max, c.agreementBits ?? 0)
      case _?: return .differ(c.method)
      }
    }
    return .agree(exact: allExact, bits: bits)
  }
}

/// Writes values for feedback: exact forms where exact (`3/2`, `log(5) - 8/5*log(2)`),
/// otherwise a 12-digit decimal marked `≈`.
package enum ValueText {
  package static func describe(_ v: Value) -> String {
    switch v {
    case .scalar(let x): return describe(x)
    case .vector(let xs): return "[" + xs.map(describe).joined(separator: ", ") + "]"
    case .matrix(let m): return "[" + m.map { "[" + $0.map(describe).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }
  }

  package static func describe(_ x: RealValue) -> String {
    switch x {
    case .rational(let q): return q.description
    case .logLinear(let l): return l.description
    case .computed:
      return approximation(x).map { "≈" + $0 } ?? "?"
    }
  }

  /// A decimal with `digits` significant digits from a certified enclosure (for display).
  package static func approximation(_ x: RealValue, digits: Int = 12) -> String? {
    guard let box = try? x.enclosure(precision: 96) else { return nil }
    let (a, b) = box.approximateBounds
    // Huge or infinite ends would make an exact decimal enormous: show binary64 instead.
    guard a.isFinite, b.isFinite, max(abs(a), abs(b)) < 1e300 else { return "\(box.midpoint)" }
    // A value the enclosure cannot tell from zero (`vᵀHv` at a witness, exactly 0 but made of
    // exponentials) is shown as ≈0, not as one end of its tiny enclosure (≈-4.1e-38).
    if a <= 0, b >= 0 { return "0" }
    return box.lower?.decimalString(significantDigits: digits)
  }
}
