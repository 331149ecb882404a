import AnswerDocument
import Catalogue
import Language
import Localization

extension Marker {
  /// Marks a file in an assignment: every assigned exercise counts (left out, its parts are
  /// unanswered and worth 0), the maximum is the assignment's total for everyone, answers to
  /// other exercises are reported and not counted, and each student gets their own variant.
  func mark(_ answers: AnswerFile, file: String, id: String, errors: [FileError], assignment: Assignment) -> FileResult {
    var errors = errors
    let exercises: [Exercise]
    do {
      exercises = try assignment.exercises(for: answers.student)
    } catch {
      // No id, or (for exercise files of your own) a variant that does not load.
      let noStudent = answers.student?.trimmed.isEmpty ?? true
      errors.append(
        FileError(
          line: nil, column: nil,
          message: Message(
            noStudent ? "answers.no-student" : "assignment.variant-error",
            noStudent ? error.message : LocalizedText(en: error.description(in: .en), ko: error.description(in: .ko)))))
      return unmarked(file, id: id, student: answers.student, errors: errors, assignment: assignment)
    }
    var byID: [String: [(part: AnswerNode.ScalarText, answer: AnswerNode)]] = [:]
    for (key, parts) in answers.answers {
      let at = key.location(ofOffset: 0)
      if assignment.contains(key.text) {
        byID[key.text] = parts ?? []
      } else if catalogue.exercise(key.text) == nil {
        errors.append(FileError(line: at.line, column: at.column, message: catalogue.unknownExercise(key.text)))
      } else {
        let outside = Reason.outsideAssignment(exercise: key.text, assignment: assignment.id)
        errors.append(FileError(line: at.line, column: at.column, message: outside.message))
      }
    }
    let results = exercises.map { e in
      var r = mark(e, answers: byID[e.id] ?? [])
      (r.score, r.max) = (Exercise.tidy(r.score), Exercise.tidy(r.max))
      return r
    }
    return FileResult(
      file: file, id: id, student: answers.student, seed: seed, score: Exercise.tidy(results.reduce(0) { $0 + $1.score }),
      max: assignment.total, errors: errors, exercises: results)
  }

  /// A file that could not be marked, in an assignment: every assigned part unanswered, score 0
  /// of the assignment's total (so every student has the same maximum and every part a line).
  func unmarked(_ file: String, id: String, student: String?, errors: [FileError], assignment: Assignment) -> FileResult {
    FileResult(
      file: file, id: id, student: student, seed: seed, score: 0, max: assignment.total, errors: errors,
      exercises: assignment.exercises.map { mark($0, answers: []) })
  }
}
