import Exact
import Language

/// Checks a `vector` or `matrix` part: entry by entry as a `value` part (exact, or a correctly
/// rounded decimal with enough significant digits). A wrong shape is `invalid` and says the
/// expected shape.
public struct ArrayCheck: Sendable {
  public var reference: Expression
  public var referenceText: String
  public var minimumSignificantDigits: Int
  public var misconceptions: [Misconception]
  public var limits: LanguageLimits
  /// The reference, evaluated once, and as `--reveal` shows it.
  let expected: Value?
  let referenceSummary: String?

  public init(reference: Expression, referenceText: String, minimumSignificantDigits: Int = 4,
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
      return .failure(CheckOutcomeError("expected a list like [0.2, 1/3, log(2)], found a mapping", at: answer.location))
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
      return .failure(CheckOutcomeError(error.message, at: at))
    }
  }

  /// Judges an answer.
  public func check(_ answer: AnswerNode) -> CheckOutcome {
    var ev = Evaluator(limits: limits)
    guard let expected else {
      return CheckOutcome(verdict: .invalid, feedback: ["the reference could not be evaluated (an error in the exercise file)"])
    }
    let given: Value, written: [Expression]
    switch read(answer) {
    case .success(let r): (given, written) = r
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    guard sameShape(given, expected) else {
      return .invalid("expected \(expected.shapeDescription), found \(given.shapeDescription)", at: answer.location)
    }
    var outcome = judge(given, written: written, expected: expected)
    if outcome.verdict == .incorrect {
      for m in misconceptions {
        guard case .expression(let e, _) = m.match, let wrong = try? ev.evaluate(e), sameShape(wrong, given) else { continue }
        if judge(given, written: written, expected: wrong).verdict != .incorrect {
          outcome.misconception = m.id
          outcome.feedback.append(m.feedback)
          break
        }
      }
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

  private func position(_ k: Int, in v: Value) -> String {
    if case .matrix(let m) = v, let cols = m.first?.count, cols > 0 { return "entry (\(k / cols + 1), \(k % cols + 1))" }
    return "entry \(k + 1)"
  }

  func judge(_ given: Value, written: [Expression], expected: Value) -> CheckOutcome {
    var fewDigits: Int?
    var truncated = false
    var rounded = false
    for (k, (g, x)) in zip(given.entries, expected.entries).enumerated() {
      let w = k < written.count ? written[k] : .number(.zero, text: "0", offset: 0)
      switch ValueMatch.judge(g, written: w, target: x, limits: limits.exact) {
      case .exact, .certifiedAgreement: continue
      case .rounded(let d):
        rounded = true
        if d < minimumSignificantDigits { fewDigits = min(fewDigits ?? d, d) }
      case .truncated: truncated = true
      case .different:
        return CheckOutcome(verdict: .incorrect, feedback: ["\(position(k, in: given)) is not right (you wrote \(ValueText.describe(g)))"],
                            method: "decided exactly")
      }
    }
    if let d = fewDigits {
      return CheckOutcome(verdict: .partial, feedback: ["every entry is correctly rounded, but some have only \(d) significant digits: give at least \(minimumSignificantDigits)"],
                          method: "certified bounds")
    }
    if truncated {
      return CheckOutcome(verdict: .partial, feedback: ["some entries are truncated, not rounded"], method: "certified bounds")
    }
    return CheckOutcome(verdict: .correct, feedback: [rounded ? "every entry correctly rounded to at least \(minimumSignificantDigits) significant digits (half a unit in the last written digit)" : "every entry equal, decided exactly"],
                        method: rounded ? "certified bounds" : "decided exactly")
  }
}
