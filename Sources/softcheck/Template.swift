import ArgumentParser
import Catalogue
import Localization
import Reports

struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Print an answer file to fill in, with a comment per part.")

  @Argument(help: "Exercise ids (all exercises when none is given).")
  var ids: [String] = []

  @Flag(help: "Fill in every part with its reference example: a complete correct answer file (reveals the answers).")
  var answers = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let exercises = try catalogue.exercises(ids, language: lang.language)
    print(AnswerTemplate.render(exercises, filled: answers, language: lang.language))
  }
}
