import AnswerDocument
import Exact
import Language
import Localization
import Sampling

/// Checks a `vector` or `matrix` part: entry by entry as a `value` part (exact, or a correctly
/// rounded decimal with enough significant digits). A wrong shape is `invalid` and says the
/// expected shape.
package struct ArrayCheck: Sendable {
  package var reference: Expression
  package var referenceText: String
  package var minimumSignificantDigits: Int
  package var misconceptions: [Misconception]
  /// Credit for each right entry (the default), or none unless every entry is right.
  package var perEntryCredit: Bool = true
  package var limits: LanguageLimits
  /// The reference, evaluated once, and as `--reveal` shows it.
  let expected: Value?
  let referenceSummary: String?

  package init(
    reference: Expression, referenceText: String, minimumSignificantDigits: Int = 4,
    misconceptions: [Misconception] = [], limits: LanguageLimits = .standard
  ) {
    self.reference = reference
    self.referenceText = referenceText
    self.minimumSignificantDigits = minimumSignificantDigits
    self.misconceptions = misconceptions
    self.limits = limits
    var evaluator = Evaluator(limits: limits)
    expected = try? evaluator.evaluate(reference)
    referenceSummary = expected.map(ValueText.describe)
  }

  /// Reads an answer: a YAML sequence (of rows, for a matrix) or bracketed text.
  func read(_ answer: AnswerNode) -> Result<(Value, [Expression?], Expression), CheckOutcomeError> {
    guard let text = answer.flattenedText else {
      return .failure(CheckOutcomeError(Reason.expectedList.message, at: answer.location))
    }
    do {
      let e = try Parser.expression(text, limits: limits)
      var ev = Evaluator(limits: limits)
      let v = try ev.evaluate(e)
      return .success((v, Self.writtenEntries(e, value: v), e))
    } catch {
      let at: SourceLocation = if case .scalar(let s) = answer { s.location(ofOffset: error.offset) } else { answer.location }
      return .failure(CheckOutcomeError(error, at: at))
    }
  }

  /// Judges an answer.
  /// `context` (the marking seed and part) lets an answer equal to a reference that is not exact
  /// be proved at once (``ConstantIdentity``); without it, the comparison alone decides.
  package func check(_ answer: AnswerNode, context: CheckContext? = nil) -> CheckOutcome {
    var ev = Evaluator(limits: limits)
    guard let expected else {
      return .referenceNotEvaluable
    }
    let given: Value
    let written: [Expression?]
    let whole: Expression
    switch read(answer) {
    case .success(let r): (given, written, whole) = r
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    if sameShape(given, expected),
      ConstantIdentity.proves(whole, equals: reference, given: given, expected: expected, context: context, limits: limits.exact)
    {
      var outcome = CheckOutcome.provedEqual
      outcome.reference = referenceSummary
      return outcome
    }
    let known = misconceptions.first { m in
      guard case .expression(let e, _) = m.match, let wrong = try? ev.evaluate(e), sameShape(wrong, given) else { return false }
      return zip(given.entries, wrong.entries).enumerated().allSatisfy { k, pair in
        let w = written[k] ?? Self.computedEntry
        return ValueMatch.judge(pair.0, written: w, target: pair.1, limits: limits.exact)
          .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits))
      }
    }
    guard sameShape(given, expected) else {
      let message = Reason.wrongShape(expected: expected.shapeText, found: given.shapeText).message
      // A known answer of another shape (the diagonal as a vector) is judged, not refused.
      if let known { return known.applied(to: CheckOutcome(verdict: .incorrect, feedback: [message], method: .exact)) }
      return .invalid(message, at: answer.location)
    }
    var outcome = judge(given, written: written, expected: expected)
    if outcome.verdict != .correct, let known {
      outcome =
        known.credit == nil
        ? known.applied(to: outcome)
        : known.applied(to: CheckOutcome(verdict: .incorrect, feedback: outcome.feedback, method: outcome.method))
    }
    outcome.reference = referenceSummary
    return outcome
  }

  /// The expression written for each entry of `value`, in order, for the precision rules of
  /// decimals and for echoing; nil where an expression computed the entry (a whole answer such
  /// as `diag(v) - 1`, or a row written as `softmax(o)`).
  static func writtenEntries(_ e: Expression, value: Value) -> [Expression?] {
    switch (e, value) {
    case (.list(let items, _), .vector(let xs)) where items.count == xs.count:
      return items
    case (.list(let rows, _), .matrix(let m)) where rows.count == m.count:
      return zip(rows, m).flatMap { row, values -> [Expression?] in
        if case .list(let items, _) = row, items.count == values.count { return items }
        return Array(repeating: nil, count: values.count)
      }
    case (_, .scalar):
      return [e]
    default:
      return Array(repeating: nil, count: value.entries.count)
    }
  }

  /// What stands for an entry an expression computed: an exact value, no written decimal.
  static let computedEntry = Expression.number(.zero, text: "0", offset: 0)

  private func sameShape(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.vector(let x), .vector(let y)): return x.count == y.count
    case (.matrix(let m), .matrix(let n)): return m.count == n.count && m.first?.count == n.first?.count
    case (.scalar, .scalar): return true
    default: return false
    }
  }

  private func position(_ k: Int, in v: Value) -> LocalizedText {
    if case .matrix(let m) = v { return Self.place(k, columns: m.first?.count) }
    return Self.place(k, columns: nil)
  }

  func judge(_ given: Value, written: [Expression?], expected: Value) -> CheckOutcome {
    var entries: [(place: LocalizedText, written: String, judgement: EntryJudgement)] = []
    // Entries written one by one are echoed as written; those an expression computes
    // (`diag(v) - 1`) are shown by their values.
    for (k, (g, x)) in zip(given.entries, expected.entries).enumerated() {
      let w = written[k] ?? Self.computedEntry
      let match = ValueMatch.judge(g, written: w, target: x, limits: limits.exact)
      let shown = written[k]?.writtenText ?? ValueText.describe(g)
      entries.append((position(k, in: given), shown, EntryJudgement(match, minimumDigits: minimumSignificantDigits)))
    }
    let report = EntryReport(
      entries: entries, minimumDigits: minimumSignificantDigits, perEntry: perEntryCredit, counting: Self.counting,
      computed: Set(written.indices.filter { written[$0] == nil }))
    if entries.allSatisfy(\.judgement.isRight) {
      let rounded = entries.contains { $0.judgement == .right(rounded: true) }
      let sentence = rounded ? Reason.rounded(minimum: minimumSignificantDigits) : Reason.equal
      return CheckOutcome(verdict: .correct, feedback: [sentence.message], method: rounded ? .certifiedBounds : .exact)
    }
    let credit = report.credit
    return CheckOutcome(
      verdict: credit > 0 ? .partial : .incorrect, feedback: report.messages,
      method: entries.contains { $0.judgement == .wrong } ? .exact : .certifiedBounds, credit: credit)
  }
}
