import Localization

/// A number (or group of numbers) of an exercise that changes from student to student: the
/// `parameters:` block of an exercise file (Docs/assignment-format.md).
///
/// Texts of the file say `$(name)`, or `$(name.field)` for a value with fields; each variant of
/// the exercise is the file with those placeholders replaced by one of the parameter's values.
package struct ExerciseParameter: Sendable, Hashable {
  package var name: String
  /// The values a variant may take, in the file's order. A plain value is the field `""`; a
  /// value with fields (`{p: "1/2, 1/4, 1/4", code: ...}`) maps each field to its text.
  package var values: [[String: String]]
  /// Which of `values` the book uses: the variant shown when there is no assignment.
  package var bookIndex: Int

  package init(name: String, values: [[String: String]], bookIndex: Int) {
    self.name = name
    self.values = values
    self.bookIndex = bookIndex
  }

  /// The value at `index` as people see it: a plain value itself (`44`), a value with fields by
  /// its position (`2 of 8`), since its fields may hold an answer (a code, a length).
  package func describe(_ index: Int) -> LocalizedText {
    if let plain = values[index][""] { return LocalizedText(en: plain, ko: plain) }
    return LocalizedText(en: "\(index + 1) of \(values.count)", ko: "\(values.count)개 중 \(index + 1)번째")
  }
}

/// Which value each parameter of an exercise takes: a variant of the exercise.
package struct Variant: Sendable, Hashable {
  /// Parameter name → index into its values.
  package var choices: [String: Int]

  package init(choices: [String: Int]) { self.choices = choices }

  /// The book's variant (no parameters, or each at its `book` value).
  package static let book = Variant(choices: [:])

  /// A stable text for caches and results (`k=2,source=0`); empty for an exercise without parameters.
  package var key: String { choices.keys.sorted().map { "\($0)=\(choices[$0] ?? 0)" }.joined(separator: ",") }
}

/// The stated, stable function that gives a student their variant (Docs/assignment-format.md).
///
/// The index of parameter `P` of exercise `E`, for assignment seed `S` and student id `U`, is
/// `h mod count`, where `h` folds the UTF-8 bytes of `softcheck-variant/1|S|U|E|P` into a
/// 64-bit state with SplitMix64's mixer: `h = mix(h XOR byte)` from `h = 0`. Everything is plain
/// integer arithmetic, so an instructor can recompute any student's values in a few lines.
package enum VariantDraw {
  /// The index of `parameter`'s value for `student` in an assignment with `seed`.
  package static func index(seed: UInt64, student: String, exercise: String, parameter: String, count: Int) -> Int {
    precondition(count > 0)
    var h: UInt64 = 0
    for byte in "softcheck-variant/1|\(seed)|\(student)|\(exercise)|\(parameter)".utf8 {
      h = mix(h ^ UInt64(byte))
    }
    return Int(h % UInt64(count))
  }

  /// SplitMix64's output function (Steele, Lea and Flood 2014) applied to `x`.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
