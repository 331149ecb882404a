import Sampling
import Localization
import Exact
import AnswerDocument
import Language

/// Checks a `formula` part: an expression in the part's variables, equivalent to the reference
/// on sampled points of the part's domain, each point decided exactly or with certified bounds.
///
/// A disagreement gives a counterexample, shrunk toward small dimensions and simple rationals,
/// with both sides' values; a known wrong formula (a misconception) is recognised by equivalence.
package struct FormulaCheck: Sendable {
  package var variables: [Variable]
  package var reference: Expression
  package var referenceText: String
  package var samples: Int
  package var dimensions: ClosedRange<Int>
  package var misconceptions: [Misconception]
  /// Functions the answer may not call.
  package var forbidden: Set<String>
  /// The "without loss of generality" assumptions the part's hint allows (`a >= b`, `b = 0`):
  /// a formula right under them earns ``normalisedCredit`` and is shown the general form.
  package var normalisations: [Relation] = []
  package var normalisedCredit: Double = 0.5
  /// Names the prompt defines (`p` for `softmax(o)`), read as what they stand for.
  package var aliases: [String: Expression] = [:]
  /// Whether an answer is first tried by the exact identity test (off only to time the sampled
  /// path alone in benchmarks).
  package var triesIdentity = true
  package var limits: LanguageLimits

  package init(variables: [Variable], reference: Expression, referenceText: String, samples: Int = 64,
              dimensions: ClosedRange<Int> = 2...6, misconceptions: [Misconception] = [],
              forbidden: Set<String> = [], limits: LanguageLimits = .standard) {
    self.variables = variables
    self.reference = reference
    self.referenceText = referenceText
    self.samples = samples
    self.dimensions = dimensions
    self.misconceptions = misconceptions
    self.forbidden = forbidden
    self.limits = limits
  }

  func engine(_ context: CheckContext) -> SampledEvaluation {
    SampledEvaluation(sampler: Sampler(variables: variables, dimensions: dimensions, seed: context.seed, key: context.key),
                      count: samples, limits: limits)
  }

  /// Parses the answer and checks the names it uses; an unreadable answer is `invalid`.
  func readFormula(_ answer: AnswerNode) -> Result<Expression, CheckOutcomeError> {
    guard case .scalar(let scalar) = answer else {
      let found = answer.shapeText
      return .failure(CheckOutcomeError(Message("answer.expected-formula", en: "expected a formula in \(variableList), found \(found.en)",
                                                ko: "\(variableList)에 대한 식이 필요한데, 지금 답은 \(found.ko)입니다"), at: answer.location))
    }
    let e: Expression
    // `softmin(a, b) = -log(...)`: a labelled answer is read by its right-hand side.
    var source = scalar.text, shift = 0
    if let labelled = LabelledAnswer(source), (try? Parser.expression(source, limits: limits)) == nil {
      (source, shift) = (labelled.body, labelled.offset)
    }
    do { e = try Parser.expression(source, limits: limits) } catch {
      return .failure(CheckOutcomeError(error, at: scalar.location(ofOffset: error.offset + shift)))
    }
    let expanded = expandingAliases(e)
    if let problem = nameProblem(expanded) { return .failure(CheckOutcomeError(problem, at: answer.location)) }
    return .success(expanded)
  }

  /// The expression with the prompt's names replaced by what they stand for, and `p(1 - p)`
  /// read as `p*(1 - p)` where `p` is a variable or an alias (never a function here).
  func expandingAliases(_ e: Expression) -> Expression {
    let values = Set(variables.map(\.name)).union(aliases.keys)
    let vectors = Set(variables.filter(\.domain.isVector).map(\.name)).union(aliases.keys)
    let products = e.readingCallsAsProducts(of: values).droppingIndices(of: vectors)
    return aliases.isEmpty ? products : products.substituting(aliases)
  }

  var variableList: String { variables.map(\.name).joined(separator: ", ") }

  /// Unknown or forbidden names, with a suggestion.
  func nameProblem(_ e: Expression) -> Message? {
    let used = e.calledFunctions.intersection(forbidden)
    if let f = used.sorted().first {
      return Message("name.forbidden", en: "this part may not use '\(f)'", ko: "이 문항에서는 '\(f)' 함수를 쓸 수 없습니다")
    }
    // `p(1 - p)` for `p*(1 - p)`: a variable written before parentheses reads as a call.
    if let v = e.calledFunctions.intersection(variables.map(\.name)).sorted().first {
      return Message("name.variable-called", en: "'\(v)(...)' reads as calling \(v) as a function: write \(v)*(...) to multiply",
                     ko: "'\(v)(...)'는 \(v)를 함수로 호출하는 것으로 읽힙니다: 곱하려면 \(v)*(...)처럼 쓰세요")
    }
    let known = Set(variables.map(\.name)).union(Functions.names).union(["e"])
    for name in e.names.sorted() where !known.contains(name) {
      // The language's own sentence (with its suggestion), then the part's variables. The
      // sentence may already end in a question ("did you mean 'a'?", "혹시 'a' 말인가요?").
      let why = ExpressionError.unknownName(name, among: known, at: 0).message
      return Message("name.unknown", en: "\(why.en)\(why.en.hasSuffix("?") ? " This" : "; this") part's variables are \(variableList)",
                     ko: "\(why.ko)\(why.ko.hasSuffix("?") ? "" : ".") 이 문항의 변수는 \(variableList)입니다")
    }
    return nil
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    let formula: Expression
    switch readFormula(answer) {
    case .success(let e): formula = e
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    var outcome = judge(formula, context: context)
    // Say so when a labelled answer (`softmin(a, b) = ...`) was read by its right-hand side.
    if case .scalar(let s) = answer, let labelled = LabelledAnswer(s.text), (try? Parser.expression(s.text, limits: limits)) == nil {
      outcome.feedback.append(LabelledAnswer.note(labelled.label))
    }
    return outcome
  }

  func judge(_ formula: Expression, context: CheckContext) -> CheckOutcome {
    let run = engine(context)
    if let outcome = proved(formula, run: run, context: context) { return outcome }
    var tally = SampledEvaluation.Tally()
    for i in run.indices(context) {
      let s = run.sample(i)
      guard let r = run.evaluateTrusted(reference, text: referenceText, at: s) else { continue }
      switch run.evaluate(formula, at: s) {
      case .failure(let error):
        let why = error.message
        let detail = LocalizedText(en: "your formula cannot be evaluated there: \(why.en)", ko: "제시한 식을 계산할 수 없습니다: \(why.ko)")
        return disagreement(formula, at: s, detail: detail, run: run, context: context)
      case .success(let v):
        switch PointComparison.compare(v, r, limits: run.decisionLimits) {
        case .agree(let exact, let bits): tally.add(exact: exact, bits: bits)
        case .shapeMismatch(let given, let expected):
          let at = Self.describe(s)
          let outcome = CheckOutcome(verdict: .incorrect,
                              feedback: [Message("formula.wrong-shape", en: "your formula gives \(given.en) where \(expected.en) is expected (at \(at))",
                                                 ko: "\(at) 에서 제시한 식의 값은 \(given.ko)인데, 기대하는 값은 \(expected.ko)입니다")],
                              counterexample: s.texts, method: "decided exactly", replay: context.token(case: i))
          // A vector or a number where a matrix is expected may still be a known answer of its
          // own shape (the per-class variances, the variance of the logit).
          return recognised(formula, run: run, context: context)?.applied(to: outcome) ?? outcome
        case .differ:
          return disagreement(formula, at: s, detail: nil, run: run, context: context)
        }
      }
    }
    if tally.points == 0 {
      return CheckOutcome(verdict: .invalid, feedback: [Message("exercise.no-valid-sample",
        en: "no sampled point could be evaluated (an error in the exercise file)",
        ko: "계산할 수 있는 표본 점이 하나도 없습니다 (연습 문제 파일의 오류입니다)")])
    }
    return CheckOutcome(verdict: .correct, feedback: [tally.sentence], method: tally.exact == tally.points ? "decided exactly" : "certified")
  }

  static func describe(_ s: Sample) -> String {
    s.texts.keys.sorted().map { "\($0) = \(s.texts[$0] ?? "")" }.joined(separator: ", ")
  }

  /// Builds the `incorrect` outcome: shrink the failing point, show both values there, and
  /// name the misconception the answer is equivalent to, if any.
  private func disagreement(_ formula: Expression, at failing: Sample, detail: LocalizedText?, run: SampledEvaluation,
                            context: CheckContext) -> CheckOutcome {
    if let normalised = rightUnderNormalisation(formula, run: run, context: context) { return normalised }
    let fails: (Sample) -> Bool = { s in
      guard case .success(let r) = run.evaluate(reference, at: s) else { return false }
      guard case .success(let v) = run.evaluate(formula, at: s) else { return true }
      if case .agree = PointComparison.compare(v, r, limits: run.decisionLimits) { return false }
      return true
    }
    let small = context.replayCase == nil
      ? Shrinker(variables: variables, minimumDimension: dimensions.lowerBound).shrink(failing, fails: fails)
      : failing
    var feedback: [Message] = []
    let mine = run.evaluate(formula, at: small), theirs = run.evaluate(reference, at: small)
    let at = Self.describe(small)
    switch (mine, theirs) {
    case (.success(let v), .success(let r)):
      let (given, expected) = (ValueText.describe(v), ValueText.describe(r))
      feedback.append(Message("formula.differs", en: "at \(at) your formula gives \(given), but the expected value is \(expected)",
                              ko: "\(at) 에서 제시한 식의 값은 \(given)이지만, 기대하는 값은 \(expected)입니다"))
    case (.failure(let e), _):
      let why = e.message
      let text = detail ?? LocalizedText(en: "your formula cannot be evaluated: \(why.en)", ko: "제시한 식을 계산할 수 없습니다: \(why.ko)")
      feedback.append(Message("formula.not-evaluable", en: "at \(at) \(text.en)", ko: "\(at) 에서 \(text.ko)"))
    default:
      feedback.append(Message("formula.differs", en: "your formula differs from the expected one at \(at)",
                              ko: "제시한 식이 \(at) 에서 기대하는 식과 다릅니다"))
    }
    let outcome = CheckOutcome(verdict: .incorrect, feedback: feedback, counterexample: small.texts,
                               method: "decided at a sampled point", replay: context.token(case: failing.index))
    return recognised(formula, run: run, context: context)?.applied(to: outcome) ?? outcome
  }

  /// A formula that is wrong in general but right wherever the hint's assumptions hold
  /// (`log(1 + exp(-lambda*a))/lambda` for the gap, with `b = 0` and `a >= b`): partial, with the
  /// general form.
  private func rightUnderNormalisation(_ formula: Expression, run: SampledEvaluation, context: CheckContext) -> CheckOutcome? {
    guard !normalisations.isEmpty else { return nil }
    var agreed = 0
    for i in run.indices(context) {
      guard let s = run.normalised(run.sample(i), under: normalisations), case .success(let r) = run.evaluate(reference, at: s) else { continue }
      guard case .success(let v) = run.evaluate(formula, at: s), case .agree = PointComparison.compare(v, r, limits: run.decisionLimits) else {
        return nil
      }
      agreed += 1
    }
    guard agreed >= 4 else { return nil }
    let assumed = normalisations.map { "\($0.lhs.writtenText) \($0.op.rawValue) \($0.rhs.writtenText)" }.joined(separator: ", ")
    return CheckOutcome(verdict: .partial, feedback: [Message("formula.right-under-wlog",
      en: "right where \(assumed), as the hint allows (equal on \(agreed) sampled points there); the part asks for every input: in general it is \(referenceText)",
      ko: "힌트가 허용하는 가정 \(assumed) 아래에서는 맞습니다 (그 범위의 표본 점 \(agreed)개에서 같음). 이 문항은 모든 입력에 대한 식을 묻습니다: 일반적인 식은 \(referenceText)입니다")],
      method: "sampled", credit: normalisedCredit)
  }

  /// The first misconception the formula is equivalent to (misconceptions of another shape never
  /// agree, so a wrong shape is compared with those of its own).
  private func recognised(_ formula: Expression, run: SampledEvaluation, context: CheckContext) -> Misconception? {
    misconceptions.first { m in
      guard case .expression(let wrong, _) = m.match else { return false }
      return run.equivalent(formula, wrong, context: context, cases: min(run.count, 24))
    }
  }
}
