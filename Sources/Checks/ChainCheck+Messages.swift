// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension ChainCheck {
  /// What a chain check found, one case per sentence: the check says which reason, ``message``
  /// says it in both languages under its stable id. Steps and lines count from 1.
  enum Reason {
    case expectedChain
    /// A line that does not read: the language's own message, placed on its line.
    case onLine(Int, Message)
    /// A name problem in a step: the formula check's message, placed on its step.
    case inStep(Int, Message)
    case mixedDirections
    case forbiddenFunction(step: Int, name: String)
    case tooShort(steps: Int, minimum: Int)
    /// Every step held on `points` sampled inputs, each exactly (`exact`) or some certified.
    case holdsOnSamples(points: Int, exact: Bool)
    case weakerRelation(established: String, claimed: String)
    case notConnected(points: Int)
    case startNotASide
    case endNotASide
    case stepValues(at: String, left: String, right: String)
    case stepNotEvaluable(at: String, why: LocalizedText)
    case stepFails(step: Int, relation: String, line: Int, justification: String?)
    case wlogAllowed(assumption: String)
    case wlogNotAllowed(assumption: String, allowed: [String])
    case restatesClaim(step: Int, relation: String, line: Int, written: String)
    /// These equality steps (1-based; every step when `all`) are proved as exp–log identities.
    case equalitiesProved(steps: [Int], all: Bool)
    /// The steps not proved (1-based) held on `points` sampled inputs.
    case othersHoldOnSamples(steps: [Int], points: Int, exact: Bool)
    /// Every step proved and the chain runs between the claim's sides as written: a proof.
    case proved
    /// Every step proved; the ends matched the claim's sides on `points` sampled inputs.
    case endsOnSamples(points: Int)
  }
}

extension ChainCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .expectedChain:
      Message("answer.expected-chain",
              en: "expected a chain: a block of lines (`proof: |`) or a list of lines, the first 'LHS rel RHS', each later one 'rel RHS'",
              ko: "체인이 필요합니다: 여러 줄 블록(`proof: |`)이나 줄의 목록으로 쓰되, 첫 줄은 'LHS rel RHS', 그다음 줄은 각각 'rel RHS' 형태로 쓰세요")
    case .onLine(let line, let inner):
      Message(inner.id, en: "line \(line) of the chain: \(inner.text.en)", ko: "체인의 \(line)번째 줄: \(inner.text.ko)")
    case .inStep(let step, let inner):
      Message(inner.id, en: "step \(step): \(inner.text.en)", ko: "\(step)단계: \(inner.text.ko)")
    case .mixedDirections:
      Message("chain.mixed-directions",
              en: "the steps point in opposite directions (both ≤ and ≥), so the chain establishes nothing between its ends",
              ko: "단계들의 방향이 서로 반대입니다 (≤와 ≥가 섞여 있습니다). 그래서 체인은 양 끝 사이에 아무 관계도 보이지 못합니다")
    case .forbiddenFunction(let step, let name):
      Message("chain.forbidden-function",
              en: "step \(step) uses '\(name)', which this proof may not use on any line: show why the claim holds without it",
              ko: "\(step)단계에 이 증명의 어느 줄에도 쓸 수 없는 '\(name)' 함수가 있습니다: 그 함수 없이 명제가 성립하는 이유를 보이세요")
    case .tooShort(let n, let minimum):
      Message("chain.too-short",
              en: "a chain of \(n) step\(n == 1 ? "" : "s") only restates the claim: show the intermediate steps (at least \(minimum))",
              ko: "\(n)단계짜리 체인은 명제를 다시 쓴 것일 뿐입니다: 중간 단계를 보이세요 (적어도 \(minimum)단계)")
    case .holdsOnSamples(let points, let exact):
      Message("chain.holds-on-samples",
              en: "every step holds on \(points) sampled inputs (\(exact ? "each decided exactly" : "exactly or with certified bounds")); this is evidence, not a proof",
              ko: "모든 단계가 표본 입력 \(points)개에서 성립합니다 (\(exact ? "모두 정확히 판정" : "정확히 또는 인증된 구간으로 판정")). 이것은 증거일 뿐, 증명은 아닙니다")
    case .weakerRelation(let established, let claimed):
      Message("chain.weaker-relation",
              en: "but the chain establishes '\(established)', which is weaker than the claim's '\(claimed)': which step is strict, and why?",
              ko: "하지만 체인이 보이는 관계('\(established)')는 명제의 관계('\(claimed)')보다 약합니다: 어느 단계가 엄격한 부등식이며, 그 이유는 무엇인가요?")
    case .notConnected(let points):
      Message("chain.not-connected",
              en: "every step holds on \(points) sampled inputs, but the chain does not connect the two sides of the claim",
              ko: "모든 단계가 표본 입력 \(points)개에서 성립하지만, 체인이 명제의 양변을 잇지 않습니다")
    case .startNotASide:
      Message("chain.start-not-a-side", en: "its first expression is neither side of the claim", ko: "체인의 첫 식이 명제의 어느 변과도 같지 않습니다")
    case .endNotASide:
      Message("chain.end-not-a-side", en: "its last expression is neither side of the claim", ko: "체인의 마지막 식이 명제의 어느 변과도 같지 않습니다")
    case .stepValues(let at, let left, let right):
      Message("chain.step-values", en: "at \(at) the left side is \(left) and the right side is \(right)",
              ko: "\(at)에서 좌변은 \(left), 우변은 \(right)입니다")
    case .stepNotEvaluable(let at, let why):
      Message("chain.step-not-evaluable", en: "at \(at) it cannot be evaluated: \(why.en)", ko: "\(at)에서 이 단계를 계산할 수 없습니다: \(why.ko)")
    case .stepFails(let step, let rel, let line, let justification):
      Message("chain.step-fails",
              en: "step \(step) ('\(rel)' on line \(line)) does not hold\(justification.map { " (your justification: \($0))" } ?? "")",
              ko: "\(step)단계(\(line)번째 줄의 '\(rel)')가 성립하지 않습니다\(justification.map { " (적은 근거: \($0))" } ?? "")")
    case .wlogAllowed(let text):
      Message("chain.wlog-allowed",
              en: "checked under your assumption '\(text)', which this part allows: the claim is unchanged by the swap or shift that brings any input there",
              ko: "적은 가정 '\(text)' 아래에서 확인했습니다. 이 문항은 이 가정을 허용합니다: 어떤 입력이든 맞바꾸기나 평행 이동으로 이 경우로 옮길 수 있고, 그래도 명제는 그대로입니다")
    case .wlogNotAllowed(let text, let allowed):
      Message("chain.wlog-not-allowed",
              en: "your chain assumes '\(text)', which loses generality here (this part allows: \(allowed.isEmpty ? "none" : allowed.joined(separator: ", "))): it shows a special case only; say why every input reduces to it",
              ko: "체인이 \(KoreanParticle.object.after("'\(text)'")) 가정하는데, 이 문항에서는 일반성을 잃습니다 (허용되는 가정: \(allowed.isEmpty ? "없음" : allowed.joined(separator: ", "))): 특수한 경우만 보인 것이니, 모든 입력이 이 경우로 바뀌는 이유를 보이세요")
    case .restatesClaim(let k, let rel, let line, let written):
      Message("chain.restates-claim",
              en: "step \(k) ('\(rel)' on line \(line): \(written)) is the claim itself, only rewritten (reordered, +0, *1, parentheses, a positive factor, multiplied out or a definition unfolded): what makes it true? Replace it by steps that show it, each with a reason",
              ko: "\(k)단계(\(line)번째 줄의 '\(rel)': \(written))는 명제를 순서, +0, *1, 괄호, 양수배, 전개, 정의 풀어 쓰기만 바꿔 다시 쓴 것입니다: 무엇 때문에 성립하나요? 이유가 있는 단계들로 바꿔 보이세요")
    case .equalitiesProved(let steps, let all):
      Self.equalitiesProved(steps, all: all)
    case .othersHoldOnSamples(let steps, let points, let exact):
      Self.othersHoldOnSamples(steps, points: points, exact: exact)
    case .proved:
      Message("chain.proved",
              en: "every step is proved as an exp–log identity and the chain runs from one side of the claim to the other: a proof (the chance this is wrong is below 2^-100)",
              ko: "모든 단계가 지수·로그 항등식으로 증명되고 체인이 명제의 한 변에서 다른 변까지 이어집니다: 증명입니다 (틀렸을 확률은 2^-100 미만)")
    case .endsOnSamples(let points):
      Message("chain.ends-on-samples",
              en: "its ends agree with the claim's sides on \(points) sampled inputs; that part is evidence, not a proof",
              ko: "체인의 양 끝은 표본 입력 \(points)개에서 명제의 양변과 일치합니다. 이 부분은 증거일 뿐, 증명은 아닙니다")
    }
  }
}

extension ChainCheck.Reason {
  static func equalitiesProved(_ steps: [Int], all: Bool) -> Message {
    let list = steps.map(String.init).joined(separator: ", "), one = steps.count == 1
    return Message("chain.equalities-proved",
      en: all ? "every step is proved as an exp–log identity (the chance this is wrong is below 2^-100)"
              : "step\(one ? "" : "s") \(list) \(one ? "is" : "are") proved as \(one ? "an exp–log identity" : "exp–log identities") (the chance this is wrong is below 2^-100)",
      ko: all ? "모든 단계가 지수·로그 항등식으로 증명됩니다 (틀렸을 확률은 2^-100 미만)"
              : "\(list)단계는 지수·로그 항등식으로 증명됩니다 (틀렸을 확률은 2^-100 미만)")
  }
}

extension ChainCheck.Reason {
  static func othersHoldOnSamples(_ steps: [Int], points: Int, exact: Bool) -> Message {
    let list = steps.map(String.init).joined(separator: ", "), one = steps.count == 1
    return Message("chain.others-hold-on-samples",
      en: "step\(one ? "" : "s") \(list) hold\(one ? "s" : "") on \(points) sampled inputs (\(exact ? "each decided exactly" : "exactly or with certified bounds")); this is evidence, not a proof",
      ko: "\(list)단계는 표본 입력 \(points)개에서 성립합니다 (\(exact ? "모두 정확히 판정" : "정확히 또는 인증된 구간으로 판정")). 이것은 증거일 뿐, 증명은 아닙니다")
  }
}
