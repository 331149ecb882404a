import ArgumentParser
import Catalogue
import Reports

struct List: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "List the exercises: id, title, parts, points.")

  @OptionGroup var catalogue: CatalogueOptions

  func run() throws {
    let exercises = try catalogue.load().exercises
    let width = exercises.map(\.id.count).max() ?? 0
    for e in exercises {
      let id = e.id + String(repeating: " ", count: width - e.id.count)
      print("\(id)  \(e.title)")
      print(String(repeating: " ", count: width + 2) + "parts: \(e.parts.map(\.id).joined(separator: ", "))  (\(TextReport.points(e.maxPoints)) points)")
    }
  }
}
