import Exact
import Language
import Localization

/// How a check reached its verdict, apart from the verdict itself.
///
/// Programs match on ``id`` (JSON `method_id`), which names the kind of decision and never
/// changes; ``text`` is the sentence people read (JSON `method`, in English, as it has always
/// been written). Several cases share an id when they differ only in detail (the precision).
package enum CheckMethod: Sendable, Hashable {
  /// By exact rational arithmetic or exact equality of log-linear forms.
  case exact
  /// Exactly, by comparing two integer powers (`2^5 > 3^3` for `5/3 > log2 3`).
  case integerPowers
  /// Every sampled point agreed, some of them by certified interval arithmetic.
  case certified
  /// The answer agrees with the reference to this many bits, by certified interval arithmetic;
  /// exact equality of the two forms was not decidable.
  case certifiedAgreement(bits: Int)
  /// A comparison decided by a certified MPFR enclosure at this many bits of precision.
  case interval(bits: Int)
  /// A rounded decimal judged against certified bounds of the exact value.
  case certifiedBounds
  /// Judged on sampled points with no single deciding point (a bound that holds on every one, a
  /// chain or formula that is right only in part).
  case sampled
  /// Decided by one sampled point: the counterexample (`replay` reproduces it).
  case sampledPoint
  /// A chosen word compared with the part's options (case and a final full stop aside).
  case exactMatch
  /// Evaluated in IEEE binary64 at the part's extreme points.
  case binary64
  /// Equivalent on sampled points, and evaluated in IEEE binary64 at the extreme points.
  case sampledBinary64
  /// Not decided: the work budget for the answer ran out.
  case budget
  /// Not decided: the comparison did not fit in softcheck's limits.
  case undecided
  /// Proved equal as exp–log expressions by an exact identity test at random points
  /// (Schwartz–Zippel): the chance of a wrong "equal" is below 2^-100.
  case identity
  /// Proved equal by the identity test, and evaluated in IEEE binary64 at the extreme points
  /// (a `stable` part whose equivalence is an exp–log identity).
  case identityBinary64

  /// The method of an exact comparison.
  package init(_ decision: DecisionMethod) {
    switch decision {
    case .exact: self = .exact
    case .integerPowers: self = .integerPowers
    case .certified(let bits): self = .interval(bits: bits)
    }
  }

  /// The stable id programs match on (JSON `method_id`).
  package var id: String {
    switch self {
    case .exact, .integerPowers: "exact"
    case .certified, .certifiedAgreement, .interval: "certified"
    case .certifiedBounds: "certified-bounds"
    case .sampled: "sampled"
    case .sampledPoint: "sampled-point"
    case .exactMatch: "exact-match"
    case .binary64: "binary64"
    case .sampledBinary64: "sampled-binary64"
    case .budget: "budget"
    case .undecided: "undecided"
    case .identity: "identity"
    case .identityBinary64: "identity-binary64"
    }
  }

  /// The method in a sentence, in both languages; the English is JSON's `method`.
  package var text: LocalizedText {
    switch self {
    case .exact: DecisionMethod.exact.text
    case .integerPowers: DecisionMethod.integerPowers.text
    case .interval(let bits): DecisionMethod.certified(bits: bits).text
    case .certified: LocalizedText(en: "certified", ko: "인증된 구간 연산으로 판정")
    case .certifiedAgreement(let bits): LocalizedText(en: "certified to 2^-\(bits)", ko: "2^-\(bits)까지 인증")
    case .certifiedBounds: LocalizedText(en: "certified bounds", ko: "인증된 범위로 판정")
    case .sampled: LocalizedText(en: "sampled", ko: "표본 점에서 판정")
    case .sampledPoint: LocalizedText(en: "decided at a sampled point", ko: "표본 점 하나에서 판정")
    case .exactMatch: LocalizedText(en: "exact match", ko: "글자 그대로 일치하는지 판정")
    case .binary64: LocalizedText(en: "binary64 evaluation", ko: "binary64로 계산")
    case .sampledBinary64: LocalizedText(en: "sampled and binary64", ko: "표본 점에서 binary64로 계산")
    case .budget: LocalizedText(en: "not decided: work budget", ko: "판정하지 못함: 계산량 한도")
    case .undecided: LocalizedText(en: "not decided", ko: "판정하지 못함")
    case .identity:
      LocalizedText(
        en: "proved equal as exp–log expressions; the chance this is wrong is below 2^-100",
        ko: "지수·로그 식으로서 같음을 증명했습니다. 이 판정이 틀렸을 확률은 2^-100 미만입니다")
    case .identityBinary64:
      LocalizedText(en: "proved equal as exp–log expressions, and binary64", ko: "지수·로그 식으로서 같음을 증명하고 binary64로 계산")
    }
  }

  /// Every case, one of each (payloads at a typical precision), for tests and docs.
  package static let all: [CheckMethod] = [
    .exact, .integerPowers, .certified, .certifiedAgreement(bits: 128), .interval(bits: 128), .certifiedBounds,
    .sampled, .sampledPoint, .exactMatch, .binary64, .sampledBinary64, .budget, .undecided, .identity, .identityBinary64,
  ]
}

extension CheckMethod: CustomStringConvertible {
  /// The English sentence, as JSON's `method` writes it.
  package var description: String { text.en }
}
