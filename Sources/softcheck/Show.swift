import ArgumentParser
import Catalogue
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
      if hints {
        for h in part.hints { print("    hint: \(h)") }
      }
    }
  }
}

func unknownExerciseMessage(_ id: String, _ cat: Catalogue) -> String {
  let ids = cat.exercises.map(\.id)
  let hint = ids.min(by: { editDistance($0, id) < editDistance($1, id) }).flatMap { editDistance($0, id) <= 3 ? "; did you mean '\($0)'?" : nil } ?? ""
  return "unknown exercise '\(id)'\(hint) (see `softcheck list`)"
}

func editDistance(_ a: String, _ b: String) -> Int {
  let x = Array(a), y = Array(b)
  var prev = Array(0...y.count)
  for i in 1...max(x.count, 1) where !x.isEmpty {
    var cur = [i] + Array(repeating: 0, count: y.count)
    for j in 1...max(y.count, 1) where !y.isEmpty {
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return x.isEmpty ? y.count : prev[y.count]
}

extension String {
  var trimmingTrailingNewlines: String {
    var s = self
    while s.hasSuffix("\n") { s.removeLast() }
    return s
  }
}
