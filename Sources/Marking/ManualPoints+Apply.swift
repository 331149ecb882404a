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
        throw Failure(location: grade.location, message: Message("manual.unknown-learner",
          en: "no file has the learner id '\(grade.learner)'", ko: "학생 id가 '\(grade.learner)'인 파일이 없습니다"))
      }
      for k in matching { try apply(grade, to: &results[k]) }
    }
    return results
  }

  /// Points as people write them: `2`, `1.5`.
  static func points(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }

  private func apply(_ grade: Grade, to result: inout FileResult) throws(Failure) {
    for e in result.exercises.indices {
      for p in result.exercises[e].parts.indices where "\(result.exercises[e].id)/\(result.exercises[e].parts[p].part)" == grade.part {
        var part = result.exercises[e].parts[p]
        guard CheckKinds.isMarkedByHand(part.kind) else {
          throw Failure(location: grade.location, message: Message("manual.not-written",
            en: "'\(grade.part)' is not a written (text) part; points by hand are for written answers",
            ko: "\(KoreanParticle.topic.after("'\(grade.part)'")) 서술형(text) 소문항이 아닙니다. 손으로 주는 점수는 서술형 답에만 줍니다"))
        }
        let max = worth[grade.part] ?? part.max
        guard grade.points <= max else {
          throw Failure(location: grade.location, message: Message("manual.too-many-points",
            en: "\(Self.points(grade.points)) is more than '\(grade.part)' is worth (\(Self.points(max))); set it under 'worth:'",
            ko: "\(Self.points(grade.points))점은 '\(grade.part)'의 배점(\(Self.points(max)))보다 큽니다. 배점은 'worth:'에 씁니다"))
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
    throw Failure(location: grade.location, message: Message("manual.unknown-part",
      en: "learner '\(grade.learner)' has no part '\(grade.part)' (write exercise/part)",
      ko: "학생 '\(grade.learner)'에게는 '\(grade.part)' 소문항이 없습니다 (문제/소문항 꼴로 씁니다)"))
  }
}
