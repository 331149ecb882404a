internal import CGMP
internal import CMPFR

/// One MPFR number at a stable heap address (MPFR, like GMP, forbids copying its struct).
/// Immutable after construction by convention: each operation writes a fresh box.
final class MPFRStorage: @unchecked Sendable {
  let raw: UnsafeMutablePointer<__mpfr_struct>
  init(precision: Int) {
    raw = .allocate(capacity: 1)
    mpfr_init2(raw, mpfr_prec_t(precision))
  }
  deinit {
    mpfr_clear(raw)
    raw.deallocate()
  }
}

/// Directed rounding, as the rest of the module names it.
enum Rounding {
  case down, up, nearest
  var mode: mpfr_rnd_t {
    switch self {
    case .down: return MPFR_RNDD
    case .up: return MPFR_RNDU
    case .nearest: return MPFR_RNDN
    }
  }
}

extension MPFRStorage {
  /// A rational rounded in the given direction.
  static func rounded(_ q: Rational, precision: Int, _ rounding: Rounding) -> MPFRStorage {
    let r = MPFRStorage(precision: precision)
    if case .small(let n, 1) = q.representation {
      mpfr_set_si(r.raw, n, rounding.mode)
      return r
    }
    let g = q.mpq
    withExtendedLifetime(g) { _ = mpfr_set_q(r.raw, g.raw, rounding.mode) }
    return r
  }

  /// The exact rational value of this (finite) MPFR number.
  var exactRational: Rational? {
    guard mpfr_number_p(raw) != 0 else { return nil }
    let q = MPQStorage()
    mpfr_get_q(q.raw, raw)
    return Rational(storage: q)
  }

  var isNaN: Bool { mpfr_nan_p(raw) != 0 }
  var sign: Int { Int(cmpfr_sgn(raw)) }
  var double: Double { mpfr_get_d(raw, MPFR_RNDN) }
  /// The value as a binary64, rounded in the given direction (a certified bound stays one).
  func double(_ rounding: Rounding) -> Double { mpfr_get_d(raw, rounding.mode) }
}

extension Rational {
  /// The nearest binary64 value (correctly rounded, ties to even), or ±infinity beyond range.
  public var doubleValue: Double {
    MPFRStorage.rounded(self, precision: 53, .nearest).double
  }
}
