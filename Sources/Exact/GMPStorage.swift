internal import CGMP

// Each GMP value lives at a stable heap address owned by one final class. Value types hold a
// reference and copy it on write (`isKnownUniquelyReferenced`), so `a += b` in a loop mutates in
// place with no allocation while `let b = a; a += 1` leaves `b` alone.
//
// `@unchecked Sendable`: the pointee is mutated only by the unique owner after the uniqueness
// check, so sharing a box between threads only ever reads it.

final class MPZStorage: @unchecked Sendable {
  let raw: UnsafeMutablePointer<__mpz_struct>
  init() {
    raw = .allocate(capacity: 1)
    cgmp_mpz_init(raw)
  }
  convenience init(copying other: MPZStorage) {
    self.init()
    cgmp_mpz_set(raw, other.raw)
  }
  deinit {
    cgmp_mpz_clear(raw)
    raw.deallocate()
  }
}

final class MPQStorage: @unchecked Sendable {
  let raw: UnsafeMutablePointer<__mpq_struct>
  init() {
    raw = .allocate(capacity: 1)
    cgmp_mpq_init(raw)
  }
  convenience init(copying other: MPQStorage) {
    self.init()
    cgmp_mpq_set(raw, other.raw)
  }
  deinit {
    cgmp_mpq_clear(raw)
    raw.deallocate()
  }
}

/// Writes a GMP integer in base 10 into a temporary buffer, so GMP never mallocs a string.
func decimalString(of z: UnsafePointer<__mpz_struct>) -> String {
  let capacity = cgmp_mpz_sizeinbase(z, 10) + 2
  return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
    guard let base = buffer.baseAddress else { return "" }
    _ = cgmp_mpz_get_str(base, 10, z)
    return String(cString: base)
  }
}

/// Hashes a GMP integer by its sign and limbs (the canonical representation).
func hashLimbs(of z: UnsafePointer<__mpz_struct>, into hasher: inout Hasher) {
  hasher.combine(cgmp_mpz_sgn(z))
  let count = cgmp_mpz_size(z)
  hasher.combine(count)
  for i in 0..<count { hasher.combine(cgmp_mpz_getlimbn(z, i)) }
}
