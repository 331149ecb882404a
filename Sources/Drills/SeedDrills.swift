import Catalogue
import Checks
import Localization

/// (h) The exercises' own numeric drills: the value, vector and matrix parts of the catalogue's
/// `seed-numerics` exercise (sigmoid(0.2), softmax([0.2, 1.5, -2]), the cross-entropy of
/// [0, 0, 1] against [0.2, 0.1, 0.7], …) and of every exercise with `parameters:`, with the
/// exercise's own prompts, hints, checks and misconceptions. An exercise with parameters draws a
/// fresh variant for each question (the same parameters an assignment draws from); one without
/// asks its fixed question.
enum SeedDrills {
  static func kinds(from exercise: Exercise) -> [DrillKind] {
    let other =
      exercise.hasParameters
      ? try? exercise.variant(
        Variant(
          choices: Dictionary(
            uniqueKeysWithValues: exercise.parameters.map { ($0.name, $0.values.count - 1) }))) : nil
    return exercise.parts.compactMap { part -> DrillKind? in
      guard type(of: part.check).isNumericDrill, let example = part.example?.flattenedText else { return nil }
      let id = "\(exercise.id)/\(part.id)"
      let title =
        exercise.id == "seed-numerics"
        ? LocalizedText(en: "Seed drill: \(part.id)", ko: "계산 연습: \(part.id)")
        : LocalizedText(en: "Exercise drill: \(part.id)", ko: "문제 연습: \(part.id)")
      guard let other, let varied = other.part(part.id), varied.prompt != part.prompt || varied.example?.flattenedText != example
      else {
        // Fixed numbers: only seed-numerics' parts are drills then.
        guard exercise.id == "seed-numerics" else { return nil }
        let question = DrillQuestion(
          kind: id, prompt: part.prompt, hints: part.hints, check: part.check, example: example, key: id)
        return DrillKind(id: id, title: title, exercises: [exercise.id], isFixed: true) { _ in question }
      }
      return DrillKind(id: id, title: title, exercises: [exercise.id]) { random in
        var choices: [String: Int] = [:]
        for p in exercise.parameters { choices[p.name] = random.int(in: 0...(p.values.count - 1)) }
        let variant = try exercise.variant(Variant(choices: choices))
        guard let drawn = variant.part(part.id), let example = drawn.example?.flattenedText else {
          throw DrillError.cannotMake(
            id,
            because: LocalizedText(
              en: "no part '\(part.id)' in a variant of \(exercise.id)",
              ko: "\(exercise.id)의 변형에 '\(part.id)' 문항이 없습니다"))
        }
        return DrillQuestion(kind: id, prompt: drawn.prompt, hints: drawn.hints, check: drawn.check, example: example, key: id)
      }
    }
  }
}
