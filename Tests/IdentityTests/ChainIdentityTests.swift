import Catalogue
import Checks
import Sampling
import Testing

/// Equality steps of chains proved by the identity test: a sentence added, the verdict kept.
@Suite("Identity in chains")
struct ChainIdentityTests {
  @Test("shipped chain examples keep their verdict; exp–log equality steps are named as proved")
  func shippedChains() throws {
    let catalogue = try Catalogue.shipped()
    var named: [String] = []
    for exercise in catalogue.exercises {
      for part in exercise.parts where part.kind == "chain" {
        guard let example = part.example else { continue }
        let o = part.check.check(example, context: CheckContext(seed: 1, key: "\(exercise.id)/\(part.id)"))
        #expect(o.verdict == .correct, "\(exercise.id)/\(part.id)")
        #expect(o.method != "identity", "a chain's verdict stays sampled: \(exercise.id)/\(part.id)")
        if o.feedback.contains(where: { $0.id == "chain.equalities-proved" }) { named.append("\(exercise.id)/\(part.id)") }
      }
    }
    #expect(named.contains("lse-convex/proof"), "\(named)")
  }
}
