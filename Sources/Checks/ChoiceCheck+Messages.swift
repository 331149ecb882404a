// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Exact
import Localization

extension ChoiceCheck {
  /// What a choice check found, one case per sentence: the check says which reason, ``message``
  /// says it in both languages under its stable id. `chosen` is the option the learner chose.
  enum Reason {
    case witnessNotMapping
    case unknownKey(String)
    case expectedOption(options: String)
    /// Not one of the options, close enough to one to be a slip (`hint` says which).
    case notAnOption(written: String, options: String, hint: LocalizedText)
    /// Some other claim than the options weigh.
    case otherClaim(written: String, options: String)
    case wrong(chosen: String)
    case right(chosen: String)
    case witnessMissing(chosen: String, variables: String)
    case witnessUnknownVariable(name: String, variables: String)
    case witnessNotAValue
    case witnessInvalid(chosen: String, name: String, value: String, problem: DomainValidation.Problem)
    case witnessIncomplete(missing: String)
    case witnessLengthsDiffer(chosen: String)
    case witnessShows(chosen: String, left: String, relation: String, right: String)
    case witnessDoesNotShow(chosen: String, left: String, right: String)
    case witnessNotEvaluable(chosen: String, why: LocalizedText)
  }
}

extension ChoiceCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .witnessNotMapping:
      Message("choice.witness-not-mapping", en: "'witness' maps variable names to values, e.g. {p: [1/2, 1/2]}",
              ko: "'witness'는 변수 이름을 값에 대응시키는 매핑입니다. 예: {p: [1/2, 1/2]}")
    case .unknownKey(let key):
      Message("choice.unknown-key", en: "a choice answer has the keys 'answer' and 'witness', not '\(key)'",
              ko: "선택형 답의 키는 'answer'와 'witness'입니다. '\(key)' 키는 쓸 수 없습니다")
    case .expectedOption(let options):
      Message("choice.expected-option", en: "expected one of \(options) (or {answer: ..., witness: {...}})",
              ko: "\(options) 중 하나를 쓰세요 (또는 {answer: ..., witness: {...}})")
    case .notAnOption(let written, let options, let hint):
      Message("choice.not-an-option", en: "'\(written)' is not one of the choices (\(options))\(hint.en)",
              ko: "'\(written)': 선택지(\(options))에 없는 답입니다\(hint.ko)")
    case .otherClaim(let written, let options):
      Message("choice.other-claim",
              en: "'\(written)' is not one of the answers this part weighs, and it is not right: choose one of \(options)",
              ko: "\(KoreanParticle.topic.after("'\(written)'")) 이 문항이 고르게 한 답이 아니며, 맞지도 않습니다: \(options) 중 하나를 고르세요")
    case .wrong(let chosen):
      Message("choice.wrong", en: "'\(chosen)' is not right", ko: "'\(chosen)' 선택지는 정답이 아닙니다")
    case .right(let chosen):
      Message("choice.right", en: "'\(chosen)' is right", ko: "'\(chosen)' 선택지가 맞습니다")
    case .witnessMissing(let chosen, let names):
      Message("choice.witness-missing", en: "'\(chosen)' is right; now give a witness (values of \(names)) that shows it",
              ko: "'\(chosen)' 선택지가 맞습니다. 이제 이를 보여 주는 증거 값(witness: \(names)의 값)을 제시하세요")
    case .witnessUnknownVariable(let name, let names):
      Message("choice.witness-unknown-variable", en: "the witness names '\(name)', but this part's witness variables are \(names)",
              ko: "증거 값에 이 문항의 증거 변수(\(names))가 아닌 이름이 있습니다: '\(name)'")
    case .witnessNotAValue:
      Message("choice.witness-not-a-value", en: "a witness value is a number or a list", ko: "증거 값은 수 또는 목록이어야 합니다")
    case .witnessInvalid(let chosen, let name, let value, let problem):
      Message("choice.witness-invalid", en: "'\(chosen)' is right, but the witness \(name) = \(value) is not valid: \(problem.text.en)",
              ko: "'\(chosen)' 선택지는 맞지만, 증거 값이 올바르지 않습니다 (\(name) = \(value)): \(problem.text.ko)")
    case .witnessIncomplete(let missing):
      Message("choice.witness-incomplete", en: "the witness is missing \(missing)", ko: "증거 값에 \(missing)의 값이 빠져 있습니다")
    case .witnessLengthsDiffer(let chosen):
      Message("choice.witness-lengths-differ", en: "'\(chosen)' is right, but the witness vectors have different lengths",
              ko: "'\(chosen)' 선택지는 맞지만, 증거 값의 벡터들의 길이가 서로 다릅니다")
    case .witnessShows(let chosen, let left, let op, let right):
      Message("choice.witness-shows", en: "'\(chosen)' is right, and the witness shows it: there \(left) \(op) \(right)",
              ko: "'\(chosen)' 선택지가 맞고, 증거 값이 이를 보여 줍니다: 그 점에서 \(left) \(op) \(right)")
    case .witnessDoesNotShow(let chosen, let left, let right):
      Message("choice.witness-does-not-show",
              en: "'\(chosen)' is right, but the witness does not show it: there both sides are \(left) and \(right)",
              ko: "'\(chosen)' 선택지는 맞지만, 증거 값이 이를 보여 주지 못합니다: 그 점에서 양변은 각각 \(left), \(right)입니다")
    case .witnessNotEvaluable(let chosen, let why):
      Message("choice.witness-not-evaluable", en: "'\(chosen)' is right, but the witness cannot be evaluated: \(why.en)",
              ko: "'\(chosen)' 선택지는 맞지만, 증거 값에서 조건을 계산할 수 없습니다: \(why.ko)")
    }
  }
}

extension DomainValidation.Problem {
  /// Why a witness value is outside its variable's domain, in both languages.
  var text: LocalizedText {
    switch self {
    case .tooFewEntries: LocalizedText(en: "a distribution needs at least two entries", ko: "확률 분포에는 성분이 적어도 두 개 있어야 합니다")
    case .notExact: LocalizedText(en: "entries must be exact numbers", ko: "성분은 정확한 수(분수 등)여야 합니다")
    case .negative: LocalizedText(en: "probabilities cannot be negative", ko: "확률은 음수일 수 없습니다")
    case .zero: LocalizedText(en: "every probability must be positive here", ko: "여기서는 모든 확률이 양수여야 합니다")
    case .sum(let sum): LocalizedText(en: "the entries sum to \(sum), not 1", ko: "성분의 합이 1이 아니라 \(sum)입니다")
    case .notPositive: LocalizedText(en: "must be positive", ko: "양수여야 합니다")
    case .notProbability: LocalizedText(en: "must be an exact number from 0 to 1", ko: "0부터 1까지의 정확한 수여야 합니다")
    case .notCount: LocalizedText(en: "must be a positive integer", ko: "양의 정수여야 합니다")
    case .expectedVector(let found): LocalizedText(en: "expected a vector, found \(found.en)", ko: "벡터가 필요한데 \(found.ko)입니다")
    case .expectedNumber(let found): LocalizedText(en: "expected a number, found \(found.en)", ko: "수가 필요한데 \(found.ko)입니다")
    }
  }
}
