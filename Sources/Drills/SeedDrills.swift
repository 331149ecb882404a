import Catalogue
import Checks
import Foundation
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
      let promptCarriesNumbers = varied.prompt != part.prompt
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
        // A prompt that changes with the variant carries its numbers (seed-numerics' do); one that
        // does not needs the statement, where they are.
        let prompt = promptCarriesNumbers ? drawn.prompt : inContext(variant.statement, drawn.prompt)
        return DrillQuestion(
          kind: id, prompt: prompt, hints: drawn.hints, check: drawn.check,
          example: example, key: id)
      }
    }
  }

  /// The variant's statement, then the part's question: a drawn variant's numbers (the source
  /// p, the number of classes) are in the exercise's statement, not in its parts' prompts, and a
  /// question without them cannot be answered. Lines are indented as the runner indents the first; an empty line sets the question apart.
  static func inContext(_ statement: LocalizedText, _ prompt: LocalizedText) -> LocalizedText {
    func joined(_ statement: String, _ prompt: String) -> String {
      let text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
      let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n  ") + "\n\n  " + prompt
    }
    return LocalizedText(en: joined(statement.en, prompt.en), ko: joined(statement.ko, prompt.ko))
  }
}
