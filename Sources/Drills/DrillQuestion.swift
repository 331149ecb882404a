import AnswerDocument
import Catalogue
import Checks
import Language
import Localization
import Sampling

/// One drill question: what is asked, how to help, and the check that judges the answer.
///
/// The check is one of the catalogue's check kinds (``CheckKind``), so a drill answer is judged
/// by the same engine, with the same feedback and misconceptions, as a part of an answer file.
package struct DrillQuestion: Sendable {
  /// How a typed line becomes an ``AnswerNode``.
  package enum AnswerShape: Sendable, Hashable {
    /// One expression in the answer grammar: a number, a formula, or a bracketed vector or
    /// matrix (`[1/2, 1/4, 1/4]`), kept as a single scalar as in an answer file.
    case expression
    /// A list of codewords, one per symbol: `["0", "10", "11"]` (or `0 10 11`).
    case codewords
  }

  /// The question's kind (``DrillKind/id``); progress is kept per kind.
  package var kind: String
  /// The question, with its numbers, in both languages.
  package var prompt: LocalizedText
  /// Hints, shown one at a time on `?`, in both languages.
  package var hints: [LocalizedText]
  package var shape: AnswerShape
  /// The check that judges answers.
  package var check: any CheckKind
  /// A correct answer in the answer grammar (shown after `skip`).
  package var example: String
  /// The key sampled checks draw their inputs with (`drill/softmin`).
  package var key: String

  package init(
    kind: String, prompt: LocalizedText, hints: [LocalizedText], shape: AnswerShape = .expression,
    check: any CheckKind, example: String, key: String? = nil
  ) {
    self.kind = kind
    self.prompt = prompt
    self.hints = hints
    self.shape = shape
    self.check = check
    self.example = example
    self.key = key ?? "drill/\(kind)"
  }

  /// Judges a typed line with the question's check.
  package func judge(_ line: String, seed: UInt64) -> CheckOutcome {
    let node: AnswerNode
    switch DrillQuestion.answerNode(line, shape: shape) {
    case .success(let n): node = n
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    return check.check(node, context: CheckContext(seed: seed, key: key))
  }

  /// The answer shown after `skip`: the example, with a decimal approximation when the check
  /// gives one (for irrational values).
  package func revealed(seed: UInt64) -> String {
    guard let reference = judge(example, seed: seed).reference, let approx = reference.firstIndex(of: "≈") else { return example }
    // A vector or matrix is shown whole (`[[≈0.1654, …], …]`); a number by its approximation.
    return "\(example)    (\(reference.hasPrefix("[") ? reference[...] : reference[approx...]))"
  }

  /// A typed line that is not a list of codewords, with YAML's reason when it has one.
  private static func notCodewords(_ why: LocalizedText?) -> Message {
    Message(
      "code.not-a-list", en: "expected a list of codewords like [\"0\", \"10\", \"11\"]\(why.map { ": \($0.en)" } ?? "")",
      ko: "[\"0\", \"10\", \"11\"]처럼 부호어 목록을 써야 합니다\(why.map { ": \($0.ko)" } ?? "")")
  }

  /// Reads a typed line as an answer node of the given shape.
  ///
  /// An expression stays one scalar with its raw text (as YAML would deliver it), so the checks'
  /// error columns point into the line. Codewords are read as a YAML flow list when bracketed,
  /// else split at blanks and commas.
  package static func answerNode(_ line: String, shape: AnswerShape) -> Result<AnswerNode, CheckOutcomeError> {
    let start = SourceLocation(line: 1, column: 1)
    switch shape {
    case .expression:
      return .success(.scalar(AnswerNode.ScalarText(text: line, lineStarts: [start])))
    case .codewords:
      let trimmed = line.trimmed
      if trimmed.hasPrefix("[") {
        do {
          guard let node = try YAMLReader().read(line) else {
            return .failure(CheckOutcomeError(notCodewords(nil), at: start))
          }
          return .success(node)
        } catch {
          return .failure(CheckOutcomeError(notCodewords(error.message.text), at: error.location ?? start))
        }
      }
      let words = CodeCheck.spelledWords(AnswerNode.ScalarText(text: line, lineStarts: [start]))
      return .success(.sequence(words, at: start))
    }
  }
}
