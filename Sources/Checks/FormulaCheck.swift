import Exact
import Language

/// Checks a `formula` part: an expression in the part's variables, equivalent to the reference
/// on sampled points of the part's domain, each point decided exactly or with certified bounds.
///
/// A disagreement gives a counterexample, shrunk toward small dimensions and simple rationals,
/// with both sides' values; a known wrong formula (a misconception) is recognised by equivalence.
public struct FormulaCheck: Sendable {
  public var variables: [Variable]
  public var reference: Expression
  public var referenceText: String
  public var samples: Int
  public var dimensions: ClosedRange<Int>
  public var misconceptions: [Misconception]
  /// Functions the answer may not call.
  public var forbidden: Set<String>
  public var limits: LanguageLimits

  public init(variables: [Variable], reference: Expression, referenceText: String, samples: Int = 64,
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
      return .failure(CheckOutcomeError("expected a formula in \(variableList), found \(answer.shapeDescription)", at: answer.location))
    }
    let e: Expression
    do { e = try Parser.expression(scalar.text, limits: limits) } catch {
      return .failure(CheckOutcomeError(error.message, at: scalar.location(ofOffset: error.offset)))
    }
    if let problem = nameProblem(e) { return .failure(CheckOutcomeError(problem, at: answer.location)) }
    return .success(e)
  }

  var variableList: String { variables.map(\.name).joined(separator: ", ") }

  /// Unknown or forbidden names, with a suggestion.
  func nameProblem(_ e: Expression) -> String? {
    let used = e.calledFunctions.intersection(forbidden)
    if let f = used.sorted().first { return "this part may not use '\(f)'" }
    let known = Set(variables.map(\.name)).union(Functions.names).union(["e"])
    for name in e.names.sorted() where !known.contains(name) {
      let hint = NameSuggestion.closest(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
      return "unknown name '\(name)'\(hint); this part's variables are \(variableList)"
    }
    return nil
  }

  /// Judges an answer.
  public func check(_ answer: AnswerNode, context: CheckContext) -> CheckOutcome {
    let formula: Expression
    switch readFormula(answer) {
    case .success(let e): formula = e
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    return judge(formula, context: context)
  }

  func judge(_ formula: Expression, context: CheckContext) -> CheckOutcome {
    let run = engine(context)
    var tally = SampledEvaluation.Tally()
    for i in run.indices(context) {
      let s = run.sample(i)
      guard let r = run.evaluateTrusted(reference, text: referenceText, at: s) else { continue }
      switch run.evaluate(formula, at: s) {
      case .failure(let error):
        return disagreement(formula, at: s, detail: "your formula cannot be evaluated there: \(error.message)", run: run, context: context)
      case .success(let v):
        switch PointComparison.compare(v, r, limits: run.decisionLimits) {
        case .agree(let exact, let bits): tally.add(exact: exact, bits: bits)
        case .shapeMismatch(let what):
          return CheckOutcome(verdict: .incorrect, feedback: ["your formula gives \(what) (at \(Self.describe(s)))"],
                              counterexample: s.texts, method: "decided exactly", replay: context.token(case: i))
        case .differ:
          return disagreement(formula, at: s, detail: nil, run: run, context: context)
        }
      }
    }
    if tally.points == 0 {
      return CheckOutcome(verdict: .invalid, feedback: ["no sampled point could be evaluated (an error in the exercise file)"])
    }
    return CheckOutcome(verdict: .correct, feedback: [tally.sentence], method: tally.exact == tally.points ? "decided exactly" : "certified")
  }

  static func describe(_ s: Sample) -> String {
    s.texts.keys.sorted().map { "\($0) = \(s.texts[$0] ?? "")" }.joined(separator: ", ")
  }

  /// Builds the `incorrect` outcome: shrink the failing point, show both values there, and
  /// name the misconception the answer is equivalent to, if any.
  private func disagreement(_ formula: Expression, at failing: Sample, detail: String?, run: SampledEvaluation,
                            context: CheckContext) -> CheckOutcome {
    let fails: (Sample) -> Bool = { s in
      guard case .success(let r) = run.evaluate(reference, at: s) else { return false }
      guard case .success(let v) = run.evaluate(formula, at: s) else { return true }
      if case .agree = PointComparison.compare(v, r, limits: run.decisionLimits) { return false }
      return true
    }
    let small = context.replayCase == nil
      ? Shrinker(variables: variables, minimumDimension: dimensions.lowerBound).shrink(failing, fails: fails)
      : failing
    var feedback: [String] = []
    let mine = run.evaluate(formula, at: small), theirs = run.evaluate(reference, at: small)
    let at = Self.describe(small)
    switch (mine, theirs) {
    case (.success(let v), .success(let r)):
      feedback.append("at \(at) your formula gives \(ValueText.describe(v)), but the expected value is \(ValueText.describe(r))")
    case (.failure(let e), _):
      feedback.append("at \(at) \(detail ?? "your formula cannot be evaluated: \(e.message)")")
    default:
      feedback.append("your formula differs from the expected one at \(at)")
    }
    var matched: Misconception?
    for m in misconceptions {
      if case .expression(let wrong, _) = m.match, run.equivalent(formula, wrong, context: context, cases: min(run.count, 24)) {
        matched = m
        break
      }
    }
    if let m = matched { feedback.append(m.feedback) }
    return CheckOutcome(verdict: .incorrect, feedback: feedback, misconception: matched?.id, counterexample: small.texts,
                        method: "decided at a sampled point", replay: context.token(case: failing.index))
  }
}
