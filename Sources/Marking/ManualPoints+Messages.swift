// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension ManualPoints {
  /// What is wrong with a points file or one of its grades, one case per sentence: the reader
  /// says which problem, ``message`` says it in both languages under its stable id.
  enum Problem {
    case notAMapping
    case wrongFormat
    case unknownKey(String)
    case expectedMapping
    case notPoints
    case unknownGradeKey(String)
    case noPoints
    case unknownLearner(String)
    /// Points by hand for a part that the machine marks.
    case notWritten(part: String)
    /// More points than the part is worth (both as written in reports).
    case tooManyPoints(String, part: String, worth: String)
    case unknownPart(learner: String, part: String)
  }
}

extension ManualPoints.Problem {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .notAMapping:
      Message("manual.not-a-mapping", en: "a points file is a mapping with 'format', 'worth' and 'points'",
              ko: "점수 파일은 'format', 'worth', 'points' 키가 있는 매핑입니다")
    case .wrongFormat:
      Message("manual.format", en: "the format must be \(ManualPoints.format)",
              ko: "format 값은 \(ManualPoints.format)이어야 합니다")
    case .unknownKey(let key):
      Message("manual.unknown-key", en: "unknown key '\(key)'; the keys are format, worth, points",
              ko: "알 수 없는 키 '\(key)'입니다. 키는 format, worth, points입니다")
    case .expectedMapping:
      Message("manual.expected-mapping", en: "expected a mapping here (key: value lines)", ko: "여기에는 매핑(키: 값 줄)이 와야 합니다")
    case .notPoints:
      Message("manual.not-points", en: "expected points: a number 0 or more", ko: "점수, 곧 0 이상의 수가 와야 합니다")
    case .unknownGradeKey(let key):
      Message("manual.unknown-grade-key", en: "unknown key '\(key)'; a grade has points and note",
              ko: "알 수 없는 키 '\(key)'입니다. 점수에 쓰는 키: points, note")
    case .noPoints:
      Message("manual.no-points", en: "this grade has no 'points'", ko: "이 점수에는 'points' 키가 없습니다")
    case .unknownLearner(let learner):
      Message("manual.unknown-learner", en: "no file has the learner id '\(learner)'", ko: "학생 id가 '\(learner)'인 파일이 없습니다")
    case .notWritten(let part):
      Message("manual.not-written", en: "'\(part)' is not a written (text) part; points by hand are for written answers",
              ko: "\(KoreanParticle.topic.after("'\(part)'")) 서술형(text) 문항이 아닙니다. 손으로 주는 점수는 서술형 답에만 줍니다")
    case .tooManyPoints(let points, let part, let worth):
      Message("manual.too-many-points",
              en: "\(points) is more than '\(part)' is worth (\(worth)); set it under 'worth:'",
              ko: "\(points)점은 '\(part)'의 배점(\(worth))보다 큽니다. 배점은 'worth:'에 씁니다")
    case .unknownPart(let learner, let part):
      Message("manual.unknown-part", en: "learner '\(learner)' has no part '\(part)' (write exercise/part)",
              ko: "학생 '\(learner)'에게는 '\(part)' 문항이 없습니다 (연습 문제/문항 꼴로 씁니다)")
    }
  }
}
