import ArgumentParser
import Catalogue
import Reports

struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Print an answer file to fill in, with a comment per part.")

  @Argument(help: "Exercise ids (all exercises when none is given).")
  var ids: [String] = []

  @Flag(help: "Fill in every part with its reference example: a complete correct answer file (reveals the answers).")
  var answers = false

  @OptionGroup var catalogue: CatalogueOptions

  func run() throws {
    let exercises = try catalogue.exercises(ids)
    print(AnswerTemplate.render(exercises, filled: answers))
  }
}
