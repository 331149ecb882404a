import Checks
import Localization

/// The result of marking one answer file: the JSON object of `Docs/cli.md` (`softcheck-result/1`).
package struct FileResult: Sendable, Codable {
  package var format = "softcheck-result/1"
  /// The path as given on the command line.
  package var file: String
  /// The learner id: the file's `id:`, else the file name without extension.
  package var id: String
  package var student: String?
  package var seed: UInt64
  package var score: Double
  package var max: Double
  /// Problems with the file as a whole (not YAML, unknown keys or ids), located.
  package var errors: [FileError]
  package var exercises: [ExerciseResult]

  /// Whether every part is correct and the file has no errors (exit status 0).
  package var isAllCorrect: Bool {
    errors.isEmpty && exercises.allSatisfy { $0.parts.allSatisfy { $0.verdict == .correct || $0.verdict == .recorded } }
  }

  enum CodingKeys: String, CodingKey { case format, file, id, student, seed, score, max, errors, exercises, lang }

  package init(
    file: String, id: String, student: String?, seed: UInt64, score: Double, max: Double,
    errors: [FileError], exercises: [ExerciseResult]
  ) {
    self.file = file
    self.id = id
    self.student = student
    self.seed = seed
    self.score = score
    self.max = max
    self.errors = errors
    self.exercises = exercises
  }

  package init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    format = try c.decode(String.self, forKey: .format)
    file = try c.decode(String.self, forKey: .file)
    id = try c.decode(String.self, forKey: .id)
    student = try c.decodeIfPresent(String.self, forKey: .student)
    seed = try c.decode(UInt64.self, forKey: .seed)
    score = try c.decode(Double.self, forKey: .score)
    max = try c.decode(Double.self, forKey: .max)
    errors = try c.decode([FileError].self, forKey: .errors)
    exercises = try c.decode([ExerciseResult].self, forKey: .exercises)
  }

  /// Every field of `Docs/cli.md`, `student` as null when absent, and the language the shown texts
  /// are in (``CodingUserInfoKey/displayLanguage``).
  package func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(format, forKey: .format)
    try c.encode(file, forKey: .file)
    try c.encode(id, forKey: .id)
    try c.encode(student, forKey: .student)
    try c.encode(seed, forKey: .seed)
    try c.encode(score, forKey: .score)
    try c.encode(max, forKey: .max)
    try c.encode(errors, forKey: .errors)
    try c.encode(exercises, forKey: .exercises)
    try c.encode(encoder.displayLanguage, forKey: .lang)
  }
}

extension CodingUserInfoKey {
  /// The language of `feedback` and `message` when results are encoded with `JSONEncoder`
  /// (English when not set); every other field is the same in both languages.
  package static let displayLanguage = CodingUserInfoKey(rawValue: "softcheck.displayLanguage")!
}

extension Encoder {
  var displayLanguage: DisplayLanguage { userInfo[.displayLanguage] as? DisplayLanguage ?? .en }
}

/// A located problem with a file.
package struct FileError: Sendable, Codable, Hashable {
  package var line: Int?
  package var column: Int?
  package var message: Message

  package init(line: Int?, column: Int?, message: Message) {
    self.line = line
    self.column = column
    self.message = message
  }

  // JSON: `message` is the sentence in the encoder's language (Docs/cli.md); `id` and `text` carry the
  // stable id and both languages, so results merged from shards render in either language.
  enum CodingKeys: String, CodingKey { case line, column, message, id, text }

  package init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    line = try c.decodeIfPresent(Int.self, forKey: .line)
    column = try c.decodeIfPresent(Int.self, forKey: .column)
    let shown = try c.decode(String.self, forKey: .message)
    let text = try c.decodeIfPresent(LocalizedText.self, forKey: .text) ?? LocalizedText(en: shown, ko: shown)
    message = Message(try c.decodeIfPresent(String.self, forKey: .id) ?? "legacy.file-error", text)
  }

  package func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(line, forKey: .line)
    try c.encode(column, forKey: .column)
    try c.encode(message[encoder.displayLanguage], forKey: .message)
    try c.encode(message.id, forKey: .id)
    try c.encode(message.text, forKey: .text)
  }
}

/// The results of one exercise in a file.
package struct ExerciseResult: Sendable, Codable {
  package var id: String
  package var score: Double
  package var max: Double
  package var parts: [PartResult]
}

/// The result of one part.
package struct PartResult: Sendable, Codable {
  package var part: String
  package var kind: String
  package var verdict: Verdict
  package var score: Double
  package var max: Double
  /// The feedback sentences, each with its stable id and both languages.
  package var messages: [Message]
  /// The feedback sentences joined into one paragraph, in both languages.
  package var feedback: LocalizedText { Feedback.paragraph(messages) }

  /// The feedback paragraph in one language (reports need only the one they show).
  package func feedback(in language: DisplayLanguage) -> String { Feedback.paragraph(messages, in: language) }
  package var misconception: String?
  package var counterexample: [String: String]?
  /// How the verdict was decided, in English (`decided exactly`, `certified to 2^-128`): the
  /// sentence of a ``CheckMethod``, kept as written so results read back from JSON keep it.
  package var method: String?
  /// The method's stable id (`exact`, `certified`, `sampled`, ...: ``CheckMethod/id``).
  package var methodID: String?
  /// The units of the work budget the check was charged (deterministic; absent when no check ran).
  package var work: Int?
  /// Where the answer (or its problem) is in the file.
  package var line: Int?
  package var column: Int?
  /// For a verdict decided on a sampled input: `softcheck mark --replay TOKEN` reproduces it.
  package var replay: String?
  /// The reference answer; present only with `--reveal`.
  package var reference: String?
  /// What the learner wrote, as written (absent when the part was not answered).
  package var answer: WrittenAnswer?
  /// Whether `score` was given by hand (`report --manual`), not by the machine.
  package var manual = false
  /// The instructor's note with points given by hand.
  package var note: String?

  package init(
    part: String, kind: String, verdict: Verdict, score: Double, max: Double, messages: [Message],
    misconception: String? = nil, counterexample: [String: String]? = nil, method: CheckMethod? = nil,
    work: Int? = nil, line: Int? = nil, column: Int? = nil, replay: String? = nil, reference: String? = nil,
    answer: WrittenAnswer? = nil
  ) {
    self.part = part
    self.kind = kind
    self.verdict = verdict
    self.score = score
    self.max = max
    self.messages = messages
    self.misconception = misconception
    self.counterexample = counterexample
    self.method = method?.description
    self.methodID = method?.id
    self.work = work
    self.line = line
    self.column = column
    self.replay = replay
    self.reference = reference
    self.answer = answer
  }

  enum CodingKeys: String, CodingKey {
    case part, kind, verdict, score, max, feedback, messages, misconception, counterexample, method, line, column, replay,
      reference
    case methodID = "method_id"
    case work
    case answer, manual, note
  }

  package init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    part = try c.decode(String.self, forKey: .part)
    kind = try c.decode(String.self, forKey: .kind)
    verdict = try c.decode(Verdict.self, forKey: .verdict)
    score = try c.decode(Double.self, forKey: .score)
    max = try c.decode(Double.self, forKey: .max)
    if let messages = try c.decodeIfPresent([Message].self, forKey: .messages) {
      self.messages = messages
    } else {
      // Results written before messages carried both languages: keep the paragraph as it was.
      let shown = try c.decode(String.self, forKey: .feedback)
      messages = shown.isEmpty ? [] : [Message("legacy.feedback", en: shown, ko: shown)]
    }
    misconception = try c.decodeIfPresent(String.self, forKey: .misconception)
    counterexample = try c.decodeIfPresent([String: String].self, forKey: .counterexample)
    method = try c.decodeIfPresent(String.self, forKey: .method)
    methodID = try c.decodeIfPresent(String.self, forKey: .methodID)
    work = try c.decodeIfPresent(Int.self, forKey: .work)
    line = try c.decodeIfPresent(Int.self, forKey: .line)
    column = try c.decodeIfPresent(Int.self, forKey: .column)
    replay = try c.decodeIfPresent(String.self, forKey: .replay)
    reference = try c.decodeIfPresent(String.self, forKey: .reference)
    answer = try c.decodeIfPresent(WrittenAnswer.self, forKey: .answer)
    manual = try c.decodeIfPresent(Bool.self, forKey: .manual) ?? false
    note = try c.decodeIfPresent(String.self, forKey: .note)
  }

  package func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(part, forKey: .part)
    try c.encode(kind, forKey: .kind)
    try c.encode(verdict, forKey: .verdict)
    try c.encode(score, forKey: .score)
    try c.encode(max, forKey: .max)
    try c.encode(feedback(in: encoder.displayLanguage), forKey: .feedback)
    try c.encode(messages, forKey: .messages)
    try c.encode(misconception, forKey: .misconception)
    try c.encode(counterexample, forKey: .counterexample)
    try c.encodeIfPresent(method, forKey: .method)
    try c.encodeIfPresent(methodID, forKey: .methodID)
    try c.encodeIfPresent(work, forKey: .work)
    try c.encodeIfPresent(line, forKey: .line)
    try c.encodeIfPresent(column, forKey: .column)
    try c.encodeIfPresent(replay, forKey: .replay)
    try c.encodeIfPresent(reference, forKey: .reference)
    try c.encodeIfPresent(answer, forKey: .answer)
    if manual { try c.encode(true, forKey: .manual) }
    try c.encodeIfPresent(note, forKey: .note)
  }
}
