import Localization

/// A learner's drill progress: one Leitner box per question kind.
///
/// A kind starts in box 1. A correct answer without hints moves it up one box (at most
/// ``DrillProgress/boxes``); a wrong answer or a skip sends it back to box 1; a partial answer,
/// or a correct one after a hint, leaves it where it is. A kind in box `b` is due again
/// `2^(b−1)` runs after it was last asked, so missed kinds come back at once and known ones
/// rarely.
package struct DrillProgress: Codable, Sendable, Equatable {
  /// The file format's name and version.
  package static let formatName = "softcheck-progress/1"
  /// The highest box.
  package static let boxes = 5

  package var format: String = DrillProgress.formatName
  /// How many drill runs have recorded an answer.
  package var sessions: Int = 0
  /// Progress per kind id.
  package var kinds: [String: KindRecord] = [:]

  package init() {}

  /// Progress on one kind.
  package struct KindRecord: Codable, Sendable, Equatable {
    /// The Leitner box, 1 to ``DrillProgress/boxes``.
    package var box: Int = 1
    /// The run (``DrillProgress/sessions``) in which the kind was last asked.
    package var lastSession: Int = 0
    package var asked: Int = 0
    package var correct: Int = 0
    package var partial: Int = 0
    package var incorrect: Int = 0
    package var skipped: Int = 0
    /// Questions answered after asking for a hint.
    package var hinted: Int = 0

    package init() {}
  }

  /// How a question ended, for the record.
  package enum Result: String, Sendable, Codable {
    case correct, partial, incorrect, skipped
  }

  /// Runs between two questions of a kind in box `box`.
  package static func interval(box: Int) -> Int { 1 << (max(1, min(box, boxes)) - 1) }

  /// Whether a kind is due in run `session`: never asked, or asked at least its box's interval ago.
  package func isDue(_ kind: String, session: Int) -> Bool {
    guard let r = kinds[kind], r.asked > 0 else { return true }
    return session - r.lastSession >= DrillProgress.interval(box: r.box)
  }

  /// The box of a kind (1 for a kind never asked).
  package func box(_ kind: String) -> Int { kinds[kind]?.box ?? 1 }

  /// Records the first answer to a question of `kind` in run `session`.
  package mutating func record(_ kind: String, _ result: Result, hinted: Bool, session: Int) {
    var r = kinds[kind] ?? KindRecord()
    r.asked += 1
    r.lastSession = session
    if hinted { r.hinted += 1 }
    switch result {
    case .correct:
      r.correct += 1
      if !hinted { r.box = min(r.box + 1, DrillProgress.boxes) }
    case .partial:
      r.partial += 1
    case .incorrect:
      r.incorrect += 1
      r.box = 1
    case .skipped:
      r.skipped += 1
      r.box = 1
    }
    kinds[kind] = r
    sessions = max(sessions, session)
  }

  /// Why a decoded file is not usable, or `nil` when it is.
  package var problem: Message? {
    guard format == DrillProgress.formatName else {
      return Message(
        "progress.unknown-format",
        en: "unknown format '\(format)' (expected \(DrillProgress.formatName))",
        ko: "알 수 없는 형식 '\(format)'입니다 (\(DrillProgress.formatName)이어야 합니다)")
    }
    guard sessions >= 0 else {
      return Message("progress.negative-sessions", en: "a negative number of sessions", ko: "실행 횟수가 음수입니다")
    }
    for (id, r) in kinds.sorted(by: { $0.key < $1.key }) {
      guard (1...DrillProgress.boxes).contains(r.box) else {
        return Message(
          "progress.box-out-of-range",
          en: "kind '\(id)' is in box \(r.box), not 1 to \(DrillProgress.boxes)",
          ko: "'\(id)' 종류가 \(r.box)번 상자에 있습니다 (1에서 \(DrillProgress.boxes) 사이여야 합니다)")
      }
      guard [r.asked, r.correct, r.partial, r.incorrect, r.skipped, r.hinted, r.lastSession].allSatisfy({ $0 >= 0 }),
        r.correct + r.partial + r.incorrect + r.skipped == r.asked
      else {
        return Message(
          "progress.counts-inconsistent",
          en: "the counts of kind '\(id)' do not add up",
          ko: "'\(id)' 종류의 횟수들이 서로 맞지 않습니다")
      }
    }
    return nil
  }
}
