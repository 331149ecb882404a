internal import CGMP

extension Rational {
  /// The numerator and denominator reduced modulo `m` (remainders in `0..<m`, the numerator's
  /// sign taken into account): what evaluating modulo a prime needs, without allocating for the
  /// small values that most coefficients are.
  ///
  /// - Precondition: `m > 0`.
  public func remainders(modulo m: UInt64) -> (numerator: UInt64, denominator: UInt64) {
    switch representation {
    case .small(let n, let d):
      let r = UInt64(n.magnitude) % m
      return (n < 0 && r != 0 ? m - r : r, UInt64(d) % m)
    case .big(let s):
      return withExtendedLifetime(s) {
        (
          UInt64(cgmp_mpz_fdiv_ui(cgmp_mpq_numref_const(s.raw), UInt(m))),
          UInt64(cgmp_mpz_fdiv_ui(cgmp_mpq_denref_const(s.raw), UInt(m)))
        )
      }
    }
  }
}
