/// The random primes of one decision, drawn as they are first needed: the k-th point of every
/// comparison (each case region and vector length) is taken modulo the k-th prime.
///
/// Sharing is sound: "equal" is wrong only if every nonzero difference is missed, and one
/// nonzero difference is missed with probability below 2^-100 on its own, since its points use
/// distinct primes drawn independently (``IdentityTest/pointsNeeded(degree:bits:)``). It saves
/// the primality tests that drawing a prime costs, most of a point's work.
struct PrimeSequence {
  private var fields: [PrimeField] = []

  /// The `k`-th prime's field (from 0), drawing the primes up to it from `random`.
  mutating func field<G: RandomNumberGenerator>(_ k: Int, random: inout G) throws(GiveUp) -> PrimeField {
    while fields.count <= k { fields.append(try PrimeField(random: &random)) }
    return fields[k]
  }
}
