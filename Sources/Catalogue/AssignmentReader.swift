import AnswerDocument
import Language
import Localization

/// Turns the YAML of an assignment file into an ``Assignment``, every problem located.
struct AssignmentReader {
  /// The exercise-file reader's field helpers, for the same located messages.
  let fields: ExerciseFileReader
  let catalogue: Catalogue

  static let keys = ["format", "id", "title", "seed", "exercises", "reveal"]
  /// The keys of one entry of `exercises:` written as a mapping.
  static let entryKeys = ["id", "points"]

  /// Refuses the first key not in `known`, at the key, with the nearest known one: a misspelt
  /// key (`point:`) would otherwise be dropped without a word.
  private func refuseUnknownKeys(_ pairs: [(key: AnswerNode.ScalarText, value: AnswerNode)], known: [String]) throws(CatalogueError) {
    for (key, _) in pairs where !known.contains(key.text) {
      let hint = NameSuggestion.hint(for: key.text, among: known)
      throw fields.fail(
        en: "unknown key '\(key.text)'\(hint.en)", ko: "알 수 없는 키 '\(key.text)'\(hint.ko)", at: key.location(ofOffset: 0))
    }
  }

  func read(_ root: AnswerNode) throws(CatalogueError) -> Assignment {
    guard case .mapping(let pairs, _) = root else {
      throw fields.fail(
        en: "an assignment is a mapping with 'format', 'id' and 'exercises'",
        ko: "과제 파일은 'format', 'id', 'exercises'가 있는 매핑입니다", at: root.location)
    }
    try refuseUnknownKeys(pairs, known: Self.keys)
    let f = try fields.mapping(root, en: "", ko: "")
    let formatNode = try fields.required(f, "format", in: root)
    let format = try fields.scalarText(formatNode, "format")
    guard Assignment.formats.contains(format) else {
      throw fields.fail(
        en: "unknown format '\(format)'; this version reads \(Assignment.formats.joined(separator: ", "))",
        ko: "알 수 없는 형식 '\(format)'입니다. 이 버전이 읽는 형식: \(Assignment.formats.joined(separator: ", "))", at: formatNode.location)
    }
    let id = try fields.string(f, "id", in: root)
    let title =
      try f["title"].map { (n) throws(CatalogueError) in try fields.localized(n, "title") } ?? LocalizedText(en: id, ko: id)
    let seed = try f["seed"].map { (n) throws(CatalogueError) -> UInt64 in try self.seed(n) }
    let reveal = try f["reveal"].map { (n) throws(CatalogueError) -> Bool in try flag(n, "reveal") } ?? true
    let entries = try self.entries(try fields.required(f, "exercises", in: root))
    var exercises: [Exercise] = []
    for entry in entries {
      guard var e = catalogue.exercise(entry.exercise) else { continue }
      e.scale(to: entry.points)
      exercises.append(e)
    }
    let assignment = Assignment(
      file: fields.file, id: id, title: title, seed: seed, entries: entries, reveal: reveal, exercises: exercises)
    try assignment.checkVariants()
    return assignment
  }

  private func seed(_ node: AnswerNode) throws(CatalogueError) -> UInt64 {
    guard let value = UInt64(try fields.scalarText(node, "seed")) else {
      throw fields.fail(
        en: "seed is a whole number from 0 to \(UInt64.max)", ko: "seed 항목은 0부터 \(UInt64.max)까지의 정수여야 합니다", at: node.location)
    }
    return value
  }

  private func flag(_ node: AnswerNode, _ key: String) throws(CatalogueError) -> Bool {
    switch try fields.scalarText(node, key) {
    case "true": return true
    case "false": return false
    default: throw fields.fail(en: "'\(key)' is true or false", ko: "'\(key)' 항목은 true 또는 false여야 합니다", at: node.location)
    }
  }

  private func entries(_ node: AnswerNode) throws(CatalogueError) -> [Assignment.Entry] {
    guard case .sequence(let items, _) = node, !items.isEmpty else {
      throw fields.fail(
        en: "'exercises' is a non-empty list of exercise ids (or {id: ..., points: ...})",
        ko: "'exercises' 항목은 문제 id (또는 {id: ..., points: ...})의 비어 있지 않은 목록이어야 합니다", at: node.location)
    }
    var out: [Assignment.Entry] = []
    for item in items {
      let entry = try self.entry(item)
      guard !out.contains(where: { $0.exercise == entry.exercise }) else {
        throw fields.fail(
          en: "the exercise '\(entry.exercise)' is listed twice",
          ko: "문제 \(KoreanParticle.subject.after("'\(entry.exercise)'")) 두 번 나옵니다", at: item.location)
      }
      out.append(entry)
    }
    return out
  }

  private func entry(_ item: AnswerNode) throws(CatalogueError) -> Assignment.Entry {
    var id: String
    var points: Double?
    var idNode = item
    if case .mapping(let pairs, _) = item {
      try refuseUnknownKeys(pairs, known: Self.entryKeys)
      let f = try fields.mapping(item, en: "an exercise", ko: "각 문제는")
      idNode = try fields.required(f, "id", in: item)
      id = try fields.scalarText(idNode, "id")
      if let p = f["points"] {
        guard let value = try fields.number(f, "points"), value > 0 else {
          throw fields.fail(en: "points must be a positive number", ko: "points 항목은 양수여야 합니다", at: p.location)
        }
        points = value
      }
    } else {
      id = try fields.scalarText(item, "exercise")
    }
    guard let exercise = catalogue.exercise(id) else {
      throw CatalogueError(file: fields.file, location: idNode.location, message: catalogue.unknownExercise(id).text)
    }
    if points != nil, exercise.maxPoints == 0 {
      throw fields.fail(
        en: "'\(id)' has no marked parts, so it cannot be given points", ko: "'\(id)'에는 채점하는 문항이 없어 점수를 줄 수 없습니다",
        at: item.location)
    }
    return Assignment.Entry(exercise: id, points: points)
  }
}
