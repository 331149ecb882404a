import Exact
import Identity
import Testing

/// Evaluation modulo random primes: the primes are primes, coefficients reduce correctly, and a
/// coefficient built to vanish modulo some prime cannot pass for zero.
@Suite("Identity: modular evaluation")
struct ModularTests {
  @Test("Miller–Rabin with Sinclair's bases: primes near 2^61 and 2^62, and composites without small factors")
  func primality() {
    #expect(PrimeField.isPrime((1 << 61) - 1))  // Mersenne
    #expect(PrimeField.isPrime((1 << 62) - 57))
    #expect(PrimeField.isPrime((1 << 61) + 15))
    #expect(!PrimeField.isPrime((1 << 32) + 1))  // 641 · 6700417
    #expect(!PrimeField.isPrime(2_147_483_647 * 2_147_483_647))
    #expect(!PrimeField.isPrime(2_147_483_647 * 2_147_483_659))
    #expect(!PrimeField.isPrime((1 << 62) - 55))
  }

  @Test("rational coefficients reduce to residues; a prime dividing a denominator is refused")
  func residues() throws {
    let field = PrimeField(prime: (1 << 61) - 1)
    let half = try field.residue(Rational(1, 2))
    #expect(field.multiply(half, 2) == 1)
    #expect(try field.residue(Rational(-3)) == field.p - 3)
    let big = try Rational(numerator: BigInteger(Int(field.p)) * BigInteger(5) + BigInteger(7), denominator: BigInteger(1))
    #expect(try field.residue(big) == 7)
    let bigNegative = try Rational(
      numerator: -(BigInteger(Int(field.p)) * BigInteger(5) + BigInteger(7)), denominator: BigInteger(3))
    #expect(field.multiply(try field.residue(bigNegative), 3) == field.p - 7)
    #expect(throws: PrimeField.DividesDenominator.self) { try field.residue(Rational(1, Int(field.p))) }
  }

  @Test(
    "a difference whose coefficient is a multiple of large primes is still found",
    arguments: [
      "2305843009213693951",  // 2^61 − 1, once the fixed prime a mapping might use
      "4611686018427387847",  // 2^62 − 57, a prime in the range the primes are drawn from
      "4611686018427387847*2305843009213693967",  // two primes of that range
    ])
  func multiplesOfPrimes(_ q: String) throws {
    let ab = variables(["a": .real, "b": .real])
    #expect(try decide("exp(a) + \(q)*a*b", "exp(a)", ab) == .different)
    #expect(try decide("exp(a) + b/\(q)", "exp(a)", ab) == .different)
  }
}
