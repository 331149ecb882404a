/// A variable of the expressions under test and the set it ranges over (the identity test's
/// view of a part's domain: which variables are vectors, which are never negative).
package struct IdentityVariable: Hashable, Sendable {
  package enum Kind: Hashable, Sendable {
    /// Any real number.
    case real
    /// A real number > 0.
    case positive
    /// A real number in [0, 1].
    case unitInterval
    /// A count (a positive integer).
    case count
    /// The vectors' length `n` (a constant in each tested dimension).
    case dimension
    /// A real vector.
    case realVector
    /// A probability vector: entries ≥ 0 (> 0 when `open`) summing to 1; its last entry is 1
    /// minus the others.
    case simplex(open: Bool)

    /// The kind in a cache key: written out, since printing an enum goes through reflection.
    var keyText: String {
      switch self {
      case .real: "real"
      case .positive: "positive"
      case .unitInterval: "unit-interval"
      case .count: "count"
      case .dimension: "dimension"
      case .realVector: "real-vector"
      case .simplex(let open): open ? "open-simplex" : "simplex"
      }
    }

    var isVector: Bool {
      switch self {
      case .realVector, .simplex: return true
      default: return false
      }
    }

    /// Whether every value (every entry) is ≥ 0.
    var isNonnegative: Bool {
      switch self {
      case .positive, .unitInterval, .count, .dimension, .simplex: return true
      case .real, .realVector: return false
      }
    }
  }

  package var name: String
  package var kind: Kind

  package init(name: String, kind: Kind) {
    self.name = name
    self.kind = kind
  }
}
