import AnswerDocument
import Exact
import Language
import Localization
import Sampling

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
  /// Other readings of an ambiguous question, each taken as correct with its note (RealSoftMax
  /// itself where the part asks for its λ-scaled form).
  package var accepted: [Misconception] = []
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

  package init(
    variables: [Variable], reference: Expression, referenceText: String, samples: Int = 64,
    dimensions: ClosedRange<Int> = 2...6, misconceptions: [Misconception] = [],
    forbidden: Set<String> = [], limits: LanguageLimits = .standard
  ) {
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
    SampledEvaluation(
      sampler: Sampler(variables: variables, dimensions: dimensions, seed: context.seed, key: context.key),
      count: samples, limits: limits)
  }

  /// Parses the answer and checks the names it uses; an unreadable answer is `invalid`.
  func readFormula(_ answer: AnswerNode) -> Result<Expression, CheckOutcomeError> {
    guard case .scalar(let scalar) = answer else {
      let found = answer.shapeText
      return .failure(
        CheckOutcomeError(Reason.expectedFormula(variables: variableList, found: found).message, at: answer.location))
    }
    let e: Expression
    // `softmin(a, b) = -log(...)`: a labelled answer is read by its right-hand side.
    var source = scalar.text
    var shift = 0
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

  /// The expression with the prompt's names replaced by what they stand for (`P(apple)` too,
  /// when the prompt names a call), and `p(1 - p)` read as `p*(1 - p)` where `p` is a variable or
  /// an alias (never a function here).
  func expandingAliases(_ e: Expression) -> Expression { e.readingNames(of: variables, aliases: aliases) }

  var variableList: String { variables.map(\.name).joined(separator: ", ") }

  /// Unknown or forbidden names, with a suggestion.
  func nameProblem(_ e: Expression) -> Message? {
    let used = e.calledFunctions.intersection(forbidden)
    if let f = used.sorted().first {
      return Reason.forbiddenName(f).message
    }
    // `p(1 - p)` for `p*(1 - p)`: a variable written before parentheses reads as a call.
    if let v = e.calledFunctions.intersection(variables.map(\.name)).sorted().first {
      return Reason.variableCalled(v).message
    }
    let known = Set(variables.map(\.name)).union(Functions.names).union(["e"])
    for name in e.names.sorted() where !known.contains(name) {
      // The language's own sentence (with its suggestion), then the part's variables.
      let why = ExpressionError.unknownName(name, among: known.union(aliases.keys), at: 0).message
      return Reason.unknownName(why: why, variables: variableList).message
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
    if case .scalar(let s) = answer, let labelled = LabelledAnswer(s.text),
      (try? Parser.expression(s.text, limits: limits)) == nil
    {
      outcome.feedback.append(LabelledAnswer.note(labelled.label))
    }
    return outcome
  }

  func judge(_ formula: Expression, context: CheckContext) -> CheckOutcome {
    let run = engine(context)
    if let outcome = proved(formula, run: run, context: context) { return outcome }
    var tally = SampledEvaluation.Tally()
    var answer = run.compiled([formula])
    for i in run.indices(context) {
      let s = run.sample(i)
      guard let r = run.evaluateTrusted(reference, text: referenceText, at: s) else { continue }
      switch answer.evaluate(0, at: s.values, point: i) {
      case .failure(let error):
        return disagreement(formula, at: s, why: error.message, run: run, context: context)
      case .success(let v):
        switch PointComparison.compare(v, r, limits: run.decisionLimits) {
        case .agree(let exact, let bits): tally.add(exact: exact, bits: bits)
        case .shapeMismatch(let given, let expected):
          let outcome = CheckOutcome(
            verdict: .incorrect,
            feedback: [Reason.wrongShape(at: Self.describe(s), given: given, expected: expected).message],
            counterexample: s.texts, method: .exact, replay: context.token(case: i))
          // A vector or a number where a matrix is expected may still be a known answer of its
          // own shape (the per-class variances, the variance of the logit).
          return recognised(formula, run: run, context: context)?.applied(to: outcome) ?? outcome
        case .differ:
          return disagreement(formula, at: s, why: nil, run: run, context: context)
        }
      }
    }
    if tally.points == 0 {
      return CheckOutcome(verdict: .invalid, feedback: [CheckOutcome.Reason.noValidSample.message])
    }
    return CheckOutcome(verdict: .correct, feedback: [tally.sentence], method: tally.exact == tally.points ? .exact : .certified)
  }

  static func describe(_ s: Sample) -> String {
    s.texts.keys.sorted().map { "\($0) = \(s.texts[$0] ?? "")" }.joined(separator: ", ")
  }

  /// Builds the `incorrect` outcome: shrink the failing point, show both values there, and
  /// name the misconception the answer is equivalent to, if any.
  private func disagreement(
    _ formula: Expression, at failing: Sample, why: LocalizedText?, run: SampledEvaluation,
    context: CheckContext
  ) -> CheckOutcome {
    if let reading = acceptedReading(formula, context: context) { return reading }
    if let normalised = rightUnderNormalisation(formula, run: run, context: context) { return normalised }
    // Both sides compiled together: what they share is computed once a candidate.
    var both = run.compiled([reference, formula])
    var candidate = 0
    let fails: (Sample) -> Bool = { s in
      candidate += 1
      guard case .success(let r) = both.evaluate(0, at: s.values, point: candidate) else { return false }
      guard case .success(let v) = both.evaluate(1, at: s.values, point: candidate) else { return true }
      if case .agree = PointComparison.compare(v, r, limits: run.decisionLimits) { return false }
      return true
    }
    let small = run.minimal(failing, context: context, fails: fails)
    let mine = run.evaluate(formula, at: small)
    let theirs = run.evaluate(reference, at: small)
    let at = Self.describe(small)
    let feedback: Message
    switch (mine, theirs) {
    case (.success(let v), .success(let r)):
      feedback = Reason.differs(at: at, values: (ValueText.describe(v), ValueText.describe(r))).message
    case (.failure(let e), _):
      feedback = Reason.notEvaluable(at: at, why: why ?? e.message).message
    default:
      feedback = Reason.differs(at: at, values: nil).message
    }
    let outcome = CheckOutcome(
      verdict: .incorrect, feedback: [feedback], counterexample: small.texts,
      method: .sampledPoint, replay: context.token(case: failing.index))
    return recognised(formula, run: run, context: context)?.applied(to: outcome) ?? outcome
  }

  /// The answer judged against each accepted reading as if it were the reference (proved or
  /// sampled alike): correct, with the reading's note, when it is one of them.
  private func acceptedReading(_ formula: Expression, context: CheckContext) -> CheckOutcome? {
    for reading in accepted {
      guard case .expression(let other, let text) = reading.match else { continue }
      var alone = self
      (alone.reference, alone.referenceText) = (other, text)
      (alone.accepted, alone.misconceptions, alone.normalisations) = ([], [], [])
      var outcome = alone.judge(formula, context: context)
      guard outcome.verdict == .correct else { continue }
      outcome.feedback.append(reading.message)
      return outcome
    }
    return nil
  }

  /// A formula that is wrong in general but right wherever the hint's assumptions hold
  /// (`log(1 + exp(-lambda*a))/lambda` for the gap, with `b = 0` and `a >= b`): partial, with the
  /// general form.
  private func rightUnderNormalisation(_ formula: Expression, run: SampledEvaluation, context: CheckContext) -> CheckOutcome? {
    guard !normalisations.isEmpty else { return nil }
    var agreed = 0
    for i in run.indices(context) {
      guard let s = run.normalised(run.sample(i), under: normalisations), case .success(let r) = run.evaluate(reference, at: s)
      else { continue }
      guard case .success(let v) = run.evaluate(formula, at: s),
        case .agree = PointComparison.compare(v, r, limits: run.decisionLimits)
      else {
        return nil
      }
      agreed += 1
    }
    guard agreed >= 4 else { return nil }
    let assumed = normalisations.map { "\($0.lhs.writtenText) \($0.op.rawValue) \($0.rhs.writtenText)" }.joined(separator: ", ")
    return CheckOutcome(
      verdict: .partial, feedback: [Reason.rightUnderWlog(assumed: assumed, agreed: agreed, reference: referenceText).message],
      method: .sampled, credit: normalisedCredit)
  }

  /// The first misconception the formula is equivalent to (misconceptions of another shape never
  /// agree, so a wrong shape is compared with those of its own).
  private func recognised(_ formula: Expression, run: SampledEvaluation, context: CheckContext) -> Misconception? {
    run.recognised(formula, among: misconceptions, context: context)
  }
}
