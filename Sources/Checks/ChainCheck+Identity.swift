import Exact
import Identity
import Language
import Localization
import Sampling

extension ChainCheck {
  /// Identity tests' verdicts on equality steps, shared by every chain of the process (learners
  /// write the same steps; see ``MeteredMemo``).
  static let provedSteps = MeteredMemo<String, Bool>(capacity: 20_000)

  /// The equality steps (from 0) the identity test proves: exp–log identities, both sides
  /// defined at every input. They need no sampling; inequalities and the chain's ends are
  /// still judged on samples.
  func provedSteps(_ chain: Chain, context: CheckContext) -> Set<Int> {
    let identity = IdentityProof(variables: variables, dimensions: dimensions)
    let setup = PointMemo.Setup(
      part: context.key, seed: context.seed, variables: variables, dimensions: dimensions, limits: limits,
      assumptions: ["identity", "\(context.replayCase ?? -1)"])
    let part = "\(PointMemo.id(setup))|"
    var proved: Set<Int> = []
    for (k, step) in chain.steps.enumerated() where step.relation == .equal {
      let key = part + step.from.structuralKey + "|" + step.to.structuralKey
      // The test gets its full allowance unless the part is already over its limit (then
      // none): a verdict is the same everywhere only when the allowance was the full one.
      let proves = Self.provedSteps.value(key, reusable: { meter, _ in !meter.isExhausted }) {
        (identity.proves(step.from, equals: step.to, context: context), true)
      }
      if proves { proved.insert(k) }
    }
    return proved
  }
}
