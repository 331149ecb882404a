import Exact
import Language
import Localization
import Sampling

/// Checks one of the chapter's own claims (a relation over sampled inputs), for `softcheck props`.
package struct PropertyCheck: Sendable {
  package var variables: [Variable]
  package var claim: Relation
  package var dimensions: ClosedRange<Int>
  package var limits: LanguageLimits

  package init(variables: [Variable], claim: Relation, dimensions: ClosedRange<Int> = 2...6, limits: LanguageLimits = .standard) {
    self.variables = variables
    self.claim = claim
    self.dimensions = dimensions
    self.limits = limits
  }

  /// What a property run found.
  package struct Report: Sendable, Codable {
    /// Cases drawn.
    package var cases: Int
    /// Cases where the claim is defined (e.g. KL with q_i = 0 < p_i is +∞ and skipped).
    package var evaluated: Int
    /// Cases decided exactly, and by certified bounds.
    package var exact: Int
    package var certified: Int
    /// The shrunk counterexample, if the claim failed.
    package var counterexample: [String: String]?
    /// Both sides at the counterexample, in both languages.
    package var detailText: LocalizedText?
    package var replay: String?
    /// Both sides of every evaluated case where they are numbers, approximately, for pictures.
    package var points: [CasePoint] = []

    /// Whether the claim (an equation) was also proved by the exact identity test.
    package var proved: Bool?

    package var holds: Bool { counterexample == nil }
    /// How the claim was decided: proved, or how the evaluated cases were.
    package var method: Method {
      if proved == true { return .identity }
      switch (exact > 0, certified > 0) {
      case (true, false): return .exact
      case (false, true): return .certified
      case (true, true): return .exactAndCertified
      default: return .none
      }
    }
  }

  /// One evaluated case, approximately: the two sides and the inputs (scalars as one entry),
  /// for drawing (`props --format html`), never for deciding.
  package struct CasePoint: Sendable, Codable, Hashable {
    package var left: Double
    package var right: Double
    package var inputs: [String: [Double]]

    /// The case as floats, when both sides are numbers.
    init?(_ left: Value, _ right: Value, inputs s: Sample) {
      guard case .scalar(let a) = left, case .scalar(let b) = right else { return nil }
      self.left = a.approximation
      self.right = b.approximation
      inputs = s.values.mapValues { $0.entries.map(\.approximation) }
    }
  }

  /// How a claim's cases were decided: the raw value is the JSON token, `text` what a person reads.
  package enum Method: String, Sendable, Codable {
    case exact
    case certified
    case exactAndCertified = "exact + certified"
    /// An equation proved as an exp–log identity (its sampled cases hold too).
    case identity
    case none

    package var text: LocalizedText {
      switch self {
      case .exact: return LocalizedText(en: "exact", ko: "정확")
      case .certified: return LocalizedText(en: "certified", ko: "인증 구간")
      case .exactAndCertified: return LocalizedText(en: "exact + certified", ko: "정확 + 인증 구간")
      case .identity:
        return LocalizedText(en: "proved as an exp–log identity (error below 2^-100)", ko: "지수·로그 항등식으로 증명 (오류 확률 2^-100 미만)")
      case .none: return LocalizedText(en: "none", ko: "없음")
      }
    }
  }

  /// Checks the claim on `cases` sampled inputs.
  package func run(cases: Int, context: CheckContext) -> Report {
    let run = SampledEvaluation(
      sampler: Sampler(variables: variables, dimensions: dimensions, seed: context.seed, key: context.key),
      count: cases, limits: limits)
    var report = Report(cases: 0, evaluated: 0, exact: 0, certified: 0)
    func outcome(_ s: Sample) -> RelationTruth.Outcome? {
      guard case .success(let a) = run.evaluate(claim.lhs, at: s), case .success(let b) = run.evaluate(claim.rhs, at: s) else {
        return nil
      }
      return RelationTruth.decide(a, claim.op, b, limits: run.decisionLimits)
    }
    for i in run.indices(context) {
      report.cases += 1
      let s = run.sample(i)
      guard case .success(let left) = run.evaluate(claim.lhs, at: s), case .success(let right) = run.evaluate(claim.rhs, at: s)
      else { continue }
      let point = CasePoint(left, right, inputs: s)
      switch RelationTruth.decide(left, claim.op, right, limits: run.decisionLimits) {
      case .undecided: continue
      case .holds(let exact, _):
        report.evaluated += 1
        if exact { report.exact += 1 } else { report.certified += 1 }
        if let point { report.points.append(point) }
      case .fails, .shapeMismatch:
        report.evaluated += 1
        let small = run.minimal(s, context: context) { t in
          switch outcome(t) {
          case .fails?, .shapeMismatch?: return true
          default: return false
          }
        }
        report.counterexample = small.texts
        if case .success(let a) = run.evaluate(claim.lhs, at: small), case .success(let b) = run.evaluate(claim.rhs, at: small) {
          let (left, right) = (ValueText.describe(a), ValueText.describe(b))
          report.detailText = LocalizedText(en: "left side \(left), right side \(right)", ko: "좌변 \(left), 우변 \(right)")
        }
        report.replay = context.token(case: i)
        if let point { report.points.append(point) }
        return report
      }
    }
    // An equation that held on every case may be an identity: say so when it is proved.
    if claim.op == .equal, report.evaluated > 0,
      IdentityProof(variables: variables, dimensions: dimensions).proves(claim.lhs, equals: claim.rhs, context: context)
    {
      report.proved = true
    }
    return report
  }
}
