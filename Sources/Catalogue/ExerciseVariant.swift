import AnswerDocument
import Language
import Localization

extension Exercise {
  /// Whether the exercise has numbers that change from student to student.
  package var hasParameters: Bool { !parameters.isEmpty }

  /// The exercise with each parameter at the value `variant` chooses (the book's value for a
  /// parameter it does not name). An exercise without parameters is its only variant.
  /// `bookTree`, the book variant's tree when the caller holds it, saves finding it again.
  package func variant(_ variant: Variant, bookTree: AnswerNode? = nil) throws(CatalogueError) -> Exercise {
    guard let definition, hasParameters else { return self }
    var choices: [String: Int] = [:]
    for p in parameters {
      choices[p.name] = variant.choices[p.name].map { min(max($0, 0), p.values.count - 1) } ?? p.bookIndex
    }
    // A class shares a few variants: each is read once per process (a pure function of the
    // file's text and the choices, so the cache cannot change a verdict).
    let key = definition.cacheKey + "|" + Variant(choices: choices).key
    return try VariantCache.exercise(key) { () throws(CatalogueError) in
      try build(Variant(choices: choices), definition, bookTree: bookTree)
    }
  }

  /// The YAML text `variant` of this exercise is read from: the file's, with each parameter's
  /// placeholders given the variant's values (nil for an exercise read from a tree alone).
  package func text(of variant: Variant) -> String? {
    guard let definition else { return nil }
    var values: [String: [String: String]] = [:]
    for p in parameters { values[p.name] = p.values[variant.choices[p.name] ?? p.bookIndex] }
    return ParameterText.substitute(definition.text, values: values)
  }

  /// A shipped file's kept book tree (``ShippedTrees``), read trusted.
  private func keptBookTree(_ definition: ExerciseDefinition) -> AnswerNode? {
    definition.reading == .trusted ? ShippedTrees.bookTree(ofFile: definition.file, text: definition.text) : nil
  }

  /// Whether `variant` gives every parameter the book's value.
  private func isBook(_ variant: Variant) -> Bool {
    parameters.allSatisfy { (variant.choices[$0.name] ?? $0.bookIndex) == $0.bookIndex }
  }

  private func build(
    _ variant: Variant, _ definition: ExerciseDefinition, bookTree: AnswerNode?
  ) throws(CatalogueError) -> Exercise {
    let root: AnswerNode
    if isBook(variant), let kept = bookTree ?? keptBookTree(definition) {
      root = kept
    } else {
      root = try Catalogue.root(of: text(of: variant) ?? definition.text, file: definition.file)
    }
    let reader = ExerciseFileReader(file: definition.file, kinds: definition.kinds, reading: definition.reading)
    var exercise = try reader.read(root)
    exercise.parameters = parameters
    exercise.definition = definition
    exercise.variant = variant
    return exercise
  }

  /// The variant a student gets in an assignment with `seed` (``VariantDraw``).
  package func variant(seed: UInt64, student: String) throws(CatalogueError) -> Exercise {
    var choices: [String: Int] = [:]
    for p in parameters {
      choices[p.name] = VariantDraw.index(seed: seed, student: student, exercise: id, parameter: p.name, count: p.values.count)
    }
    return try variant(Variant(choices: choices))
  }

  /// This variant's values, one `name = value` text per parameter (empty without parameters).
  package var variantValues: [LocalizedText] {
    parameters.map { p in p.describe(variant.choices[p.name] ?? p.bookIndex).map { "\(p.name) = \($0)" } }
  }
}
