import ArgumentParser
import Catalogue
import Localization
import Reports

struct Template: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: helpText(
      "Print an answer file to fill in, with a comment per part.",
      "채워 넣을 답안 파일을 문항마다 주석을 달아 출력합니다."))

  @Argument(help: argumentHelp("Exercise ids (all exercises when none is given).", "문제 id (하나도 주지 않으면 모든 문제)."))
  var ids: [String] = []

  @Flag(
    help: argumentHelp(
      "Fill in every part with its reference example: a complete correct answer file (reveals the answers).",
      "모든 문항을 기준 답의 예로 채워, 완전한 정답 답안 파일을 만듭니다 (정답이 드러납니다)."))
  var answers = false

  @Flag(
    help: argumentHelp(
      "With --answers, for an assignment that hides its references (reveal: false): you are its instructor.",
      "--answers와 함께, 기준 답을 숨기는 과제 (reveal: false)에서: 그 과제의 교수자임을 밝힙니다."))
  var instructor = false

  @OptionGroup var catalogue: CatalogueOptions
  @OptionGroup var assignment: AssignmentOption
  @OptionGroup var student: StudentOption
  @OptionGroup var lang: LanguageOption

  func run() throws {
    let language = lang.language
    let cat = try catalogue.load(language: language)
    guard let assignment = try assignment.load(cat, language: language) else {
      try student.requireAssignment(nil, language: language)
      print(AnswerTemplate.render(try catalogue.exercises(ids, language: language), filled: answers, language: language))
      return
    }
    if answers, !assignment.reveal, !instructor { throw assignment.revealRefused(language) }
    let chosen =
      ids.isEmpty
      ? assignment.exercises
      : try ids.map { id in
        guard let e = assignment.exercises.first(where: { $0.id == id }) else {
          throw ValidationError(
            language == .ko
              ? "\(KoreanParticle.topic.after("'\(id)'")) 과제 '\(assignment.id)'에 없습니다"
              : "'\(id)' is not in the assignment '\(assignment.id)'")
        }
        return e
      }
    let exercises = try chosen.map { try student.variant(of: $0, in: assignment, language: language) }
    print(
      AnswerTemplate.render(
        exercises, filled: answers, language: language,
        student: student.id, assignment: self.assignment.path))
  }
}
