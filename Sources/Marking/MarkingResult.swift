import Checks

/// The result of marking one answer file: the JSON object of `cli.md` (`softcheck-result/1`).
public struct FileResult: Sendable, Codable {
  public var format = "softcheck-result/1"
  /// The path as given on the command line.
  public var file: String
  /// The learner id: the file's `id:`, else the file name without extension.
  public var id: String
  public var student: String?
  public var seed: UInt64
  public var score: Double
  public var max: Double
  /// Problems with the file as a whole (not YAML, unknown keys or ids), located.
  public var errors: [FileError]
  public var exercises: [ExerciseResult]

  /// Whether every part is correct and the file has no errors (exit status 0).
  public var isAllCorrect: Bool {
    errors.isEmpty && exercises.allSatisfy { $0.parts.allSatisfy { $0.verdict == .correct || $0.kind == "text" } }
  }

  enum CodingKeys: String, CodingKey { case format, file, id, student, seed, score, max, errors, exercises }

  public func encode(to encoder: Encoder) throws {
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
  }
}

/// A located problem with a file.
public struct FileError: Sendable, Codable, Hashable {
  public var line: Int?
  public var column: Int?
  public var message: String

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(line, forKey: .line)
    try c.encode(column, forKey: .column)
    try c.encode(message, forKey: .message)
  }
}

/// The results of one exercise in a file.
public struct ExerciseResult: Sendable, Codable {
  public var id: String
  public var score: Double
  public var max: Double
  public var parts: [PartResult]
}

/// The result of one part.
public struct PartResult: Sendable, Codable {
  public var part: String
  public var kind: String
  public var verdict: Verdict
  public var score: Double
  public var max: Double
  /// The feedback sentences joined into one paragraph.
  public var feedback: String
  public var misconception: String?
  public var counterexample: [String: String]?
  /// How the verdict was decided (`decided exactly`, `certified to 2^-128`).
  public var method: String?
  /// Where the answer (or its problem) is in the file.
  public var line: Int?
  public var column: Int?
  /// For a verdict decided on a sampled input: `softcheck mark --replay TOKEN` reproduces it.
  public var replay: String?
  /// The reference answer; present only with `--reveal`.
  public var reference: String?

  enum CodingKeys: String, CodingKey {
    case part, kind, verdict, score, max, feedback, misconception, counterexample, method, line, column, replay, reference
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(part, forKey: .part)
    try c.encode(kind, forKey: .kind)
    try c.encode(verdict, forKey: .verdict)
    try c.encode(score, forKey: .score)
    try c.encode(max, forKey: .max)
    try c.encode(feedback, forKey: .feedback)
    try c.encode(misconception, forKey: .misconception)
    try c.encode(counterexample, forKey: .counterexample)
    try c.encodeIfPresent(method, forKey: .method)
    try c.encodeIfPresent(line, forKey: .line)
    try c.encodeIfPresent(column, forKey: .column)
    try c.encodeIfPresent(replay, forKey: .replay)
    try c.encodeIfPresent(reference, forKey: .reference)
  }
}
