import ArgumentParser
import Catalogue
import Language
import Reports

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Show one exercise: its statement and the parts with the kind of answer each expects.")

  @Argument(help: "The exercise id (see `softcheck list`).")
  var id: String

  @Flag(help: "Show the hints too.")
  var hints = false

  @OptionGroup var catalogue: CatalogueOptions

  func run() throws {
    let cat = try catalogue.load()
    guard let exercise = cat.exercise(id) else {
      throw ValidationError(unknownExerciseMessage(id, cat))
    }
    print("\(exercise.id): \(exercise.title)")
    if !exercise.source.isEmpty { print("Source: \(exercise.source)") }
    print("")
    print(exercise.statement.trimmingTrailingNewlines)
    print("")
    for part in exercise.parts {
      let unit = part.unit.map { ", in \($0.rawValue)" } ?? ""
      print("- \(part.id) (\(part.kind)\(unit), \(TextReport.points(part.points)) point\(part.points == 1 ? "" : "s")): \(part.prompt)")
      print("    answer: \(part.answerForm)")
      if let digits = part.check.minimumSignificantDigits {
        print("    decimals: correctly rounded, at least \(digits) significant digits (exact forms are always accepted)")
      }
      if hints {
        for h in part.hints { print("    hint: \(h)") }
      }
    }
  }
}

func unknownExerciseMessage(_ id: String, _ cat: Catalogue) -> String {
  let hint = NameSuggestion.closest(to: id, among: cat.exercises.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
  return "unknown exercise '\(id)'\(hint) (see `softcheck list`)"
}

extension String {
  var trimmingTrailingNewlines: String {
    var s = self
    while s.hasSuffix("\n") { s.removeLast() }
    return s
  }
}
