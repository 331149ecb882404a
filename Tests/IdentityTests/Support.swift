import Checks
import Identity
import Language
import Sampling

/// Parses both sides and runs the identity test with a fixed seed.
func decide(
  _ answer: String, _ reference: String, _ variables: [IdentityVariable],
  dimensions: ClosedRange<Int> = 2...5, seed: UInt64 = 1
) throws -> IdentityTest.Verdict {
  let a = try Parser.expression(answer)
  let r = try Parser.expression(reference)
  var random = RandomSource(seed: seed, key: answer + "|" + reference, index: 0)
  return IdentityTest(variables: variables, dimensions: dimensions).decide(a, r, random: &random)
}

extension IdentityTest.Verdict {
  var isEqual: Bool {
    if case .equal = self { return true }
    return false
  }
}

/// One shipped formula reference: its variables, and forms learners write.
struct Reference: Sendable, CustomStringConvertible {
  var name: String
  var variables: [IdentityVariable]
  var reference: String
  var equivalent: [String]
  var wrong: [String]
  var description: String { name }
}

func variables(_ pairs: KeyValuePairs<String, IdentityVariable.Kind>) -> [IdentityVariable] {
  pairs.map { IdentityVariable(name: $0.key, kind: $0.value) }
}
func expr(_ t: String) throws -> Expression { try Parser.expression(t) }
