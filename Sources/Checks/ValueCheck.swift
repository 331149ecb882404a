import Localization
import Exact
import AnswerDocument
import Language

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

  package init(reference: Expression, referenceText: String, unit: Unit?, minimumSignificantDigits: Int = 4,
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
  package func check(_ answer: AnswerNode) -> CheckOutcome {
    guard case .scalar(let scalar) = answer else {
      let found = answer.shapeText
      return .invalid(Message("answer.expected-number", en: "expected a single number or expression, found \(found.en)",
                              ko: "수나 식 하나가 필요한데, 지금 답은 \(found.ko)입니다"), at: answer.location)
    }
    let written: Expression
    let value: RealValue
    // `log2(3) ≈ 1.585`: the expression before the approximation is the answer.
    let approximated = scalar.text.firstIndex(of: "≈").map { String(scalar.text[..<$0]) }
    // `H = log2(3)`: a labelled answer is read by its right-hand side.
    var source = approximated ?? scalar.text, shift = 0
    let labelled = LabelledAnswer(source).flatMap { (try? Parser.expression(source, limits: limits)) == nil ? $0 : nil }
    if let labelled { (source, shift) = (labelled.body, labelled.offset) }
    do {
      written = try Parser.expression(source, limits: limits)
      var evaluator = Evaluator(limits: limits)
      guard case .scalar(let v) = try evaluator.evaluate(written) else {
        return .invalid(Message("answer.not-a-number", en: "expected a single number, but this is a vector or matrix",
                                ko: "수 하나가 필요한데, 이 답은 벡터나 행렬입니다"), at: answer.location)
      }
      value = v
    } catch {
      return .invalid(error, at: scalar.location(ofOffset: error.offset + shift))
    }
    var outcome = judge(value, written: written)
    if let labelled { outcome.feedback.append(LabelledAnswer.note(labelled.label)) }
    if approximated != nil {
      outcome.feedback.append(Message("value.approximation-read", en: "judged the expression before '≈'; the decimal after it was not marked",
                                      ko: "'≈' 앞의 식을 판정했습니다. 그 뒤의 소수는 채점하지 않았습니다"))
    }
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
      return .referenceNotEvaluable
    }
    let match = ValueMatch.judge(value, written: written, target: target, limits: limits.exact)
    // English: "the expected value (bits)"; Korean puts the unit on the noun, "기대하는 값(비트)과".
    let unitNote = unit.map { LocalizedText(en: " (\($0.name.en))", ko: "(\($0.name.ko))") } ?? LocalizedText(en: "", ko: "")
    switch match {
    case .exact:
      return CheckOutcome(verdict: .correct,
                          feedback: [Message("value.equal", en: "equal to the expected value\(unitNote.en), decided exactly",
                                             ko: "기대하는 값\(unitNote.ko)과 같습니다. 정확히 판정했습니다")],
                          method: "decided exactly")
    case .certifiedAgreement(let bits):
      return CheckOutcome(verdict: .correct,
                          feedback: [Message("value.certified-equal",
                            en: "equal to the expected value\(unitNote.en) to \(bits) bits (certified interval arithmetic; exact equality of these forms is not decidable here)",
                            ko: "기대하는 값\(unitNote.ko)과 \(bits)비트까지 같습니다 (인증된 구간 연산으로 확인. 이 형태들이 정확히 같은지는 여기서 판정할 수 없습니다)")],
                          method: "certified to 2^-\(bits)")
    case .rounded(let digits) where digits >= minimumSignificantDigits:
      return CheckOutcome(verdict: .correct,
                          feedback: [Message("value.rounded",
                            en: "correctly rounded to \(digits) significant digits\(unitNote.en); the tolerance is half a unit in the last written digit",
                            ko: "쓴 값\(unitNote.ko)이 유효 숫자 \(digits)자리로 올바르게 반올림되었습니다. 허용 오차는 마지막으로 쓴 자리의 반 단위입니다")],
                          method: "certified bounds")
    case .rounded(let digits):
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("value.too-few-digits",
                            en: "correctly rounded, but only \(digits) significant digit\(digits == 1 ? "" : "s"): give at least \(minimumSignificantDigits), or an exact expression",
                            ko: "올바르게 반올림되었지만 유효 숫자가 \(digits)자리뿐입니다: 적어도 \(minimumSignificantDigits)자리를 쓰거나 정확한 식을 쓰세요")],
                          method: "certified bounds")
    case .lastDigitSlip:
      let text = written.writtenText
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("value.rounding-slip",
                            en: "a rounding slip: \(text) is off by one in its last digit; round again from more digits (or give an exact expression)",
                            ko: "반올림 실수입니다: \(text)의 마지막 자리가 하나 어긋났습니다. 더 많은 자리에서 다시 반올림하세요 (또는 정확한 식을 쓰세요)")],
                          method: "certified bounds")
    case .truncated:
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("value.truncated",
                            en: "this decimal is truncated, not rounded: round the last digit (or give an exact expression)",
                            ko: "이 소수는 반올림이 아니라 버림한 값입니다: 마지막 자리를 반올림하세요 (또는 정확한 식을 쓰세요)")],
                          method: "certified bounds")
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
    switch ValueMatch.judge(value, written: written, target: target, limits: limits.exact) {
    case .exact:
      return CheckOutcome(verdict: .correct, feedback: [Message("value.accepted", en: "accepted, decided exactly", ko: "인정됩니다 (정확히 판정)")],
                          method: "decided exactly")
    case .certifiedAgreement(let bits):
      return CheckOutcome(verdict: .correct,
                          feedback: [Message("value.accepted", en: "accepted (certified to 2^-\(bits))", ko: "인정됩니다 (2^-\(bits) 까지 인증)")],
                          method: "certified")
    case .rounded(let d) where d >= minimumDigits:
      return CheckOutcome(verdict: .correct,
                          feedback: [Message("value.accepted", en: "accepted, correctly rounded to \(d) significant digits",
                                             ko: "인정됩니다 (유효 숫자 \(d)자리로 올바르게 반올림)")],
                          method: "certified bounds")
    case .rounded, .truncated, .lastDigitSlip:
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("value.accepted-too-few-digits",
                                             en: "accepted reading, but give at least \(minimumDigits) correctly rounded significant digits",
                                             ko: "인정되는 해석이지만, 올바르게 반올림된 유효 숫자를 적어도 \(minimumDigits)자리 쓰세요")],
                          method: "certified bounds")
    case .different(let m): return CheckOutcome(verdict: .incorrect, method: m.description)
    case .undecided(let why): return ValueCheck.undecided(why)
    }
  }

  /// An answer that could not be compared within the limits: no verdict on its value is claimed.
  static func undecided(_ why: LocalizedText) -> CheckOutcome {
    CheckOutcome(verdict: .invalid, feedback: [Message(
      "value.undecided", en: "could not be compared with the expected value within softcheck's limits (\(why.en)); give an exact expression or fewer digits",
      ko: "softcheck의 한도 안에서 기대하는 값과 비교할 수 없었습니다 (\(why.ko)). 정확한 식을 쓰거나 자릿수를 줄이세요")],
                 method: "not decided")
  }

  private func wrongAnswer(_ value: RealValue, written: Expression, target: RealValue, method: DecisionMethod) -> CheckOutcome {
    // The reference in the other unit: bits × ln 2 = nats, nats / ln 2 = bits.
    if let unit, let ln2 = try? RealValue.log(.rational(Rational(2))) {
      let converted = unit == .bits ? try? RealValue.product(target, ln2) : try? RealValue.quotient(target, ln2)
      if let converted, ValueMatch.judge(value, written: written, target: converted, limits: limits.exact)
        .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits)) {
        let m = misconceptions.first { $0.id == "nats-vs-bits" }
        let (given, asked) = (unit.other.name, unit.name)
        let wrongUnit = Message("value.wrong-unit", en: "this is the value in \(given.en), but the part asks for \(asked.en)",
                                ko: "이것은 \(given.ko) 단위의 값이지만, 이 문항은 \(asked.ko) 단위로 묻습니다")
        let fix = unit == .bits
          ? Message("misconception.nats-vs-bits", en: "Divide nats by ln 2 to get bits: log2(x) = ln(x)/ln(2).",
                    ko: "내트를 ln 2 로 나누면 비트가 됩니다: log2(x) = ln(x)/ln(2).")
          : Message("misconception.nats-vs-bits", en: "Multiply bits by ln 2 to get nats.", ko: "비트에 ln 2 를 곱하면 내트가 됩니다.")
        return CheckOutcome(
          verdict: .incorrect,
          feedback: [wrongUnit, m?.message ?? fix],
          misconception: "nats-vs-bits", method: method.description)
      }
    }
    if let impossible = belowEntropy(value, written: written) {
      return CheckOutcome(verdict: .incorrect, feedback: [impossible], method: method.description)
    }
    for m in misconceptions {
      guard case .expression(let e, _) = m.match, let wrong = evaluate(e) else { continue }
      if ValueMatch.judge(value, written: written, target: wrong, limits: limits.exact)
        .isMisconceptionMatch(minimumDigits: min(3, minimumSignificantDigits)) {
        let text = written.writtenText
        let notExpected = Message("value.not-equal", en: "\(text) is not the expected value", ko: "\(KoreanParticle.topic.after(text)) 기대하는 값이 아닙니다")
        return m.applied(to: CheckOutcome(verdict: .incorrect, feedback: [notExpected], method: method.description))
      }
    }
    let unitNote = unit.map { LocalizedText(en: " (in \($0.name.en))", ko: " (\($0.name.ko) 단위)") } ?? LocalizedText(en: "", ko: "")
    let how = method.text
    return CheckOutcome(verdict: .incorrect,
                        feedback: [Message("value.not-equal", en: "your \(written.writtenText) is not equal to the expected value\(unitNote.en) (\(how.en))",
                                           ko: "쓴 값 \(KoreanParticle.topic.after(written.writtenText)) 기대하는 값과 같지 않습니다\(unitNote.ko) (\(how.ko))")],
                        method: method.description)
  }

  /// "1.5 bits per symbol is impossible: no code beats H = log2(3) ≈ 1.585": a length or rate
  /// below the entropy, named as what it is.
  private func belowEntropy(_ value: RealValue, written: Expression) -> Message? {
    guard let text = entropyBound, let bound = try? Parser.expression(text, limits: limits), let h = evaluate(bound),
          let order = (try? RealValue.compare(value, h, limits: limits.exact))?.order, order < 0 else { return nil }
    let approx = ValueText.approximation(h).map { " ≈ \($0)" } ?? ""
    let unitName = unit?.name ?? LocalizedText(en: "bits", ko: "비트")
    return Message("value.below-entropy",
      en: "\(written.writtenText) \(unitName.en) per symbol is impossible: no code beats the entropy H = \(text)\(approx) \(unitName.en) per symbol (the source coding theorem)",
      ko: "기호당 \(written.writtenText) \(unitName.ko)는 불가능합니다: 어떤 부호도 엔트로피 H = \(text)\(approx) \(unitName.ko)보다 짧을 수 없습니다 (원천 부호화 정리)")
  }
}
