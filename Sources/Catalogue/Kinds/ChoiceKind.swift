import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `choice`: one of `options`, optionally with a `witness` (values of its variables) that must
/// satisfy its condition exactly.
package struct ChoiceKind: CheckKind {
  package static let name = "choice"
  package static let fields = ["options", "answer", "witness", "partial-credit", "misconceptions"]
  package static let answersAreVerbatim = true
  /// The keys of `witness:`.
  package static let witnessFields = ["variables", "condition"]
  package var check: ChoiceCheck

  package init(reading part: KindFields) throws(CatalogueError) {
    let misconceptions = try part.misconceptions(matchers: ["choice"])
    let options = try part.stringList("options")
    guard options.count >= 2 else {
      throw part.fail(en: "a choice part lists at least two 'options'", ko: "choice 문항의 'options'에는 선택지가 두 개 이상 있어야 합니다")
    }
    let answer = try part.string("answer")
    guard options.contains(where: { $0.lowercased() == answer.lowercased() }) else {
      throw part.fail(
        en: "the answer '\(answer)' is not one of the options",
        ko: "정답 '\(answer)'에 해당하는 선택지가 options에 없습니다", at: part["answer"]?.location)
    }
    var witnessVariables: [Variable] = []
    var condition: Relation?
    if let w = part["witness"] {
      let wf = try part.pairs(w, of: "witness", keys: Self.witnessFields)
      witnessVariables = try part.reader.variables(try part.reader.required(wf, "variables", in: w))
      let c = try part.reader.required(wf, "condition", in: w)
      condition = try part.reader.relation(try part.reader.scalarText(c, "condition"), at: c, variables: witnessVariables)
    }
    check = ChoiceCheck(
      options: options, answer: answer, witnessVariables: witnessVariables, witnessCondition: condition,
      withoutWitnessCredit: try part.number("partial-credit") ?? 0.5, misconceptions: misconceptions)
  }

  package var answerForm: LocalizedText {
    let options = check.options
    guard check.witnessCondition != nil else {
      return LocalizedText(en: "one of: \(options.joined(separator: ", "))", ko: "다음 중 하나: \(options.joined(separator: ", "))")
    }
    let witness = check.witnessVariables.map { "\($0.name): ..." }.joined(separator: ", ")
    let shape = "{answer: \(options.joined(separator: "/")), witness: {\(witness)}}"
    return LocalizedText(en: "\(shape) (answer: one of the options)", ko: "\(shape) (answer: 선택지 중 하나)")
  }
  package var misconceptions: [Misconception] { check.misconceptions }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome { check.check(answer) }
}
