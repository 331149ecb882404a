import Language
import Localization
import Sampling

extension ChainCheck {
  /// A sentence naming the equality steps the identity test proves (exp–log identities, both
  /// sides defined at every input), or nil when it proves none. It adds to the sampled verdict
  /// and never changes it: inequalities and the chain's ends are still judged on samples.
  func provedEqualities(_ chain: Chain, context: CheckContext) -> Message? {
    let identity = IdentityProof(variables: variables, dimensions: dimensions)
    var proved: [Int] = []
    for (k, step) in chain.steps.enumerated()
    where step.relation == .equal && identity.proves(step.from, equals: step.to, context: context) {
      proved.append(k + 1)
    }
    guard !proved.isEmpty else { return nil }
    return Reason.equalitiesProved(steps: proved, all: proved.count == chain.steps.count).message
  }
}
