import AnswerDocument
import Catalogue
import Checks
import Exact
import Foundation
import Language
import Localization
import Sampling

/// Marks answer files against a catalogue. Pure: the same text, catalogue and seed always give
/// the same result.
package struct Marker: Sendable {
  package var catalogue: Catalogue
  /// The seed for sampled checks; recorded in every result.
  package var seed: UInt64
  /// Whether results carry the reference answers.
  package var reveal: Bool
  /// When set, sampled parts with this key evaluate only this case (`--replay`).
  package var replay: (key: String, index: Int)?
  /// The work one file and one part may cost (counted, not timed).
  package var budget: WorkBudget = .standard
  /// How many parts of one file are checked at once: more than one when few files are marked
  /// (one submission, watch mode) and cores would otherwise idle. Results, budgets included,
  /// are the same whatever it is (``markAhead(_:)``).
  package var partConcurrency = 1
  /// The assignment being marked: fixed totals, its exercises only, each student's variant.
  package var assignment: Assignment?

  /// How many unknown exercise ids a result lists one by one (the rest are counted), and how
  /// many unknown part ids one exercise lists.
  static let reportedUnknownIDs = 50

  /// The default seed (documented): marking is reproducible unless `--seed` says otherwise.
  package static let defaultSeed: UInt64 = 1

  package init(catalogue: Catalogue, seed: UInt64 = Marker.defaultSeed, reveal: Bool = false) {
    self.catalogue = catalogue
    self.seed = seed
    self.reveal = reveal
  }

  /// Marks a file on disk. Unreadable files give a result with an error, never a throw.
  package func mark(path: String) -> FileResult {
    let fallbackID = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let text: String
    switch BoundedFileRead.bytes(atPath: path, limit: YAMLReader().maxBytes) {
    case .failure(let refusal):
      return invalid(path, id: fallbackID, FileError(line: nil, column: nil, message: refusal.message))
    case .success(let bytes):
      switch AnswerTextDecoding.text(bytes) {
      case .failure(let refusal):
        return invalid(path, id: fallbackID, FileError(line: nil, column: nil, message: refusal.message))
      case .success(let decoded): text = decoded
      }
    }
    return mark(text: text, file: path)
  }

  private func invalid(_ file: String, id: String, _ error: FileError) -> FileResult {
    if let assignment { return unmarked(file, id: id, student: nil, errors: [error], assignment: assignment) }
    return FileResult(file: file, id: id, student: nil, seed: seed, score: 0, max: 0, errors: [error], exercises: [])
  }

  /// Marks the text of an answer file; `file` is used for the result and the default id.
  package func mark(text: String, file: String) -> FileResult {
    FileWork.$current.withValue(WorkMeter(limit: budget.perFile)) { markMetered(text: text, file: file) }
  }

  private func markMetered(text: String, file: String) -> FileResult {
    let fallbackID = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let answerFile: AnswerFile
    do {
      answerFile = try AnswerFile.parse(text)
    } catch {
      return invalid(
        file, id: fallbackID, FileError(line: error.location?.line, column: error.location?.column, message: error.message))
    }
    let errors = answerFile.problems.map { FileError(line: $0.location?.line, column: $0.location?.column, message: $0.message) }
    guard partConcurrency > 1 else { return mark(answerFile, file: file, fallbackID: fallbackID, errors: errors) }
    return markAhead { mark(answerFile, file: file, fallbackID: fallbackID, errors: errors) }
  }

  /// Marks a parsed file, part after part in file order.
  private func mark(_ answerFile: AnswerFile, file: String, fallbackID: String, errors: [FileError]) -> FileResult {
    var errors = errors
    if let assignment {
      return mark(answerFile, file: file, id: answerFile.id ?? fallbackID, errors: errors, assignment: assignment)
    }
    var exercises: [ExerciseResult] = []
    var unknown = 0
    for (key, parts) in answerFile.answers {
      guard let exercise = catalogue.exercise(key.text) else {
        unknown += 1
        // A result stays small whatever the file holds: the first unknown ids are reported
        // one by one, the rest counted.
        guard unknown <= Marker.reportedUnknownIDs else { continue }
        let at = key.location(ofOffset: 0)
        errors.append(FileError(line: at.line, column: at.column, message: catalogue.unknownExercise(key.text)))
        exercises.append(ExerciseResult(id: key.text, score: 0, max: 0, parts: []))
        continue
      }
      exercises.append(mark(exercise, answers: parts ?? []))
    }
    if unknown > Marker.reportedUnknownIDs {
      let more = unknown - Marker.reportedUnknownIDs
      errors.append(FileError(line: nil, column: nil, message: Reason.moreUnknownExercises(more).message))
    }
    let score = exercises.reduce(0) { $0 + $1.score }
    let max = exercises.reduce(0) { $0 + $1.max }
    return FileResult(
      file: file, id: answerFile.id ?? fallbackID, student: answerFile.student, seed: seed,
      score: score, max: max, errors: errors, exercises: exercises)
  }

  /// Marks one exercise: every part gets a result, absent parts `unanswered`, unknown part ids `invalid`.
  package func mark(_ exercise: Exercise, answers: [(part: AnswerNode.ScalarText, answer: AnswerNode)]) -> ExerciseResult {
    var results: [PartResult] = []
    var byID: [String: AnswerNode] = [:]
    for (key, answer) in answers {
      if exercise.part(key.text) == nil {
        // Listed one by one up to a bound, like unknown exercises, so a result stays small.
        guard results.count < Marker.reportedUnknownIDs else { continue }
        let hint = NameSuggestion.hint(for: key.text, among: exercise.parts.map(\.id))
        let parts = exercise.parts.map(\.id).joined(separator: ", ")
        let at = key.location(ofOffset: 0)
        let unknown = Reason.unknownPart(exercise: exercise.id, part: key.text, hint: hint, parts: parts)
        results.append(
          PartResult(
            part: key.text, kind: PartResult.unknownPartKind, verdict: .invalid, score: 0, max: 0, messages: [unknown.message],
            line: at.line, column: at.column, answer: WrittenAnswer(answer)))
        continue
      }
      byID[key.text] = answer
    }
    let marked = exercise.parts.map { mark($0, of: exercise.id, answer: byID[$0.id], variant: exercise.variant.key) }
    results = marked + results
    return ExerciseResult(
      id: exercise.id, score: results.reduce(0) { $0 + $1.score },
      max: exercise.maxPoints, parts: results)
  }

  /// Marks one part; `variant` (``Variant/key``) tells apart the same part of two students' variants.
  package func mark(_ part: Part, of exerciseID: String, answer: AnswerNode?, variant: String = "") -> PartResult {
    // A first pass that only collects the parts to check throws its results away: it must not
    // build a check for an "unanswered" sentence (that built every check on one thread, before
    // the parts were checked on all of them).
    let collecting = AheadRuns.collecting != nil
    guard let answer, !Marker.isBlank(answer) else { return collecting ? Self.collected(part) : unanswered(part) }
    guard let outcome = outcomeInOrder(part, of: exerciseID, answer: answer, variant: variant) else {
      return collecting ? Self.collected(part) : unanswered(part)
    }
    return result(part, answer: answer, outcome: outcome)
  }

  /// What the collecting pass records for a part: nothing anyone reads.
  private static func collected(_ part: Part) -> PartResult {
    PartResult(part: part.id, kind: part.kind, verdict: .unanswered, score: 0, max: part.points, messages: [])
  }

  /// The result of a part left blank.
  func unanswered(_ part: Part) -> PartResult {
    PartResult(
      part: part.id, kind: part.kind, verdict: .unanswered, score: 0, max: part.points,
      messages: [Reason.missing(form: part.answerForm).message],
      reference: reveal ? part.example?.flattenedText : nil)
  }

  /// Runs a part's check (or reuses the outcome of the same answer), under whatever meter is in force.
  func check(_ part: Part, of exerciseID: String, answer: AnswerNode, variant: String) -> CheckOutcome {
    let key = "\(exerciseID)/\(part.id)"
    let context = CheckContext(seed: seed, key: key, replayCase: replay?.key == key ? replay?.index : nil)
    let cacheKey = "\(key)|\(seed)|\(context.replayCase.map(String.init) ?? "-")|\(variant)"
    return OutcomeCache.outcome(key: cacheKey, answer: answer) { part.check.check(answer, context: context) }
  }

  /// A part's result from its check's outcome.
  func result(_ part: Part, answer: AnswerNode, outcome: CheckOutcome) -> PartResult {
    let at = outcome.location ?? answer.location
    return PartResult(
      part: part.id, kind: part.kind, verdict: outcome.verdict,
      score: part.points * outcome.credit, max: part.points, messages: outcome.feedback,
      misconception: outcome.misconception, counterexample: outcome.counterexample, method: outcome.method,
      work: outcome.work, line: at.line, column: at.column, replay: outcome.replay,
      reference: reveal ? (outcome.reference ?? part.example?.flattenedText) : nil,
      answer: WrittenAnswer(
        answer, limit: outcome.verdict == .recorded ? WrittenAnswer.maximumProseCharacters : WrittenAnswer.maximumCharacters))
  }

  /// Runs a part's check under its own meter, sized by the part limit and what the file has
  /// left; a check that ran out is replaced by the too-costly outcome, whatever it returned.
  func metered(_ check: () -> CheckOutcome) -> CheckOutcome {
    let limit = partLimit
    let meter = WorkMeter(limit: limit)
    let outcome = WorkMeter.$current.withValue(meter) { check() }
    return charged(outcome, spent: meter.spent, limit: limit)
  }

  /// What the next part may spend: the part limit, or what the file has left if less.
  var partLimit: Int {
    let left = FileWork.current.map { max(0, $0.limit - $0.spent) } ?? budget.perPart
    return min(budget.perPart, left)
  }

  /// Charges a part's work to the file and gives its outcome, or the too-costly outcome when it
  /// spent more than `limit`.
  func charged(_ outcome: CheckOutcome, spent: Int, limit: Int) -> CheckOutcome {
    FileWork.current?.record(min(spent, limit + 1))
    var charged = spent > limit ? WorkBudget.tooCostly(partLimitReached: limit == budget.perPart) : outcome
    charged.work = min(spent, limit + 1)
    return charged
  }

  static func isBlank(_ node: AnswerNode) -> Bool {
    if case .scalar(let s) = node, s.text.trimmed.isEmpty, !s.quoted { return true }
    return false
  }
}
