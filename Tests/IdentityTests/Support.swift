import Checks
import Identity
import Language

/// Parses both sides and runs the identity test with a fixed seed.
func decide(_ answer: String, _ reference: String, _ variables: [IdentityVariable],
            dimensions: ClosedRange<Int> = 2...5, seed: UInt64 = 1) throws -> IdentityTest.Verdict {
  let a = try Parser.expression(answer), r = try Parser.expression(reference)
  var random = RandomSource(seed: seed, key: answer + "|" + reference, index: 0)
  return IdentityTest(variables: variables, dimensions: dimensions).decide(a, r, random: &random)
}

func isEqual(_ v: IdentityTest.Verdict) -> Bool {
  if case .equal = v { return true }
  return false
}

let real = IdentityVariable.Kind.real, positive = IdentityVariable.Kind.positive
func vars(_ pairs: KeyValuePairs<String, IdentityVariable.Kind>) -> [IdentityVariable] {
  pairs.map { IdentityVariable(name: $0.key, kind: $0.value) }
}
