import Exact
import Language

/// Shrinks a failing sample toward a small, simple one, as Hypothesis does: fewer dimensions
/// first, then simpler values (uniform, one-hot, zeros, small integers), keeping only changes
/// after which the answer still fails. Deterministic, and bounded by ``budget`` evaluations.
package struct Shrinker {
  package var variables: [Variable]
  package var minimumDimension: Int
  /// Most candidate evaluations.
  package var budget = 150

  package init(variables: [Variable], minimumDimension: Int) {
    self.variables = variables
    self.minimumDimension = minimumDimension
  }

  /// The simplest failing sample reachable from `start`.
  package func shrink(_ start: Sample, fails: (Sample) -> Bool) -> Sample {
    var best = start
    var calls = 0
    var improved = true
    while improved && calls < budget {
      improved = false
      for candidate in candidates(best) where calls < budget {
        guard Shrinker.measure(candidate) < Shrinker.measure(best) else { continue }
        calls += 1
        if fails(candidate) {
          best = candidate
          improved = true
          break
        }
      }
    }
    return best
  }

  /// Dimension first, then total text length: `[1/2, 1/2]` beats `[3/7, 4/7]` beats any 3-vector.
  static func measure(_ s: Sample) -> (Int, Int) {
    let dimension = s.texts.values.map { items(of: $0)?.count ?? 0 }.max() ?? 0
    return (dimension, s.complexity)
  }

  static func items(of text: String) -> [String]? {
    guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
    let inner = text.dropFirst().dropLast()
    return inner.isEmpty ? [] : inner.split(separator: ",").map { $0.trimmed }
  }

  private static func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

  /// Candidate simplifications of `s`, most aggressive first.
  func candidates(_ s: Sample) -> [Sample] {
    var out: [[String: String]] = []
    let dimension = s.texts.values.compactMap { Shrinker.items(of: $0)?.count }.max()
    // 1. Fewer dimensions: every vector variable cut to its first k entries (renormalised).
    if let n = dimension, n > minimumDimension {
      for k in minimumDimension..<n {
        var t = s.texts
        for v in variables where v.domain.isVector {
          guard let items = Shrinker.items(of: s.texts[v.name] ?? "") else { continue }
          t[v.name] = Shrinker.project(Array(items.prefix(k)), v.domain)
        }
        for v in variables where v.domain == .dimension { t[v.name] = String(k) }
        out.append(t)
      }
    }
    // 2. One variable replaced by a simple value of the same dimension.
    for v in variables {
      let n = Shrinker.items(of: s.texts[v.name] ?? "")?.count ?? 0
      for simple in Shrinker.simpleValues(v.domain, n: n) where simple != s.texts[v.name] {
        var t = s.texts
        t[v.name] = simple
        out.append(t)
      }
    }
    // 3. One entry of a vector simplified (real vectors and logits only: simplex entries are coupled).
    for v in variables where v.domain == .realVector || v.domain == .logits {
      guard let items = Shrinker.items(of: s.texts[v.name] ?? "") else { continue }
      for i in items.indices {
        for simple in ["0", "1", "-1", "2"] where items[i] != simple {
          var changed = items
          changed[i] = simple
          var t = s.texts
          t[v.name] = Shrinker.list(changed)
          out.append(t)
        }
      }
    }
    return out.compactMap { try? Sample.written($0, index: s.index) }
  }

  /// The first `k` entries of a vector, renormalised for simplex domains.
  static func project(_ items: [String], _ domain: Domain) -> String {
    guard domain == .simplex || domain == .openSimplex else { return list(items) }
    let values = items.compactMap { try? Rational(parsing: $0) }
    let total = values.reduce(Rational.zero, +)
    guard values.count == items.count, total.signum > 0 else {
      return list(Array(repeating: "1/\(items.count)", count: items.count))
    }
    return list(values.map { ((try? $0 / total) ?? .zero).description })
  }

  /// Simple values of a domain, in order of simplicity.
  static func simpleValues(_ d: Domain, n: Int) -> [String] {
    switch d {
    case .simplex, .openSimplex:
      guard n >= 2 else { return [] }
      var out = [list(Array(repeating: "1/\(n)", count: n))]
      if d == .simplex { out.append(list((0..<n).map { $0 == 0 ? "1" : "0" })) }
      out.append(list((0..<n).map { i in i < n - 1 ? "1/\(1 << (i + 1))" : "1/\(1 << (n - 1))" }))
      return out
    case .realVector:
      return [
        list(Array(repeating: "0", count: n)), list((0..<n).map { $0 == 0 ? "1" : "0" }), list(Array(repeating: "1", count: n)),
      ]
    case .logits:
      return [
        list(Array(repeating: "0", count: n)), list((0..<n).map { $0 == 0 ? "log(2)" : "0" }),
        list((0..<n).map { $0 == 0 ? "1" : "0" }),
      ]
    case .real: return ["0", "1", "-1", "2", "1/2"]
    case .positive: return ["1", "2", "1/2"]
    case .probability: return ["1/2", "0", "1"]
    case .count: return ["1", "2"]
    case .dimension: return []
    }
  }
}
