import Exact
import Language

/// Draws inputs for a part's variables, deterministically from a seed.
///
/// The first cases are structural points that break common wrong answers: uniform and one-hot
/// distributions, `p = q`, ties `a = b`, zero and equal vectors, extremes. Then come random
/// points: small rationals, sparse and near-degenerate distributions, and log-rational logits.
package struct Sampler: Sendable {
  package var variables: [Variable]
  /// Vector length range.
  package var dimensions: ClosedRange<Int>
  package var seed: UInt64
  /// Identifies the part, so different parts draw different inputs from one seed.
  package var key: String

  package init(variables: [Variable], dimensions: ClosedRange<Int> = 2...6, seed: UInt64, key: String) {
    self.variables = variables
    self.dimensions = dimensions
    self.seed = seed
    self.key = key
  }

  /// How many structural cases come before the random ones.
  package var structuralCount: Int { 6 }

  /// The sample with this index: the same index always gives the same sample.
  package func sample(_ index: Int) -> Sample {
    var rng = RandomSource(seed: seed, key: key, index: index)
    let n = index < structuralCount ? [2, 3, 2, 3, 4, 2][index] : rng.int(in: dimensions)
    var texts: [String: String] = [:]
    var previousSimplex: String?
    var scalarOrdinal = 0
    for v in variables {
      let text: String
      if v.domain == .dimension {
        text = String(n)
      } else if index < structuralCount, v.domain == .real {
        text = Sampler.structuralReals[index][scalarOrdinal % 3]
        scalarOrdinal += 1
      } else if index < structuralCount {
        text = structural(v.domain, n: n, index: index, previousSimplex: previousSimplex, rng: &rng)
      } else {
        text = random(v.domain, n: n, rng: &rng)
      }
      if v.domain == .simplex || v.domain == .openSimplex { previousSimplex = previousSimplex ?? text }
      texts[v.name] = text
    }
    // Every text is in the answer grammar and exact by construction, so evaluation cannot fail.
    return (try? Sample.generated(texts, index: index)) ?? Sample(values: [:], texts: texts, index: index)
  }

  // MARK: - Structural points

  private func structural(_ d: Domain, n: Int, index: Int, previousSimplex: String?, rng: inout RandomSource) -> String {
    switch d {
    case .simplex, .openSimplex:
      // Case 1 sets q = p (the equality case of KL); case 0 is uniform; case 2 one-hot (closed only).
      if index == 1, let p = previousSimplex { return p }
      switch index {
      case 0: return list(Array(repeating: "1/\(n)", count: n))
      case 2 where d == .simplex: return list((0..<n).map { $0 == 0 ? "1" : "0" })
      case 3: return list(dyadic(n))
      default: return random(d, n: n, rng: &rng)
      }
    case .realVector:
      switch index {
      case 0: return list(Array(repeating: "0", count: n))
      case 1: return list(Array(repeating: "1", count: n))  // a tie
      case 2: return list((0..<n).map { $0 == 0 ? "20" : "-20" })  // an extreme gap
      default: return random(d, n: n, rng: &rng)
      }
    case .logits:
      switch index {
      case 0: return list(Array(repeating: "0", count: n))
      case 1: return list((0..<n).map { $0 == 0 ? "log(2)" : "0" })  // softmax = (1/2, 1/4, 1/4)
      case 2: return list((0..<n).map { "log(\($0 + 1))" })
      default: return random(d, n: n, rng: &rng)
      }
    case .real:
      return Sampler.structuralReals[index][0]
    case .positive:
      return ["1", "2", "1/2", "10", "3", "1"][index]
    case .probability:
      // The endpoints, where p·log p and 1/(p(1 − p)) need care, then inner points.
      return ["1/2", "0", "1", "1/4", "9/10", "1/100"][index]
    case .count:
      return ["1", "2", "3", "1", "5", "8"][index]
    case .dimension:
      return String(n)
    }
  }

  /// Structural values of the 1st, 2nd and 3rd real variable: ties first (`a = b`), then
  /// ordered pairs both ways, then an extreme gap (`a − b = 800`, where naive formulas overflow).
  static let structuralReals: [[String]] = [
    ["0", "0", "0"], ["1", "1", "1"], ["1", "0", "2"], ["-1", "1/2", "3"], ["800", "0", "1"], ["1/2", "-3", "2"],
  ]

  private func dyadic(_ n: Int) -> [String] {
    // (1/2, 1/4, ..., 1/2^(n-1), 1/2^(n-1))
    (0..<n).map { i in i < n - 1 ? "1/\(1 << (i + 1))" : "1/\(1 << (n - 1))" }
  }

  // MARK: - Random points

  private func random(_ d: Domain, n: Int, rng: inout RandomSource) -> String {
    switch d {
    case .simplex, .openSimplex:
      // Positive integer weights normalised; in the closed simplex some weights may be zero
      // (sparse points), and occasionally one weight dominates (near-degenerate).
      var weights = (0..<n).map { _ in rng.int(in: 1...9) }
      if d == .simplex, rng.chance(1, in: 3) { weights[rng.int(in: 0...(n - 1))] = 0 }
      if rng.chance(1, in: 4) { weights[rng.int(in: 0...(n - 1))] *= 100 }
      if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
      let total = weights.reduce(0, +)
      return list(weights.map { Rational($0, total).description })
    case .realVector:
      return list((0..<n).map { _ in smallRational(&rng) })
    case .logits:
      if rng.chance(1, in: 2) {
        return list(
          (0..<n).map { _ in
            let w = Rational(rng.int(in: 1...12), rng.int(in: 1...4))
            return w == .one ? "0" : "log(\(w))"
          })
      }
      return list((0..<n).map { _ in smallRational(&rng) })
    case .real:
      return smallRational(&rng)
    case .positive:
      return Rational(rng.int(in: 1...40), rng.int(in: 1...8)).description
    case .probability:
      let den = rng.int(in: 2...20)
      return Rational(rng.int(in: 1...(den - 1)), den).description
    case .count:
      return String(rng.int(in: 1...64))
    case .dimension:
      return String(n)
    }
  }

  /// A rational with small numerator and denominator, sometimes an integer. (Extremes come
  /// from the structural points, so random ones stay where certified decisions are cheap.)
  private func smallRational(_ rng: inout RandomSource) -> String {
    let num = rng.int(in: -20...20)
    let den = rng.chance(1, in: 2) ? 1 : rng.int(in: 2...8)
    return Rational(num, den).description
  }

  private func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
}
