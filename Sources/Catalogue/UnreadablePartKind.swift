import AnswerDocument
import Checks
import Foundation
import Localization
import Sampling

/// The check of a shipped part whose fields failed to build when first needed (the tests load
/// every shipped file validated, so this is a last line of defence): it marks every answer
/// `invalid` with the located error, instead of stopping the program.
struct UnreadablePartKind: CheckKind {
  static let name = "unreadable"
  static let fields: [String] = []
  /// The error, naming the shipped file as a developer knows it (`Exercises/pam3.yaml`).
  let error: CatalogueError

  init(error: CatalogueError) {
    var error = error
    error.file = "Exercises/" + (error.file as NSString).lastPathComponent
    self.error = error
  }

  init(reading part: KindFields) throws(CatalogueError) {
    throw part.fail(en: "this part cannot be read", ko: "이 문항을 읽을 수 없습니다")
  }

  var answerForm: LocalizedText { Self.message(error).text }

  func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    CheckOutcome(verdict: .invalid, feedback: [Self.message(error)], method: .undecided)
  }
}
