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
    let list = proved.map(String.init).joined(separator: ", ")
    let all = proved.count == chain.steps.count
    return Message("chain.equalities-proved",
      en: all ? "every step is proved as an exp–log identity (the chance this is wrong is below 2^-100)"
              : "step\(proved.count == 1 ? "" : "s") \(list) \(proved.count == 1 ? "is" : "are") proved as exp–log identit\(proved.count == 1 ? "y" : "ies") (the chance this is wrong is below 2^-100)",
      ko: all ? "모든 단계가 지수·로그 항등식으로 증명됩니다 (틀렸을 확률은 2^-100 미만)"
              : "\(list)단계는 지수·로그 항등식으로 증명됩니다 (틀렸을 확률은 2^-100 미만)")
  }
}
