import Catalogue
import Language
import Localization

extension ManualPoints {
  /// The results with every grade applied: the part's score (and, when `worth` names it, its
  /// maximum) set by hand and marked `manual`, totals recomputed. Fails on the first grade that
  /// names no learner or no written part, or gives more than the part is worth.
  package func apply(to results: [FileResult]) throws(Failure) -> [FileResult] {
    var results = results
    for grade in grades {
      let matching = results.indices.filter { results[$0].id == grade.learner }
      guard !matching.isEmpty else {
        throw Failure(location: grade.location, message: Problem.unknownLearner(grade.learner).message)
      }
      for k in matching { try apply(grade, to: &results[k]) }
    }
    return results
  }

  /// Points as people write them: `2`, `1.5`.
  static func points(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }

  private func apply(_ grade: Grade, to result: inout FileResult) throws(Failure) {
    for e in result.exercises.indices {
      for p in result.exercises[e].parts.indices
      where "\(result.exercises[e].id)/\(result.exercises[e].parts[p].part)" == grade.part {
        var part = result.exercises[e].parts[p]
        guard CheckKinds.isMarkedByHand(part.kind) else {
          throw Failure(location: grade.location, message: Problem.notWritten(part: grade.part).message)
        }
        let max = worth[grade.part] ?? part.max
        guard grade.points <= max else {
          let tooMany = Problem.tooManyPoints(Self.points(grade.points), part: grade.part, worth: Self.points(max))
          throw Failure(location: grade.location, message: tooMany.message)
        }
        result.exercises[e].score += grade.points - part.score
        result.exercises[e].max += max - part.max
        result.score += grade.points - part.score
        result.max += max - part.max
        (part.score, part.max, part.manual, part.note) = (grade.points, max, true, grade.note)
        result.exercises[e].parts[p] = part
        return
      }
    }
    throw Failure(location: grade.location, message: Problem.unknownPart(learner: grade.learner, part: grade.part).message)
  }
}
