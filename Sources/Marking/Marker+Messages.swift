// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension Marker {
  /// What marking a file found beyond its parts' checks, one case per sentence: the marker
  /// says which reason, ``message`` says it in both languages under its stable id.
  enum Reason {
    /// More unknown exercise ids than are listed one by one.
    case moreUnknownExercises(Int)
    /// `exercise` has no part `part`; `hint` suggests the nearest, `parts` lists them.
    case unknownPart(exercise: String, part: String, hint: LocalizedText, parts: String)
    /// A part left out or blank, with the answer form it expects.
    case missing(form: LocalizedText)
    /// Answers to an exercise the assignment does not hold.
    case outsideAssignment(exercise: String, assignment: String)
  }
}

extension Marker.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .moreUnknownExercises(let more):
      Message("answers.more-unknown-exercises", en: "\(more) more unknown exercise ids (see `softcheck list`)",
              ko: "알 수 없는 연습 문제 id가 \(more)개 더 있습니다 (`softcheck list`를 보세요)")
    case .unknownPart(let exercise, let part, let hint, let parts):
      Message("answers.unknown-part", en: "'\(exercise)' has no part '\(part)'\(hint.en); its parts are \(parts)",
              ko: "'\(exercise)'에는 '\(part)' 문항이 없습니다. 문항: \(parts)\(hint.ko)")
    case .missing(let form):
      Message("answer.missing", en: "not answered; expected \(form.en)", ko: "답이 없습니다. 기대하는 형식: \(form.ko)")
    case .outsideAssignment(let exercise, let assignment):
      Message("answers.outside-assignment",
              en: "'\(exercise)' is not in the assignment '\(assignment)': its answers are not marked and do not count",
              ko: "\(KoreanParticle.topic.after("'\(exercise)'")) 과제 '\(assignment)'에 들어 있지 않습니다. 그 답은 채점하지 않고 점수에도 넣지 않습니다")
    }
  }
}
