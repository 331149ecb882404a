import Checks
import Exact
import Localization

/// The work one answer file may make softcheck do, counted in ``WorkMeter`` units.
///
/// Each part may spend at most ``perPart``; the whole file at most ``perFile``, and parts are
/// marked in file order, so once a file has spent its budget its remaining parts get
/// ``tooCostly(partLimitReached:)`` at once. Units are counted, not timed: the same file gets the
/// same verdicts on any machine and at any load, and a batch never waits long on one file.
/// The sizes are chosen so that any file up to 1 MiB is marked in well under 2 s on one core
/// (see the instructor guide for the figures).
package struct WorkBudget: Sendable, Hashable {
  /// Units one part may spend.
  package var perPart: Int
  /// Units one file may spend, over all its parts.
  package var perFile: Int

  package init(perPart: Int, perFile: Int) {
    self.perPart = perPart
    self.perFile = perFile
  }

  /// The budget for learners' files.
  package static let standard = WorkBudget(perPart: 5_000_000, perFile: 10_000_000)

  /// The outcome of a part whose check ran out of budget. `partLimitReached` tells whether the
  /// part's own limit stopped it (a costly answer) or what was left of the file's.
  static func tooCostly(partLimitReached: Bool) -> CheckOutcome {
    let message =
      partLimitReached
      ? Message(
        "budget.part-exceeded",
        en: "too costly to decide: this answer needs more work than softcheck allows one answer; simplify the expression",
        ko: "판정하기에 계산량이 너무 많습니다: 이 답은 답 하나에 허용된 계산량을 넘습니다. 식을 간단히 하세요")
      : Message(
        "budget.file-exceeded",
        en: "not decided: earlier answers in this file used up the file's work budget; simplify them",
        ko: "판정하지 않았습니다: 이 파일의 앞선 답들이 파일 하나에 허용된 계산량을 다 썼습니다. 그 답들을 간단히 하세요")
    return CheckOutcome(verdict: .invalid, feedback: [message], method: .budget)
  }
}

/// The meter of the file being marked, so each part's meter can be sized from what is left.
enum FileWork {
  @TaskLocal static var current: WorkMeter?
}
