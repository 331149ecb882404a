import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// One exercise of the catalogue, as loaded from its data file in `Exercises/`.
package struct Exercise: Sendable, Identifiable {
  /// The stable id (`dyadic-code`): answer files and reports key on it.
  package var id: String
  package var title: LocalizedText
  /// Where the exercise comes from (book section, seed).
  package var source: LocalizedText?
  /// The statement.
  package var statement: LocalizedText
  package var parts: [Part]
  /// The chapter's own claims behind this exercise (read when first asked for in a shipped
  /// file).
  var claimSlot = ClaimSlot(read: [])
  /// The numbers that change from student to student (`parameters:`); empty when they are fixed.
  package var parameters: [ExerciseParameter] = []
  /// Which values this copy of the exercise uses (the book's unless it was drawn for a student).
  package var variant: Variant = .book
  /// The file's text with its placeholders, the file's name, and the kinds and reading it was
  /// read with, to build other variants.
  var definition: ExerciseDefinition?

  /// The chapter's own claims behind this exercise, checked by `softcheck props`. A shipped file's
  /// are read when first asked for, so a mistake in them (which the tests rule out) is told here.
  package var claims: [Claim] {
    get throws(CatalogueError) { try claimSlot.claims }
  }

  /// The points of all parts.
  package var maxPoints: Double { parts.reduce(0) { $0 + $1.points } }

  /// The part with this id.
  package func part(_ id: String) -> Part? { parts.first { $0.id == id } }
}

/// A claim the chapter makes, as a relation over sampled inputs (`kl(p, q) >= 0`).
package struct Claim: Sendable, Identifiable {
  package var id: String
  /// The claim in words, as the chapter states it.
  package var statement: LocalizedText
  package var check: PropertyCheck
}

/// One part of an exercise: what is asked, how it is checked, and what it is worth.
package struct Part: Sendable, Identifiable {
  package var id: String
  /// What the learner is asked, in one or two sentences.
  package var prompt: LocalizedText
  /// Points for a correct answer (`text` parts have none).
  package var points: Double
  /// Hints, shown on request.
  package var hints: [LocalizedText]
  /// The file's `answer-form`, when it gives one.
  var explicitAnswerForm: LocalizedText?
  /// The part's kind, configured by its fields (built when first needed for a shipped file).
  let slot: PartCheckSlot
  /// A correct answer as a learner would write it (the file's `example:`): shown by `--reveal`
  /// and marked by the tests, so every shipped part is known to accept its own reference.
  package var example: AnswerNode?
  /// The answer kind, as named in the catalogue (`value`, `code`, `text`, …) and in results.
  package let kind: String

  /// What `template` writes as an example of the expected form (never the answer).
  package var answerForm: LocalizedText { explicitAnswerForm ?? check.answerForm }
  /// The part's kind, configured by its fields: it judges answers.
  package var check: any CheckKind { slot.check }
  /// Whether ``check`` has been built yet (a shipped part's is built when first needed).
  package var isCheckBuilt: Bool { slot.isBuilt }
  /// The unit of a numeric answer, if it has one.
  package var unit: Unit? { check.unit }
}
