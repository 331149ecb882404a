// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension AnswerFile {
  /// What is wrong with an answer file's structure, one case per sentence: the reader says
  /// which reason, ``message`` says it in both languages under its stable id.
  enum Problem {
    case empty
    /// Something that must be a mapping is not: the file, its `answers`, or one exercise's answers.
    case notAMapping(Level)
    case unknownFormat(String, known: [String])
    case unknownKey(String, hint: LocalizedText)
    case noAnswers
    /// A top-level key (`id`, `student`) whose value is not a single value.
    case notAValue(key: String)

    /// Where a mapping was expected.
    enum Level {
      case file
      case answers
      case exercise(String)
    }
  }
}

extension AnswerFile.Problem {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .empty:
      Message("answers.empty", en: "the file is empty: see `softcheck template` for the format",
              ko: "파일이 비어 있습니다. 형식은 `softcheck template`에서 보세요")
    case .notAMapping(let level):
      Message("answers.not-a-mapping", en: "\(Self.subject(level).en) must be a mapping: \(Self.shape(level).en)",
              ko: "\(Self.subject(level).ko) 매핑이어야 합니다: \(Self.shape(level).ko)")
    case .unknownFormat(let v, let known):
      Message("answers.unknown-format", en: "unknown format '\(v)'; this version reads \(known.joined(separator: ", "))",
              ko: "알 수 없는 형식 '\(v)'입니다. 이 버전이 읽는 형식: \(known.joined(separator: ", "))")
    case .unknownKey(let key, let hint):
      Message("answers.unknown-key", en: "unknown top-level key '\(key)'\(hint.en)", ko: "알 수 없는 최상위 키 '\(key)'\(hint.ko)")
    case .noAnswers:
      Message("answers.no-answers", en: "no 'answers:' key: nothing to mark", ko: "'answers:' 키가 없어 채점할 것이 없습니다")
    case .notAValue(let key):
      Message("answers.not-a-value", en: "'\(key)' must be a single value", ko: "\(KoreanParticle.topic.after("'\(key)'")) 값 하나여야 합니다")
    }
  }

  private static func subject(_ level: Level) -> LocalizedText {
    switch level {
    case .file: LocalizedText(en: "an answer file", ko: "답안 파일은")
    case .answers: LocalizedText(en: "'answers'", ko: "'answers'는")
    case .exercise(let id): LocalizedText(en: "the answers to '\(id)'", ko: "'\(id)'의 답은")
    }
  }

  private static func shape(_ level: Level) -> LocalizedText {
    switch level {
    case .file: LocalizedText(en: "one with an 'answers:' key (see `softcheck template`)",
                              ko: "'answers:' 키가 있어야 합니다 (`softcheck template`을 보세요)")
    case .answers: LocalizedText(en: "exercise ids to their parts, e.g. 'dyadic-code:'",
                                 ko: "연습 문제 id를 그 문항들에 대응시킵니다 (예: 'dyadic-code:')")
    case .exercise: LocalizedText(en: "part ids to answers, e.g. 'code: [\"0\", \"10\", \"11\"]'",
                                  ko: "문항 id를 답에 대응시킵니다 (예: 'code: [\"0\", \"10\", \"11\"]')")
    }
  }
}
