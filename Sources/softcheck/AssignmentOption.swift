import ArgumentParser
import Catalogue
import Language
import Localization
import Reports

/// `--assignment FILE`: the course's assignment (Docs/assignment-format.md).
struct AssignmentOption: ParsableArguments {
  @Option(
    name: .customLong("assignment"),
    help: argumentHelp(
      "An assignment file (softcheck-assignment/1): its exercises, fixed totals and per-student numbers.",
      "과제 파일 (softcheck-assignment/1): 그 문제들, 고정된 만점, 학생마다 다른 수.", valueName: "file"))
  var path: String?

  /// Which assignment, as a plain value.
  var source: AssignmentSource { AssignmentSource(path: path) }

  /// ``AssignmentSource/load(_:language:)`` of this command's source.
  func load(_ catalogue: Catalogue, language: DisplayLanguage) throws -> Assignment? {
    try source.load(catalogue, language: language)
  }

  /// ``AssignmentSource/required(_:language:)`` of this command's source.
  func required(_ catalogue: Catalogue, language: DisplayLanguage) throws -> Assignment {
    try source.required(catalogue, language: language)
  }
}

/// The assignment a command marks against, if any: a plain value, so a command parsed without
/// ArgumentParser (``MarkRequest``) reads the same.
struct AssignmentSource: Equatable {
  /// The `--assignment` file, if any.
  var path: String?

  /// The assignment, or `nil` without `--assignment`; a bad file ends the command with status 2
  /// and a located message.
  func load(_ catalogue: Catalogue, language: DisplayLanguage) throws -> Assignment? {
    guard let path else { return nil }
    do {
      return try Assignment.load(path, catalogue: catalogue)
    } catch {
      printError(
        (language == .ko ? "softcheck: 과제 파일 오류: " : "softcheck: assignment file error: ") + error.description(in: language))
      throw ExitCode(2)
    }
  }

  /// The assignment of a command that cannot work without one (gradescope-kit, autograde).
  func required(_ catalogue: Catalogue, language: DisplayLanguage) throws -> Assignment {
    guard let a = try load(catalogue, language: language) else {
      throw ValidationError(language == .ko ? "--assignment가 필요합니다" : "--assignment is required")
    }
    return a
  }
}

extension Assignment {
  /// The usage error for asking to see references of an assignment that hides them.
  func revealRefused(_ language: DisplayLanguage) -> ValidationError {
    ValidationError(
      language == .ko
        ? "과제 \(KoreanParticle.topic.after("'\(id)'")) 기준 답을 보여 주지 않습니다 (reveal: false)"
        : "the assignment '\(id)' does not show reference answers (reveal: false)")
  }

  /// What a report says every student's maximum is.
  var basis: LocalizedText {
    let points = TextReport.points(total)
    return LocalizedText(
      en:
        "Marked as the assignment '\(id)': \(exercises.count) exercises, \(points) points for everyone; a left-out exercise counts as unanswered.",
      ko: "과제 \(KoreanParticle.means.after("'\(id)'")) 채점했습니다: 문제 \(exercises.count)개, 모두 \(points)점 만점이며, 빠진 문제는 답하지 않은 것으로 셉니다."
    )
  }
}

/// `--student ID`: whose variant of an assignment's exercises to use.
struct StudentOption: ParsableArguments {
  @Option(
    name: .customLong("student"),
    help: argumentHelp(
      "With --assignment: the student whose numbers to use (their id, as in the answer file's 'student:').",
      "--assignment와 함께: 이 학생의 수를 씁니다 (답안 파일의 'student:'에 쓰는 id).", valueName: "id"))
  var id: String?

  /// `--student` means nothing without `--assignment`: a usage error.
  func requireAssignment(_ assignment: Assignment?, language: DisplayLanguage) throws {
    if id != nil, assignment == nil {
      throw ValidationError(language == .ko ? "--student는 --assignment와 함께 씁니다" : "--student needs --assignment")
    }
  }

  /// `exercise` as this student gets it in `assignment` (the book's without an assignment with
  /// variants); `--student` without `--assignment` is a usage error.
  func variant(of exercise: Exercise, in assignment: Assignment?, language: DisplayLanguage) throws -> Exercise {
    try requireAssignment(assignment, language: language)
    guard let assignment else { return exercise }
    guard assignment.hasVariants, let seed = assignment.seed, exercise.hasParameters else { return exercise }
    guard let id = id?.trimmed, !id.isEmpty else {
      throw ValidationError(
        language == .ko
          ? "과제 \(KoreanParticle.topic.after("'\(assignment.id)'")) 학생마다 다른 수를 줍니다: --student <id>를 주세요"
          : "the assignment '\(assignment.id)' gives each student their own numbers: pass --student <id>")
    }
    do { return try exercise.variant(seed: seed, student: id) } catch {
      printError("softcheck: " + error.description(in: language))
      throw ExitCode(2)
    }
  }
}
