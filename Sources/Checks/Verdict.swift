import Localization

/// The verdict on one part of an answer file.
package enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
  /// Right.
  case correct
  /// Partly right (e.g. a prefix-free but not optimal code, a decimal with too few digits).
  case partial
  /// Wrong.
  case incorrect
  /// The part was not answered.
  case unanswered
  /// The answer could not be read as the kind of value the part expects.
  case invalid
  /// A written (`text`) answer: kept for the instructor to read, never graded by the machine
  /// (an instructor may give points by hand with `report --manual`).
  case recorded

  /// The verdict as a person reads it (`correct` / `정답`); JSON keeps the raw value.
  package var name: LocalizedText {
    switch self {
    case .correct: return LocalizedText(en: "correct", ko: "정답")
    case .partial: return LocalizedText(en: "partial", ko: "부분 정답")
    case .incorrect: return LocalizedText(en: "incorrect", ko: "오답")
    case .unanswered: return LocalizedText(en: "unanswered", ko: "미응답")
    case .invalid: return LocalizedText(en: "invalid", ko: "읽을 수 없음")
    case .recorded: return LocalizedText(en: "recorded", ko: "기록됨")
    }
  }
}
