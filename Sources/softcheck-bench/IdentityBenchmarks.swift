import AnswerDocument
import Catalogue
import Checks
import Identity
import Sampling

/// The identity test on the shipped formula parts: each part's example against its reference
/// (the decision alone; the reference is mapped once per process, as in marking a class, so
/// this is the cost of each later answer), and whole formula checks with a new seed each time
/// (cold: nothing cached by an earlier run is reused, mapped references included).
enum IdentityBenchmarks {
  /// Every formula part of the shipped exercises (book variants) with its example.
  static let parts: [(name: String, check: FormulaCheck, example: AnswerNode)] = MarkingBenchmarks.catalogue.exercises.flatMap {
    e in
    e.parts.compactMap { p in
      guard let f = p.check as? FormulaKind, let example = p.example else { return nil }
      return ("\(e.id).\(p.id)", f.check, example)
    }
  }

  static let seeds = SeedCounter()

  static let all: [Benchmark] =
    parts.map { part in
      Benchmark("identity.decide.\(part.name)", iterations: 50) { n in
        var equal = 0
        for _ in 0..<n {
          let context = CheckContext(seed: seeds.next(), key: part.name)
          if case .equal? = part.check.identityVerdict(part.example, context: context) { equal += 1 }
        }
        return Double(equal)
      }
    } + [
      Benchmark("identity.decide.all-shipped-formula-parts", iterations: 5) { n in
        var equal = 0
        for _ in 0..<n {
          for part in parts {
            let context = CheckContext(seed: seeds.next(), key: part.name)
            if case .equal? = part.check.identityVerdict(part.example, context: context) { equal += 1 }
          }
        }
        return Double(equal)
      },
      coldChecks("check.formula.all-shipped-formula-parts.cold", identity: true),
      coldChecks("check.formula.all-shipped-formula-parts.cold.sampled-only", identity: false),
    ]

  /// Every shipped formula part's example checked once with a new seed, with or without the
  /// identity test first.
  static func coldChecks(_ name: String, identity: Bool) -> Benchmark {
    Benchmark(name, iterations: 3) { n in
      var correct = 0
      for _ in 0..<n {
        for part in parts {
          ReferenceCache.removeAll()
          var check = part.check
          check.triesIdentity = identity
          if check.check(part.example, context: CheckContext(seed: seeds.next(), key: part.name)).verdict == .correct {
            correct += 1
          }
        }
      }
      return Double(correct)
    }
  }
}
