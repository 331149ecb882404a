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
    func r(_ q: Rational) throws -> UInt64 { try field.residue(q) }
    #expect(try r(Rational(1)) == field.one)
    #expect(field.multiply(try r(Rational(1, 2)), try r(Rational(2))) == field.one)
    #expect(try r(Rational(-3)) == field.subtract(0, try r(Rational(3))))
    #expect(field.inverse(try r(Rational(7))) == (try r(Rational(1, 7))))
    #expect(field.power(try r(Rational(3)), 4) == (try r(Rational(81))))
    let p = BigInteger(Int(field.p))
    #expect(try r(try Rational(numerator: p * BigInteger(5) + BigInteger(7), denominator: BigInteger(1))) == (try r(Rational(7))))
    let negative = try Rational(numerator: -(p * BigInteger(5) + BigInteger(7)), denominator: BigInteger(3))
    #expect(try r(negative) == (try r(Rational(-7, 3))))
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
