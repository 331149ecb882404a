import AnswerDocument
import Foundation
import Language
import Localization

/// A course's assignment (`format: softcheck-assignment/1`, Docs/assignment-format.md): which
/// exercises, worth how much, the seed of its per-student variants, and whether references show.
package struct Assignment: Sendable {
  /// One assigned exercise and, when the assignment sets it, its worth.
  package struct Entry: Sendable, Hashable {
    package var exercise: String
    /// The exercise's total in this assignment; `nil` keeps the exercise's own points.
    package var points: Double?
  }

  /// The file the assignment was read from.
  package var file: String
  package var id: String
  package var title: LocalizedText
  /// The seed of the variants; `nil` gives everyone the book's numbers.
  package var seed: UInt64?
  package var entries: [Entry]
  /// Whether `mark --reveal`, `template --answers` and the like may show reference answers.
  package var reveal: Bool
  /// The assigned exercises as the book has them, in the assignment's order, points scaled.
  package var exercises: [Exercise]

  /// The versions of the format this build reads.
  package static let formats = ["softcheck-assignment/1"]

  /// Whether students get their own numbers: a seed, and an assigned exercise with parameters.
  package var hasVariants: Bool { seed != nil && exercises.contains(where: \.hasParameters) }

  /// Every student's maximum: the sum of the assigned exercises' points.
  package var total: Double { Exercise.tidy(exercises.reduce(0) { $0 + $1.maxPoints }) }

  /// Whether `exercise` is assigned.
  package func contains(_ exercise: String) -> Bool { entries.contains { $0.exercise == exercise } }

  /// The assigned exercises as `student` gets them: their variants when the assignment has
  /// variants (then `student` is required), else the book's.
  package func exercises(for student: String?) throws(CatalogueError) -> [Exercise] {
    guard hasVariants, let seed else { return exercises }
    guard let student = student?.trimmed, !student.isEmpty else { throw Assignment.noStudent(file) }
    var out: [Exercise] = []
    for (entry, book) in zip(entries, exercises) {
      var e = try book.variant(seed: seed, student: student)
      e.scale(to: entry.points)
      out.append(e)
    }
    return out
  }

  /// Loads the values of every parameter of the assigned exercises (one parameter at a time, the
  /// others at the book's; every value of a parameter with at most 64), so a value that breaks an
  /// exercise file is found when the assignment is read, located, rather than when one student's
  /// file is marked.
  func checkVariants() throws(CatalogueError) {
    guard hasVariants else { return }
    for e in exercises {
      for p in e.parameters {
        // At most 64 values a parameter, spread over its range with both ends, so a long range
        // does not make every command that reads the assignment slow.
        let step = max(1, (p.values.count - 1) / 63)
        let indices = Set(stride(from: 0, to: p.values.count, by: step)).union([p.values.count - 1]).sorted()
        for index in indices where index != p.bookIndex {
          do { _ = try e.variant(Variant(choices: [p.name: index])) } catch {
            var located = error
            let value = p.describe(index)
            located.message = LocalizedText(
              en: "with \(p.name) = \(value.en): \(error.message.en)",
              ko: "\(p.name) = \(value.ko)일 때: \(error.message.ko)")
            throw located
          }
        }
      }
    }
  }

  /// Why a file without a student id cannot be marked in an assignment with variants.
  static func noStudent(_ file: String) -> CatalogueError {
    CatalogueError(
      file: file, location: nil,
      message: LocalizedText(
        en:
          "this assignment gives each student their own numbers, so the answer file needs 'student: <your id>' (the id your instructor uses)",
        ko: "이 과제는 학생마다 다른 수를 주므로 답안 파일에 'student: <학번>' (교수자가 쓰는 id)이 있어야 합니다"))
  }

  /// Reads an assignment file; exercise ids are checked against `catalogue`.
  package static func load(_ path: String, catalogue: Catalogue) throws(CatalogueError) -> Assignment {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw CatalogueError(
        file: path, location: nil,
        message: exists
          ? LocalizedText(en: "cannot read the file as UTF-8 text", ko: "파일을 UTF-8 텍스트로 읽을 수 없습니다")
          : LocalizedText(en: "no such file", ko: "그런 파일이 없습니다"))
    }
    return try parse(text, file: path, catalogue: catalogue)
  }

  /// Parses the text of an assignment file.
  package static func parse(_ text: String, file: String, catalogue: Catalogue) throws(CatalogueError) -> Assignment {
    let root: AnswerNode?
    do { root = try YAMLReader().read(text) } catch {
      throw CatalogueError(file: file, location: error.location, message: error.message.text)
    }
    guard let root else {
      throw CatalogueError(file: file, location: nil, message: LocalizedText(en: "the file is empty", ko: "파일이 비어 있습니다"))
    }
    return try AssignmentReader(fields: ExerciseFileReader(file: file), catalogue: catalogue).read(root)
  }
}

extension Exercise {
  /// Scales every part so the exercise is worth `total` (unchanged when `nil`).
  mutating func scale(to total: Double?) {
    guard let total, maxPoints > 0 else { return }
    let factor = total / maxPoints
    for i in parts.indices { parts[i].points *= factor }
  }

  /// `x` rounded to 9 decimals: scaled points (10 points over 14 parts) and their sums stay
  /// free of float noise such as 9.999999999999998.
  package static func tidy(_ x: Double) -> Double { (x * 1e9).rounded() / 1e9 }
}
