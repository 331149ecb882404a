import ArgumentParser
import Catalogue
import Language
import Localization
import Reports

struct Show: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: helpText(
      "Show one exercise: its statement and the parts with the kind of answer each expects.",
      "문제 하나를 보여 줍니다: 문제와 문항, 그리고 각 문항이 요구하는 답의 종류."))

  @Argument(help: argumentHelp("The exercise id (see `softcheck list`).", "문제 id (`softcheck list`로 확인하세요)."))
  var id: String

  @Flag(help: argumentHelp("Show the hints too.", "힌트도 함께 보여 줍니다."))
  var hints = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var assignment: AssignmentOption
  @OptionGroup var student: StudentOption
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let language = lang.language
    let ko = language == .ko
    let cat = try catalogue.load(language: language)
    guard let book = cat.exercise(id) else {
      throw ValidationError(cat.unknownExercise(id)[language])
    }
    let exercise = try student.variant(of: book, in: try assignment.load(cat, language: language), language: language)
    print("\(exercise.id): \(exercise.title[language])")
    if let source = exercise.source { print((ko ? "출처: " : "Source: ") + source[language]) }
    if let who = student.id, exercise.hasParameters {
      print((ko ? "\(who)의 수: " : "Numbers of \(who): ") + exercise.variantValues.map { $0[language] }.joined(separator: "; "))
    }
    print("")
    print(exercise.statement[language].trimmingTrailingNewlines)
    print("")
    for part in exercise.parts {
      let points = TextReport.points(part.points)
      let unit = part.unit.map { (ko ? ", 단위 " : ", in ") + $0.name[language] } ?? ""
      let worth = ko ? "\(points)점" : "\(points) point\(part.points == 1 ? "" : "s")"
      print("- \(part.id) (\(part.kind)\(unit), \(worth)): \(part.prompt[language])")
      print((ko ? "    답 형식: " : "    answer: ") + part.answerForm[language])
      if let digits = part.check.minimumSignificantDigits {
        print(
          ko
            ? "    소수: 올바르게 반올림한 유효 숫자 \(digits)자리 이상 (정확한 식은 언제나 받습니다)"
            : "    decimals: correctly rounded, at least \(digits) significant digits (exact forms are always accepted)")
      }
      if hints {
        for h in part.hints { print((ko ? "    힌트: " : "    hint: ") + h[language]) }
      }
    }
  }
}

extension String {
  var trimmingTrailingNewlines: String {
    var s = self
    while s.hasSuffix("\n") { s.removeLast() }
    return s
  }
}
