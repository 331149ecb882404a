import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// `text`: prose for the instructor, recorded and never machine-graded; its points, if any, are
/// given by hand (`report --manual`).
package struct TextKind: CheckKind {
  package static let name = "text"
  package static let fields: [String] = []
  package static let defaultPoints: Double = 0
  package static let isMarkedByHand = true
  package static let answersAreVerbatim = true

  package init() {}

  package init(reading part: KindFields) throws(CatalogueError) {}

  package var answerForm: LocalizedText {
    LocalizedText(en: "prose (recorded for the instructor, not graded)", ko: "서술형 (교수자에게 전달되며 채점하지 않음)")
  }

  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    CheckOutcome(verdict: .recorded, feedback: [Self.recorded], credit: 0)
  }

  /// What every written answer is told.
  static let recorded = Message(
    "text.recorded", en: "recorded for your instructor; not machine-graded",
    ko: "교수자에게 전달하려고 기록했습니다. 자동 채점하지 않습니다")
}
