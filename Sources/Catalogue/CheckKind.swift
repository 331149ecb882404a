import AnswerDocument
import Checks
import Language
import Localization
import Sampling

/// One kind of exercise part (`value`, `chain`, `text`, …), whole: the fields an exercise file
/// gives a part of this kind, the check it builds from them, the answer it expects, and how it
/// marks one.
///
/// A conforming type is a configured check: `init(reading:)` reads and validates the part's own
/// fields (listed in ``fields``, so that any other key is reported as unknown), and the value it
/// makes marks answers. Adding a kind is one conforming type, listed in ``CheckKinds/standard``;
/// nothing else in the code names a kind. `Sources/Catalogue/Kinds/BlockCodeKind.swift` is the
/// smallest real example.
package protocol CheckKind: Sendable {
  /// The name exercise files write (`kind: value`), which results and reports carry.
  static var name: String { get }
  /// The keys of its own a part of this kind may have, besides every part's
  /// (``ExerciseKeys/part``); each is described in `Docs/exercise-format.md`.
  static var fields: [String] { get }
  /// The points of a part of this kind when its file gives none.
  static var defaultPoints: Double { get }
  /// Whether the instructor gives the points by hand (`report --manual`), not the check.
  static var isMarkedByHand: Bool { get }
  /// Whether `softcheck drill` turns parts of this kind into numeric drills (the answer is a
  /// number, a vector or a matrix computed from the exercise's numbers, typed on one line).
  static var isNumericDrill: Bool { get }
  /// Whether answers are words or codewords, never formulas (`01` is a codeword): reports show
  /// them as written instead of typesetting them.
  static var answersAreVerbatim: Bool { get }

  /// Reads and validates the part's own fields; every problem is a located ``CatalogueError``.
  init(reading part: KindFields) throws(CatalogueError)

  /// What an answer looks like, for `show`, `template` and an unanswered part's feedback, when
  /// the file gives no `answer-form`.
  var answerForm: LocalizedText { get }
  /// The unit of the answer, for parts that have one.
  var unit: Unit? { get }
  /// The fewest significant digits a decimal answer needs; nil when decimals are not accepted.
  var minimumSignificantDigits: Int? { get }
  /// Whether verdicts depend on sampled inputs (and so carry replay tokens).
  var isSampled: Bool { get }
  /// The misconceptions the part recognises (the report's legend lists them).
  var misconceptions: [Misconception] { get }

  /// Marks an answer.
  func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome
}

extension CheckKind {
  package static var defaultPoints: Double { 1 }
  package static var isMarkedByHand: Bool { false }
  package static var isNumericDrill: Bool { false }
  package static var answersAreVerbatim: Bool { false }
  package var unit: Unit? { nil }
  package var minimumSignificantDigits: Int? { nil }
  package var isSampled: Bool { false }
  package var misconceptions: [Misconception] { [] }

  /// The name of this part's kind (`value`).
  package var name: String { Self.name }
}
