import Catalogue
import Checks
import Localization

/// (h) The seeds' numeric drills, as fixed questions: the value, vector and matrix parts of the
/// catalogue's `seed-numerics` exercise (sigmoid(0.2), softmax([0.2, 1.5, -2]), the
/// cross-entropy of [0, 0, 1] against [0.2, 0.1, 0.7], …), with the exercise's own prompts,
/// hints, checks and misconceptions.
enum SeedDrills {
  static func kinds(from exercise: Exercise) -> [DrillKind] {
    exercise.parts.compactMap { part -> DrillKind? in
      guard ["value", "vector", "matrix"].contains(part.kind), let example = part.example?.flattenedText else { return nil }
      let id = "\(exercise.id)/\(part.id)"
      let question = DrillQuestion(kind: id, prompt: part.prompt, hints: part.hints, check: part.check,
                                   example: example, key: id)
      return DrillKind(id: id, title: LocalizedText(en: "Seed drill: \(part.id)", ko: "계산 연습: \(part.id)"), exercises: [exercise.id], isFixed: true) { _ in question }
    }
  }
}
