import Localization
import Exact
import AnswerDocument
import Language

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

  package init(reference: Expression, referenceText: String, minimumSignificantDigits: Int = 4,
              misconceptions: [Misconception] = [], limits: LanguageLimits = .standard) {
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
  func read(_ answer: AnswerNode) -> Result<(Value, [Expression]), CheckOutcomeError> {
    guard let text = answer.flattenedText else {
      return .failure(CheckOutcomeError(Message("answer.expected-list",
        en: "expected a list like [0.2, 1/3, log(2)], found a mapping",
        ko: "[0.2, 1/3, log(2)] 같은 목록이 필요한데, 지금 답은 매핑입니다"), at: answer.location))
    }
    do {
      let e = try Parser.expression(text, limits: limits)
      var ev = Evaluator(limits: limits)
      let v = try ev.evaluate(e)
      // The written entries, for the precision rules of decimals.
      var written: [Expression] = []
      func collect(_ e: Expression) {
        if case .list(let items, _) = e { items.forEach(collect) } else { written.append(e) }
      }
      collect(e)
      return .success((v, written))
    } catch {
      let at: SourceLocation = if case .scalar(let s) = answer { s.location(ofOffset: error.offset) } else { answer.location }
      return .failure(CheckOutcomeError(error, at: at))
    }
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode) -> CheckOutcome {
    var ev = Evaluator(limits: limits)
    guard let expected else {
      return .referenceNotEvaluable
    }
    let given: Value, written: [Expression]
    switch read(answer) {
    case .success(let r): (given, written) = r
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    let known = misconceptions.first { m in
      guard case .expression(let e, _) = m.match, let wrong = try? ev.evaluate(e), sameShape(wrong, given) else { return false }
      return zip(given.entries, wrong.entries).enumerated().allSatisfy { k, pair in
        let w = k < written.count ? written[k] : .number(.zero, text: "0", offset: 0)
        return ValueMatch.judge(pair.0, written: w, target: pair.1, limits: limits.exact)
          .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits))
      }
    }
    guard sameShape(given, expected) else {
      let (want, got) = (expected.shapeText, given.shapeText)
      let message = Message("answer.wrong-shape", en: "expected \(want.en), found \(got.en)",
                            ko: "형태가 맞지 않습니다: 기대하는 형태는 \(want.ko)인데 지금 답은 \(got.ko)입니다")
      // A known answer of another shape (the diagonal as a vector) is judged, not refused.
      if let known { return known.applied(to: CheckOutcome(verdict: .incorrect, feedback: [message], method: "decided exactly")) }
      return .invalid(message, at: answer.location)
    }
    var outcome = judge(given, written: written, expected: expected)
    if outcome.verdict != .correct, let known {
      outcome = known.credit == nil ? known.applied(to: outcome) : known.applied(to: CheckOutcome(verdict: .incorrect, feedback: outcome.feedback, method: outcome.method))
    }
    outcome.reference = referenceSummary
    return outcome
  }

  private func sameShape(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.vector(let x), .vector(let y)): return x.count == y.count
    case (.matrix(let m), .matrix(let n)): return m.count == n.count && m.first?.count == n.first?.count
    case (.scalar, .scalar): return true
    default: return false
    }
  }

  private func position(_ k: Int, in v: Value) -> LocalizedText {
    if case .matrix(let m) = v, let cols = m.first?.count, cols > 0 {
      let (i, j) = (k / cols + 1, k % cols + 1)
      return LocalizedText(en: "entry (\(i), \(j))", ko: "(\(i), \(j)) 성분")
    }
    return LocalizedText(en: "entry \(k + 1)", ko: "\(k + 1)번째 성분")
  }

  func judge(_ given: Value, written: [Expression], expected: Value) -> CheckOutcome {
    var entries: [(place: LocalizedText, written: String, judgement: EntryJudgement)] = []
    for (k, (g, x)) in zip(given.entries, expected.entries).enumerated() {
      let w = k < written.count ? written[k] : .number(.zero, text: "0", offset: 0)
      let match = ValueMatch.judge(g, written: w, target: x, limits: limits.exact)
      entries.append((position(k, in: given), w.writtenText, EntryJudgement(match, minimumDigits: minimumSignificantDigits)))
    }
    let counting = LocalizedText(en: "entries count from 1, rows before columns; p[0] in a formula is entry 1",
                                 ko: "성분은 1부터 세며, 행 다음에 열을 씁니다. 식 안의 p[0]이 1번째 성분입니다")
    let report = EntryReport(entries: entries, minimumDigits: minimumSignificantDigits, perEntry: perEntryCredit, counting: counting)
    if entries.allSatisfy(\.judgement.isRight) {
      let rounded = entries.contains { $0.judgement == .right(rounded: true) }
      let sentence = rounded
        ? Message("array.rounded",
                  en: "every entry correctly rounded to at least \(minimumSignificantDigits) significant digits (half a unit in the last written digit)",
                  ko: "모든 성분이 유효 숫자 \(minimumSignificantDigits)자리 이상으로 올바르게 반올림되었습니다 (허용 오차는 마지막으로 쓴 자리의 반 단위)")
        : Message("array.equal", en: "every entry equal, decided exactly", ko: "모든 성분이 같습니다 (정확히 판정)")
      return CheckOutcome(verdict: .correct, feedback: [sentence], method: rounded ? "certified bounds" : "decided exactly")
    }
    let credit = report.credit
    return CheckOutcome(verdict: credit > 0 ? .partial : .incorrect, feedback: report.messages,
                        method: entries.contains { $0.judgement == .wrong } ? "decided exactly" : "certified bounds", credit: credit)
  }
}
