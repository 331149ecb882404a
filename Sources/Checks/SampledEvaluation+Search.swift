import Language
import Sampling

/// The search half of a sampled check, shared by every kind that samples: which cases to try,
/// how a failing case is made minimal, and which known wrong answer an answer is. Each check
/// keeps only its own decision (does this case fail?) and its own sentences.
extension SampledEvaluation {
  /// The first case (of ``indices(_:)``, so the replayed one alone when replaying) at which
  /// `fails` holds, with the minimal failing sample (``minimal(_:context:fails:)``).
  func firstFailure(_ context: CheckContext, fails: (Sample) -> Bool) -> (index: Int, sample: Sample)? {
    for i in indices(context) {
      let s = sample(i)
      if fails(s) { return (i, minimal(s, context: context, fails: fails)) }
    }
    return nil
  }

  /// A failing sample shrunk toward small dimensions and simple values, still failing; when a
  /// case is replayed it is shown as it is, so the replay reproduces exactly that case.
  func minimal(_ failing: Sample, context: CheckContext, fails: (Sample) -> Bool) -> Sample {
    guard context.replayCase == nil else { return failing }
    return Shrinker(variables: sampler.variables, minimumDimension: sampler.dimensions.lowerBound).shrink(failing, fails: fails)
  }

  /// The first misconception written as a formula that `answer` agrees with on the first 24
  /// cases (misconceptions of another shape never agree).
  func recognised(_ answer: Expression, among misconceptions: [Misconception], context: CheckContext) -> Misconception? {
    misconceptions.first { m in
      guard case .expression(let wrong, _) = m.match else { return false }
      return equivalent(answer, wrong, context: context, cases: min(count, 24))
    }
  }
}
