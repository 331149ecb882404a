import Exact
import Language
import Localization
import Sampling

/// Evaluates expressions at sampled points and decides agreement, shared by the formula,
/// chain, condition and bound checks.
struct SampledEvaluation {
  var sampler: Sampler {
    didSet { (sampleKey, trustedKey) = (Self.sampleKey(sampler), Self.trustedKey(sampler)) }
  }
  /// What keys this sampler's samples and trusted values in ``SampleCache`` (the case index
  /// follows), written once: every check asks for 64 of them.
  private var sampleKey: String
  private var trustedKey: String
  var count: Int
  var limits: LanguageLimits
  /// The precision ceiling for a single point's decision (values that agree to this many bits
  /// but cannot be proven equal count as agreeing, and the verdict says so).
  var decisionLimits: ExactLimits

  init(sampler: Sampler, count: Int, limits: LanguageLimits) {
    self.sampler = sampler
    (sampleKey, trustedKey) = (Self.sampleKey(sampler), Self.trustedKey(sampler))
    self.count = count
    self.limits = limits
    var d = limits.exact
    d.maxPrecision = 128
    decisionLimits = d
  }

  /// The sample with this index (cached across checks and files).
  func sample(_ i: Int) -> Sample {
    SampleCache.sample(sampleKey + String(i)) { sampler.sample(i) }
  }

  private static func sampleKey(_ sampler: Sampler) -> String {
    let variables = sampler.variables.map { "\($0.name):\($0.domain.rawValue)" }.joined(separator: ",")
    return "\(sampler.key)|\(sampler.seed)|\(dimensions(sampler))|\(variables)|"
  }

  /// The range written out: interpolating a `ClosedRange` prints it through a runtime cast.
  private static func dimensions(_ sampler: Sampler) -> String {
    "\(sampler.dimensions.lowerBound)...\(sampler.dimensions.upperBound)"
  }

  private static func trustedKey(_ sampler: Sampler) -> String {
    let variables = sampler.variables.map(\.name).joined(separator: ",")
    return "\(sampler.key)|\(sampler.seed)|\(dimensions(sampler))|\(variables)|"
  }

  /// A trusted expression (a reference or claim side, identified by `text`) at a sample:
  /// cached, since every learner's answer is compared with the same values.
  func evaluateTrusted(_ e: Expression, text: String, at s: Sample) -> Value? {
    let key = "\(trustedKey)\(s.index)|\(text)"
    if text.isEmpty {
      if case .success(let v) = evaluate(e, at: s) { return v }
      return nil
    }
    return SampleCache.value(key) {
      if case .success(let v) = evaluate(e, at: s) { return v }
      return nil
    }
  }

  func evaluate(_ e: Expression, at s: Sample) -> Result<Value, ExpressionError> {
    var evaluator = Evaluator(variables: s.values, limits: limits)
    do { return .success(try evaluator.evaluate(e)) } catch { return .failure(error) }
  }

  /// `expressions` to be compiled together for this sampler's points (``DeferredProgram``): each
  /// gives what ``evaluate(_:at:)`` gives, charged alike.
  func compiled(_ expressions: [Expression]) -> DeferredProgram {
    DeferredProgram(expressions, variables: sampler.variables.map(\.name), limits: limits)
  }

  /// The case indices to try: all of them, or just the replayed one.
  func indices(_ context: CheckContext) -> [Int] {
    if let i = context.replayCase { return [i] }
    return Array(0..<count)
  }

  /// Tally of how agreeing points were decided, for the verdict's method sentence.
  struct Tally {
    var points = 0
    var exact = 0
    var certifiedBits: Int?

    mutating func add(exact isExact: Bool, bits: Int?) {
      points += 1
      if isExact { exact += 1 } else { certifiedBits = min(certifiedBits ?? Int.max, bits ?? 128) }
    }
  }

  /// Whether `candidate` agrees with `reference` at every sample (errors at a sample where
  /// the reference is defined count as disagreement).
  func equivalent(_ candidate: Expression, _ reference: Expression, context: CheckContext, cases: Int? = nil) -> Bool {
    var both = compiled([reference, candidate])
    for i in 0..<(cases ?? count) {
      let s = sampler.sample(i)
      guard case .success(let r) = both.evaluate(0, at: s.values, point: i) else { continue }
      guard case .success(let v) = both.evaluate(1, at: s.values, point: i),
        case .agree = PointComparison.compare(v, r, limits: decisionLimits)
      else { return false }
    }
    return true
  }
}
