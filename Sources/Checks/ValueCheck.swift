import AnswerDocument
import Exact
import Language
import Localization
import Sampling

/// Checks a `value` part: a number or expression compared with the reference exactly when both
/// are exact, and as a correctly rounded decimal otherwise.
///
/// - A decimal answer to an irrational (or non-terminating) reference is correct when correctly
///   rounded at its written precision and has at least ``minimumSignificantDigits`` significant
///   digits; with fewer digits, or truncated instead of rounded, it is `partial`.
/// - An answer that is the reference in the other unit is `incorrect` with `nats-vs-bits`.
package struct ValueCheck: Sendable {
  package var reference: Expression
  package var referenceText: String
  package var unit: Unit?
  package var minimumSignificantDigits: Int
  package var misconceptions: [Misconception]
  /// Other answers accepted as correct (an ambiguous question read another way), each with a
  /// note that the feedback adds.
  package var alternatives: [Misconception]
  /// For a code length or rate: the source's entropy per symbol (its text), below which no
  /// answer is possible; such an answer is named impossible.
  package var entropyBound: String?
  package var limits: LanguageLimits
  /// The reference, evaluated once.
  let target: RealValue?
  /// The reference as `--reveal` shows it, written once.
  private(set) var referenceSummary: String

  package init(
    reference: Expression, referenceText: String, unit: Unit?, minimumSignificantDigits: Int = 4,
    misconceptions: [Misconception] = [], alternatives: [Misconception] = [], limits: LanguageLimits = .standard
  ) {
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
  /// `context` (the marking seed and part) lets an answer equal to a reference that is not exact
  /// be proved at once (``ConstantIdentity``); without it, the comparison alone decides.
  package func check(_ answer: AnswerNode, context: CheckContext? = nil) -> CheckOutcome {
    guard case .scalar(let scalar) = answer else {
      let found = answer.shapeText
      return .invalid(Reason.expectedNumber(found: found).message, at: answer.location)
    }
    let written: Expression
    let value: RealValue
    // `log2(3) ≈ 1.585`: the expression before the approximation is the answer.
    let approximated = scalar.text.firstIndex(of: "≈").map { String(scalar.text[..<$0]) }
    // `H = log2(3)`: a labelled answer is read by its right-hand side.
    var source = approximated ?? scalar.text
    var shift = 0
    let labelled = LabelledAnswer(source).flatMap { (try? Parser.expression(source, limits: limits)) == nil ? $0 : nil }
    if let labelled { (source, shift) = (labelled.body, labelled.offset) }
    // `1.5 bits` in a part in bits: the unit the part states, read as the number alone.
    if let unit, let number = unit.strippingWord(from: source) { source = number }
    do {
      written = try Parser.expression(source, limits: limits)
      var evaluator = Evaluator(limits: limits)
      let result = try evaluator.evaluate(written)
      guard case .scalar(let v) = result else {
        return .invalid(CheckOutcome.Reason.notANumber(found: result.shapeText, place: nil).message, at: answer.location)
      }
      value = v
    } catch {
      return .invalid(error, at: scalar.location(ofOffset: error.offset + shift))
    }
    var outcome = proved(written, value, context: context) ?? judge(value, written: written)
    if let labelled { outcome.feedback.append(LabelledAnswer.note(labelled.label)) }
    if approximated != nil {
      outcome.feedback.append(Reason.approximationRead.message)
    }
    outcome.reference = referenceSummary
    return outcome
  }

  /// `correct` when the answer is proved equal to the reference (``ConstantIdentity``).
  private func proved(_ written: Expression, _ value: RealValue, context: CheckContext?) -> CheckOutcome? {
    guard let target,
      ConstantIdentity.proves(
        written, equals: reference, given: .scalar(value), expected: .scalar(target),
        context: context, limits: limits.exact)
    else { return nil }
    return .provedEqual
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
      return .referenceNotEvaluable
    }
    let match = ValueMatch.judge(value, written: written, target: target, limits: limits.exact)
    switch match {
    case .exact:
      return CheckOutcome(
        verdict: .correct,
        feedback: [Reason.equal(unit: unit).message],
        method: .exact)
    case .certifiedAgreement(let bits):
      return CheckOutcome(
        verdict: .correct,
        feedback: [Reason.certifiedEqual(unit: unit, bits: bits).message],
        method: .certifiedAgreement(bits: bits))
    case .rounded(let digits) where digits >= minimumSignificantDigits:
      return CheckOutcome(
        verdict: .correct,
        feedback: [Reason.rounded(unit: unit, digits: digits).message],
        method: .certifiedBounds)
    case .rounded(let digits):
      return CheckOutcome(
        verdict: .partial,
        feedback: [Reason.tooFewDigits(digits: digits, minimum: minimumSignificantDigits).message],
        method: .certifiedBounds)
    case .lastDigitSlip:
      return CheckOutcome(
        verdict: .partial, feedback: [Reason.roundingSlip(written: written.writtenText).message],
        method: .certifiedBounds)
    case .truncated:
      return CheckOutcome(
        verdict: .partial,
        feedback: [Reason.truncated.message],
        method: .certifiedBounds)
    case .undecided(let why):
      return ValueCheck.undecided(why)
    case .different(let method):
      for alt in alternatives {
        guard case .expression(let e, _) = alt.match, let other = evaluate(e) else { continue }
        var outcome = judge(value, written: written, target: other, minimumDigits: minimumSignificantDigits)
        if outcome.verdict == .correct || outcome.verdict == .partial {
          outcome.feedback.append(alt.message)
          return outcome
        }
      }
      return wrongAnswer(value, written: written, target: target, method: method)
    }
  }

  /// Judges against one target only (for accepted alternatives).
  private func judge(_ value: RealValue, written: Expression, target: RealValue, minimumDigits: Int) -> CheckOutcome {
    let match = ValueMatch.judge(value, written: written, target: target, limits: limits.exact)
    switch match {
    case .exact:
      return CheckOutcome(verdict: .correct, feedback: [Reason.accepted(match).message], method: .exact)
    case .certifiedAgreement:
      return CheckOutcome(verdict: .correct, feedback: [Reason.accepted(match).message], method: .certified)
    case .rounded(let d) where d >= minimumDigits:
      return CheckOutcome(verdict: .correct, feedback: [Reason.accepted(match).message], method: .certifiedBounds)
    case .rounded, .truncated, .lastDigitSlip:
      return CheckOutcome(
        verdict: .partial, feedback: [Reason.acceptedTooFewDigits(minimum: minimumDigits).message],
        method: .certifiedBounds)
    case .different(let m): return CheckOutcome(verdict: .incorrect, method: CheckMethod(m))
    case .undecided(let why): return ValueCheck.undecided(why)
    }
  }

  /// An answer that could not be compared within the limits: no verdict on its value is claimed.
  static func undecided(_ why: LocalizedText) -> CheckOutcome {
    CheckOutcome(verdict: .invalid, feedback: [Reason.undecided(why: why).message], method: .undecided)
  }

  private func wrongAnswer(_ value: RealValue, written: Expression, target: RealValue, method: DecisionMethod) -> CheckOutcome {
    // The reference in the other unit: bits × ln 2 = nats, nats / ln 2 = bits.
    if let unit, let ln2 = try? RealValue.log(.rational(Rational(2))) {
      let converted = unit == .bits ? try? RealValue.product(target, ln2) : try? RealValue.quotient(target, ln2)
      if let converted,
        ValueMatch.judge(value, written: written, target: converted, limits: limits.exact)
          .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits))
      {
        let m = misconceptions.first { $0.id == "nats-vs-bits" }
        return CheckOutcome(
          verdict: .incorrect,
          feedback: [Reason.wrongUnit(asked: unit).message, m?.message ?? Reason.natsVsBits.message],
          misconception: "nats-vs-bits", method: CheckMethod(method))
      }
    }
    let notEqual = Reason.notEqual(written: written.writtenText, unit: unit, method: CheckMethod(method)).message
    if let impossible = belowEntropy(value, written: written) {
      return CheckOutcome(verdict: .incorrect, feedback: [impossible], method: CheckMethod(method))
    }
    for m in misconceptions {
      guard case .expression(let e, _) = m.match, let wrong = evaluate(e) else { continue }
      if ValueMatch.judge(value, written: written, target: wrong, limits: limits.exact)
        .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits))
      {
        return m.applied(to: CheckOutcome(verdict: .incorrect, feedback: [notEqual], method: CheckMethod(method)))
      }
    }
    return CheckOutcome(verdict: .incorrect, feedback: [notEqual], method: CheckMethod(method))
  }

  /// "1.5 bits per symbol is impossible: no code beats H = log2(3) ≈ 1.585": a length or rate
  /// below the entropy, named as what it is.
  private func belowEntropy(_ value: RealValue, written: Expression) -> Message? {
    guard let text = entropyBound, let bound = try? Parser.expression(text, limits: limits), let h = evaluate(bound),
      let order = (try? RealValue.compare(value, h, limits: limits.exact))?.order, order < 0
    else { return nil }
    let approx = ValueText.approximation(h).map { " ≈ \($0)" } ?? ""
    return Reason.belowEntropy(written: written.writtenText, unit: unit, bound: text, approximation: approx).message
  }
}
