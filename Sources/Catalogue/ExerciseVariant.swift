import Language
import Localization

extension Exercise {
  /// Whether the exercise has numbers that change from student to student.
  public var hasParameters: Bool { !parameters.isEmpty }

  /// The exercise with each parameter at the value `variant` chooses (the book's value for a
  /// parameter it does not name). An exercise without parameters is its only variant.
  public func variant(_ variant: Variant) throws(CatalogueError) -> Exercise {
    guard let definition, hasParameters else { return self }
    var values: [String: [String: String]] = [:]
    var choices: [String: Int] = [:]
    for p in parameters {
      let index = variant.choices[p.name].map { min(max($0, 0), p.values.count - 1) } ?? p.bookIndex
      values[p.name] = p.values[index]
      choices[p.name] = index
    }
    let text = ParameterText.substitute(definition.text, values: values)
    let root: AnswerNode?
    do { root = try YAMLReader().read(text) } catch {
      throw CatalogueError(file: definition.file, location: error.location, message: error.message.text)
    }
    guard let root else { throw CatalogueError(file: definition.file, location: nil, message: LocalizedText(en: "the file is empty", ko: "파일이 비어 있습니다")) }
    var exercise = try ExerciseFileReader(file: definition.file).read(root)
    exercise.parameters = parameters
    exercise.definition = definition
    exercise.variant = Variant(choices: choices)
    return exercise
  }

  /// The variant a student gets in an assignment with `seed` (``VariantDraw``).
  public func variant(seed: UInt64, student: String) throws(CatalogueError) -> Exercise {
    var choices: [String: Int] = [:]
    for p in parameters {
      choices[p.name] = VariantDraw.index(seed: seed, student: student, exercise: id, parameter: p.name, count: p.values.count)
    }
    return try variant(Variant(choices: choices))
  }

  /// This variant's values, one `name = value` text per parameter (empty without parameters).
  public var variantValues: [LocalizedText] {
    parameters.map { p in p.describe(variant.choices[p.name] ?? p.bookIndex).map { "\(p.name) = \($0)" } }
  }
}
