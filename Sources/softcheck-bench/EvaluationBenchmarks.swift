import AnswerDocument
import Checks
import Exact
import Language
import Sampling

/// Evaluating the expressions of every shipped formula part (its reference, its misconceptions
/// written as formulas and its example) at 64 sampled points: by the tree walk, one expression
/// at a time, and compiled together into one program (shared subexpressions once a point,
/// constants once a run). Cold compiles each time; warm compiles once per process, as marking
/// a class does. The points are drawn before timing.
enum EvaluationBenchmarks {
  struct Part {
    var expressions: [Expression]
    var variables: [String]
    var points: [[String: Value]]
  }

  static let parts: [Part] = IdentityBenchmarks.parts.map { part in
    let f = part.check
    var expressions = [f.reference]
    for m in f.misconceptions { if case .expression(let e, _) = m.match { expressions.append(e) } }
    if case .scalar(let s) = part.example, let e = try? Parser.expression(s.text) { expressions.append(e) }
    let sampler = Sampler(variables: f.variables, dimensions: f.dimensions, seed: 1, key: part.name)
    return Part(
      expressions: expressions, variables: f.variables.map(\.name), points: (0..<64).map { sampler.sample($0).values })
  }

  static let programs = parts.map { Program($0.expressions, variables: $0.variables) }

  /// The references alone: nothing shared between expressions, so the cost of running a
  /// program against walking the tree.
  static let references = parts.map { Part(expressions: [$0.expressions[0]], variables: $0.variables, points: $0.points) }
  static let referencePrograms = references.map { Program($0.expressions, variables: $0.variables) }

  static let all: [Benchmark] = [
    treeWalk("eval.shipped-formula-parts.tree-walk", parts),
    compiled("eval.shipped-formula-parts.compiled.cold", parts, programs: nil),
    compiled("eval.shipped-formula-parts.compiled.warm", parts, programs: programs),
    treeWalk("eval.shipped-references.tree-walk", references),
    compiled("eval.shipped-references.compiled.warm", references, programs: referencePrograms),
  ]

  static func treeWalk(_ name: String, _ parts: [Part]) -> Benchmark {
    Benchmark(name, iterations: 3) { n in
      var values = 0
      for _ in 0..<n {
        for part in parts {
          for point in part.points {
            for e in part.expressions {
              var evaluator = Evaluator(variables: point)
              if (try? evaluator.evaluate(e)) != nil { values += 1 }
            }
          }
        }
      }
      return Double(values)
    }
  }

  /// Cold when `programs` is nil (each part compiled in the timed loop).
  static func compiled(_ name: String, _ parts: [Part], programs: [Program]?) -> Benchmark {
    Benchmark(name, iterations: 3) { n in
      var values = 0
      for _ in 0..<n {
        for (k, part) in parts.enumerated() {
          var run = ProgramRun(programs?[k] ?? Program(part.expressions, variables: part.variables), limits: .standard)
          for (i, point) in part.points.enumerated() {
            for root in part.expressions.indices {
              if case .success = run.evaluate(root, at: point, point: i) { values += 1 }
            }
          }
        }
      }
      return Double(values)
    }
  }
}
