// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension ValueCheck {
  /// What a value check found, one case per sentence: the check says which reason, ``message``
  /// says it in both languages under its stable id.
  enum Reason {
    /// The answer is a list or mapping, not one number or expression.
    case expectedNumber(found: LocalizedText)
    /// `log2(3) ≈ 1.585`: the expression before `≈` was judged.
    case approximationRead
    /// Equal to the reference, decided exactly.
    case equal(unit: Unit?)
    /// Equal to the reference to `bits` bits by certified intervals; exact equality undecidable.
    case certifiedEqual(unit: Unit?, bits: Int)
    /// A decimal correctly rounded to `digits` significant digits, enough of them.
    case rounded(unit: Unit?, digits: Int)
    /// A correctly rounded decimal with too few significant digits.
    case tooFewDigits(digits: Int, minimum: Int)
    /// A decimal whose last digit is off by one.
    case roundingSlip(written: String)
    /// A decimal truncated instead of rounded.
    case truncated
    /// An accepted other reading of the question, matched as `match` says.
    case accepted(ValueMatch)
    /// An accepted other reading, with too few correctly rounded digits.
    case acceptedTooFewDigits(minimum: Int)
    /// Not compared within the limits, for the reason given.
    case undecided(why: LocalizedText)
    /// The reference in the other unit (`nats` when `asked` is `bits`).
    case wrongUnit(asked: Unit)
    /// How nats and bits convert (the `nats-vs-bits` misconception, when the part names none).
    case natsVsBits
    /// A value that is not the reference, decided as `method` says.
    case notEqual(written: String, unit: Unit?, method: CheckMethod)
    /// A code length or rate below the entropy `bound` (its text, and `≈ decimal` when known).
    case belowEntropy(written: String, unit: Unit?, bound: String, approximation: String)
  }
}

extension ValueCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .expectedNumber(let found):
      Message("answer.expected-number", en: "expected a single number or expression, found \(found.en)",
              ko: "수나 식 하나가 필요한데, 지금 답은 \(found.ko)입니다")
    case .approximationRead:
      Message("value.approximation-read", en: "judged the expression before '≈'; the decimal after it was not marked",
              ko: "'≈' 앞의 식을 판정했습니다. 그 뒤의 소수는 채점하지 않았습니다")
    case .equal(let unit):
      Message("value.equal", en: "equal to the expected value\(Self.named(unit).en), decided exactly",
              ko: "기대하는 값\(Self.named(unit).ko)과 같습니다. 정확히 판정했습니다")
    case .certifiedEqual(let unit, let bits):
      Message("value.certified-equal",
              en: "equal to the expected value\(Self.named(unit).en) to \(bits) bits (certified interval arithmetic; exact equality of these forms is not decidable here)",
              ko: "기대하는 값\(Self.named(unit).ko)과 \(bits)비트까지 같습니다 (인증된 구간 연산으로 확인. 이 형태들이 정확히 같은지는 여기서 판정할 수 없습니다)")
    case .rounded(let unit, let digits):
      Message("value.rounded",
              en: "correctly rounded to \(digits) significant digits\(Self.named(unit).en); the tolerance is half a unit in the last written digit",
              ko: "쓴 값\(Self.named(unit).ko)이 유효 숫자 \(digits)자리로 올바르게 반올림되었습니다. 허용 오차는 마지막으로 쓴 자리의 반 단위입니다")
    case .tooFewDigits(let digits, let minimum):
      Message("value.too-few-digits",
              en: "correctly rounded, but only \(digits) significant digit\(digits == 1 ? "" : "s"): give at least \(minimum), or an exact expression",
              ko: "올바르게 반올림되었지만 유효 숫자가 \(digits)자리뿐입니다: 적어도 \(minimum)자리를 쓰거나 정확한 식을 쓰세요")
    case .roundingSlip(let written):
      Message("value.rounding-slip",
              en: "a rounding slip: \(written) is off by one in its last digit; round again from more digits (or give an exact expression)",
              ko: "반올림 실수입니다: \(written)의 마지막 자리가 하나 어긋났습니다. 더 많은 자리에서 다시 반올림하세요 (또는 정확한 식을 쓰세요)")
    case .truncated:
      Message("value.truncated", en: "this decimal is truncated, not rounded: round the last digit (or give an exact expression)",
              ko: "이 소수는 반올림이 아니라 버림한 값입니다: 마지막 자리를 반올림하세요 (또는 정확한 식을 쓰세요)")
    case .accepted(let match):
      Message("value.accepted", en: "accepted (\(Self.basis(match).en))", ko: "인정됩니다 (\(Self.basis(match).ko))")
    case .acceptedTooFewDigits(let minimum):
      Message("value.accepted-too-few-digits",
              en: "accepted reading, but give at least \(minimum) correctly rounded significant digits",
              ko: "인정되는 해석이지만, 올바르게 반올림된 유효 숫자를 적어도 \(minimum)자리 쓰세요")
    case .undecided(let why):
      Message("value.undecided",
              en: "could not be compared with the expected value within softcheck's limits (\(why.en)); give an exact expression or fewer digits",
              ko: "softcheck의 한도 안에서 기대하는 값과 비교할 수 없었습니다 (\(why.ko)). 정확한 식을 쓰거나 자릿수를 줄이세요")
    case .wrongUnit(let asked):
      Message("value.wrong-unit", en: "this is the value in \(asked.other.name.en), but the part asks for \(asked.name.en)",
              ko: "이것은 \(asked.other.name.ko) 단위의 값이지만, 이 문항은 \(asked.name.ko) 단위로 묻습니다")
    case .natsVsBits:
      Message("misconception.nats-vs-bits", en: "Divide nats by ln 2 to get bits, and multiply bits by ln 2 to get nats: log2(x) = ln(x)/ln(2).",
              ko: "내트를 ln 2로 나누면 비트가 되고, 비트에 ln 2를 곱하면 내트가 됩니다: log2(x) = ln(x)/ln(2).")
    case .notEqual(let written, let unit, let method):
      Message("value.not-equal", en: "your \(written) is not equal to the expected value\(unit.map { " in \($0.name.en)" } ?? ""), \(method.text.en)",
              ko: "쓴 값 \(KoreanParticle.topic.after(written)) 기대하는 값과 같지 않습니다 (\(unit.map { "\($0.name.ko) 단위, " } ?? "")\(method.text.ko))")
    case .belowEntropy(let written, let unit, let bound, let approximation):
      Message("value.below-entropy",
        en: "\(written) \(Self.name(unit).en) per symbol is impossible: no code beats the entropy H = \(bound)\(approximation) \(Self.name(unit).en) per symbol (the source coding theorem)",
        ko: "기호당 \(written)\(KoreanParticle.topic.after(Self.name(unit).ko)) 불가능합니다: 어떤 부호도 엔트로피 H = \(bound)\(approximation) \(Self.name(unit).ko)보다 짧을 수 없습니다 (원천 부호화 정리)")
    }
  }

  /// A length's unit: the part's, else bits.
  private static func name(_ unit: Unit?) -> LocalizedText { (unit ?? .bits).name }

  /// The unit after the value it measures: "the expected value (bits)" / "기대하는 값(비트)".
  private static func named(_ unit: Unit?) -> LocalizedText {
    unit.map { LocalizedText(en: " (\($0.name.en))", ko: "(\($0.name.ko))") } ?? LocalizedText(en: "", ko: "")
  }

  /// How an accepted reading matched.
  private static func basis(_ match: ValueMatch) -> LocalizedText {
    switch match {
    case .certifiedAgreement(let bits): CheckMethod.certifiedAgreement(bits: bits).text
    case .rounded(let digits):
      LocalizedText(en: "correctly rounded to \(digits) significant digits", ko: "유효 숫자 \(digits)자리로 올바르게 반올림")
    default: CheckMethod.exact.text
    }
  }
}
