import ArgumentParser
import Catalogue
import Localization
import Reports

struct List: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: helpText(
      "List the exercises: id, title, parts, points.",
      "문제 목록을 보여 줍니다: id, 제목, 문항, 배점."))

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let language = lang.language
    // The shipped exercises' listing kept beside them, when it was made from them as they are.
    let listing = catalogue.directory == nil ? ShippedListing.current() : nil
    let exercises = try listing?.entries ?? ShippedListing(catalogue: catalogue.load(language: language), hash: 0).entries
    let width = exercises.map(\.id.displayWidth).max() ?? 0
    for e in exercises {
      print("\(e.id.padded(toWidth: width))  \(e.title[language])")
      let parts = e.parts.joined(separator: ", ")
      let points = TextReport.points(e.points)
      print(
        String(repeating: " ", count: width + 2)
          + (language == .ko ? "문항: \(parts)  (\(points)점)" : "parts: \(parts)  (\(points) points)"))
    }
  }
}
