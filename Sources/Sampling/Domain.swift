/// Where a part's variable lives, which decides how it is sampled.
package enum Domain: String, Sendable, Hashable, CaseIterable {
  /// Any real number (sampled as small rationals, with ties and extremes).
  case real
  /// A real number > 0.
  case positive
  /// One probability: a real number from 0 to 1 (a Bernoulli parameter, a sigmoid output).
  case probability
  /// A probability vector: entries ≥ 0 summing to 1.
  case simplex
  /// A probability vector with every entry > 0 (for claims that divide by `p`).
  case openSimplex = "open-simplex"
  /// A real vector.
  case realVector = "real-vector"
  /// Logits: real vectors, half of them of the form `log(w)` with rational `w > 0`, so that
  /// softmax, gradients and Hessians are exact rationals.
  case logits
  /// An integer from 1 to 64 (block lengths, counts).
  case count
  /// The length of the part's vectors in each sample (`n` in `log(n)/λ`).
  case dimension

  /// Whether the variable is a vector (its length is the part's dimension `n`).
  package var isVector: Bool {
    switch self {
    case .simplex, .openSimplex, .realVector, .logits: return true
    case .real, .positive, .probability, .count, .dimension: return false
    }
  }
}

/// A variable of a part, with its domain.
package struct Variable: Sendable, Hashable {
  package var name: String
  package var domain: Domain
  package init(name: String, domain: Domain) {
    self.name = name
    self.domain = domain
  }
}
