import Exact
import Language

/// Checks a `value` part: a number or expression compared with the reference exactly when both
/// are exact, and as a correctly rounded decimal otherwise.
///
/// - A decimal answer to an irrational (or non-terminating) reference is correct when correctly
///   rounded at its written precision and has at least ``minimumSignificantDigits`` significant
///   digits; with fewer digits, or truncated instead of rounded, it is `partial`.
/// - An answer that is the reference in the other unit is `incorrect` with `nats-vs-bits`.
public struct ValueCheck: Sendable {
  public var reference: Expression
  public var referenceText: String
  public var unit: Unit?
  public var minimumSignificantDigits: Int
  public var misconceptions: [Misconception]
  /// Other answers accepted as correct (an ambiguous question read another way), each with a
  /// note that the feedback adds.
  public var alternatives: [Misconception]
  public var limits: LanguageLimits
  /// The reference, evaluated once.
  let target: RealValue?
  /// The reference as `--reveal` shows it, written once.
  private(set) var referenceSummary: String

  public init(reference: Expression, referenceText: String, unit: Unit?, minimumSignificantDigits: Int = 4,
              misconceptions: [Misconception] = [], alternatives: [Misconception] = [], limits: LanguageLimits = .standard) {
    self.alternatives = alternatives
    self.reference = reference
    self.referenceText = referenceText
    self.unit = unit
    self.minimumSignificantDigits = minimumSignificantDigits
    self.misconceptions = misconceptions
    self.limits = limits
    var evaluator = Evaluator(limits: limits)
    if case .scalar(let v)? = try? evaluator.evaluate(reference) { target = v } else { target = nil }
    referenceSummary = ""
    referenceSummary = referenceDescription()
  }

  /// Judges an answer.
  public func check(_ answer: AnswerNode) -> CheckOutcome {
    guard case .scalar(let scalar) = answer else {
      return .invalid("expected a single number or expression, found \(answer.shapeDescription)", at: answer.location)
    }
    let written: Expression
    let value: RealValue
    do {
      written = try Parser.expression(scalar.text, limits: limits)
      var evaluator = Evaluator(limits: limits)
      guard case .scalar(let v) = try evaluator.evaluate(written) else {
        return .invalid("expected a single number, but this is a vector or matrix", at: answer.location)
      }
      value = v
    } catch {
      return .invalid(error.message, at: scalar.location(ofOffset: error.offset))
    }
    var outcome = judge(value, written: written)
    outcome.reference = referenceSummary
    return outcome
  }

  private func evaluate(_ e: Expression) -> RealValue? {
    var evaluator = Evaluator(limits: limits)
    guard case .scalar(let v)? = try? evaluator.evaluate(e) else { return nil }
    return v
  }

  func referenceDescription() -> String {
    guard let v = target else { return referenceText }
    let unitText = unit.map { " \($0.rawValue)" } ?? ""
    if let q = v.rationalValue { return "\(q)\(unitText)" }
    let approx = ValueText.approximation(v).map { " ≈ \($0)" } ?? ""
    if case .logLinear(let l) = v { return "\(l)\(approx)\(unitText)" }
    return "\(referenceText)\(approx)\(unitText)"
  }



  func judge(_ value: RealValue, written: Expression) -> CheckOutcome {
    guard let target else {
      return CheckOutcome(verdict: .invalid, feedback: ["this part's reference answer could not be evaluated (an error in the exercise file)"])
    }
    let match = ValueMatch.judge(value, written: written, target: target, limits: limits.exact)
    let unitNote = unit.map { " (\($0.rawValue))" } ?? ""
    switch match {
    case .exact:
      return CheckOutcome(verdict: .correct, feedback: ["equal to the expected value\(unitNote), decided exactly"], method: "decided exactly")
    case .certifiedAgreement(let bits):
      return CheckOutcome(verdict: .correct, feedback: ["equal to the expected value\(unitNote) to \(bits) bits (certified interval arithmetic; exact equality of these forms is not decidable here)"],
                          method: "certified to 2^-\(bits)")
    case .rounded(let digits) where digits >= minimumSignificantDigits:
      return CheckOutcome(verdict: .correct, feedback: ["correctly rounded to \(digits) significant digits\(unitNote); the tolerance is half a unit in the last written digit"],
                          method: "certified bounds")
    case .rounded(let digits):
      return CheckOutcome(verdict: .partial, feedback: ["correctly rounded, but only \(digits) significant digit\(digits == 1 ? "" : "s"): give at least \(minimumSignificantDigits), or an exact expression"],
                          method: "certified bounds")
    case .truncated:
      return CheckOutcome(verdict: .partial, feedback: ["this decimal is truncated, not rounded: round the last digit (or give an exact expression)"],
                          method: "certified bounds")
    case .different(let method):
      for alt in alternatives {
        guard case .expression(let e, _) = alt.match, let other = evaluate(e) else { continue }
        var outcome = judge(value, written: written, target: other, minimumDigits: minimumSignificantDigits)
        if outcome.verdict == .correct || outcome.verdict == .partial {
          outcome.feedback.append(alt.feedback)
          return outcome
        }
      }
      return wrongAnswer(value, written: written, target: target, method: method)
    }
  }

  /// Judges against one target only (for accepted alternatives).
  private func judge(_ value: RealValue, written: Expression, target: RealValue, minimumDigits: Int) -> CheckOutcome {
    switch ValueMatch.judge(value, written: written, target: target, limits: limits.exact) {
    case .exact: return CheckOutcome(verdict: .correct, feedback: ["accepted, decided exactly"], method: "decided exactly")
    case .certifiedAgreement(let bits): return CheckOutcome(verdict: .correct, feedback: ["accepted (certified to 2^-\(bits))"], method: "certified")
    case .rounded(let d) where d >= minimumDigits:
      return CheckOutcome(verdict: .correct, feedback: ["accepted, correctly rounded to \(d) significant digits"], method: "certified bounds")
    case .rounded, .truncated:
      return CheckOutcome(verdict: .partial, feedback: ["accepted reading, but give at least \(minimumDigits) correctly rounded significant digits"], method: "certified bounds")
    case .different(let m): return CheckOutcome(verdict: .incorrect, method: m.description)
    }
  }

  private func wrongAnswer(_ value: RealValue, written: Expression, target: RealValue, method: DecisionMethod) -> CheckOutcome {
    // The reference in the other unit: bits × ln 2 = nats, nats / ln 2 = bits.
    if let unit, let ln2 = try? RealValue.log(.rational(Rational(2))) {
      let converted = unit == .bits ? try? RealValue.product(target, ln2) : try? RealValue.quotient(target, ln2)
      if let converted, ValueMatch.judge(value, written: written, target: converted, limits: limits.exact)
        .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits)) {
        let m = misconceptions.first { $0.id == "nats-vs-bits" }
        return CheckOutcome(
          verdict: .incorrect,
          feedback: ["this is the value in \(unit.other.rawValue), but the part asks for \(unit.rawValue)", m?.feedback ?? (unit == .bits ? "Divide nats by ln 2 to get bits: log2(x) = ln(x)/ln(2)." : "Multiply bits by ln 2 to get nats.")],
          misconception: "nats-vs-bits", method: method.description)
      }
    }
    for m in misconceptions {
      guard case .expression(let e, _) = m.match, let wrong = evaluate(e) else { continue }
      if ValueMatch.judge(value, written: written, target: wrong, limits: limits.exact)
        .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits)) {
        return CheckOutcome(verdict: .incorrect, feedback: ["not the expected value", m.feedback], misconception: m.id, method: method.description)
      }
    }
    return CheckOutcome(verdict: .incorrect, feedback: ["not equal to the expected value\(unit.map { " (in \($0.rawValue))" } ?? "") (\(method))"], method: method.description)
  }
}
