// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension FormulaCheck {
  /// What a formula check found, one case per sentence: the check says which reason,
  /// ``message`` says it in both languages under its stable id. `at` is the sampled point
  /// (`p = [1/2, 1/2], q = ...`).
  enum Reason {
    case expectedFormula(variables: String, found: LocalizedText)
    case forbiddenName(String)
    /// `p(1 - p)`: a variable written before parentheses reads as a call.
    case variableCalled(String)
    /// A name the part does not know: the language's sentence (`why`, with its suggestion).
    case unknownName(why: LocalizedText, variables: String)
    case wrongShape(at: String, given: LocalizedText, expected: LocalizedText)
    /// The formula differs at `at`: both values, when both could be evaluated.
    case differs(at: String, values: (given: String, expected: String)?)
    case notEvaluable(at: String, why: LocalizedText)
    /// Right wherever the hint's assumptions hold (`agreed` points there), wrong in general.
    case rightUnderWlog(assumed: String, agreed: Int, reference: String)
  }
}

extension FormulaCheck.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .expectedFormula(let variables, let found):
      Message("answer.expected-formula", en: "expected a formula in \(variables), found \(found.en)",
              ko: "\(variables)에 대한 식이 필요한데, 지금 답은 \(found.ko)입니다")
    case .forbiddenName(let f):
      Message("name.forbidden", en: "this part may not use '\(f)'", ko: "이 문항에서는 '\(f)' 함수를 쓸 수 없습니다")
    case .variableCalled(let v):
      Message("name.variable-called", en: "'\(v)(...)' reads as calling \(v) as a function: write \(v)*(...) to multiply",
              ko: "'\(v)(...)'는 \(KoreanParticle.object.after(v)) 함수로 호출하는 것으로 읽힙니다: 곱하려면 \(v)*(...)처럼 쓰세요")
    case .unknownName(let why, let variables):
      // The language's sentence may already end in a question ("did you mean 'a'?").
      Message("name.unknown", en: "\(why.en)\(why.en.hasSuffix("?") ? " This" : "; this") part's variables are \(variables)",
              ko: "\(why.ko)\(why.ko.hasSuffix("?") ? "" : ".") 이 문항의 변수는 \(variables)입니다")
    case .wrongShape(let at, let given, let expected):
      Message("formula.wrong-shape", en: "your formula gives \(given.en) where \(expected.en) is expected (at \(at))",
              ko: "\(at)에서 제시한 식의 값은 \(given.ko)인데, 기대하는 값은 \(expected.ko)입니다")
    case .differs(let at, let values):
      Message("formula.differs",
              en: "at \(at) your formula \(values.map { "gives \($0.given), but the expected value is \($0.expected)" } ?? "differs from the expected one")",
              ko: "\(at)에서 \(values.map { "제시한 식의 값은 \($0.given)이지만, 기대하는 값은 \($0.expected)입니다" } ?? "제시한 식이 기대하는 식과 다릅니다")")
    case .notEvaluable(let at, let why):
      Message("formula.not-evaluable", en: "at \(at) your formula cannot be evaluated: \(why.en)",
              ko: "\(at)에서 제시한 식을 계산할 수 없습니다: \(why.ko)")
    case .rightUnderWlog(let assumed, let agreed, let reference):
      Message("formula.right-under-wlog",
              en: "right where \(assumed), as the hint allows (equal on \(agreed) sampled points there); the part asks for every input: in general it is \(reference)",
              ko: "힌트가 허용하는 가정 \(assumed) 아래에서는 맞습니다 (그 범위의 표본 점 \(agreed)개에서 같음). 이 문항은 모든 입력에 대한 식을 묻습니다: 일반적인 식은 \(reference)입니다")
    }
  }
}
