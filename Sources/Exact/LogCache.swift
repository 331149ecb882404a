import Synchronization

/// Certified enclosures of `log2(n)` and `ln(n)` for small integers, computed once per precision.
///
/// Entropy comparisons take logs of the same few primes again and again, and one MPFR log is
/// most of the cost of a sign decision; the cache turns a decision into a few multiplications.
/// Intervals are immutable, so sharing them between threads is safe.
enum LogCache {
  private struct Key: Hashable {
    var n: Int
    var base: LogLinear.Base
    var precision: Int
  }

  private static let entries = Mutex<[Key: Interval]>([:])
  /// Bounded so a long-running process cannot grow it without limit.
  private static let capacity = 4096

  static func log(of n: BigInteger, base: LogLinear.Base, precision: Int) -> Interval {
    // Charged the same whether cached or not, so a file's budget never depends on what other
    // files computed before it; the computation itself is not metered.
    WorkMeter.charge(Interval.transcendentalCost(precision) + n.limbCount)
    guard let small = n.intValue, small < 1 << 20, precision <= 1024 else { return unmetered(n, base, precision) }
    let key = Key(n: small, base: base, precision: precision)
    if let hit = entries.withLock({ $0[key] }) { return hit }
    let value = unmetered(n, base, precision)
    entries.withLock { table in
      if table.count >= capacity { table.removeAll(keepingCapacity: true) }
      table[key] = value
    }
    return value
  }

  private static func unmetered(_ n: BigInteger, _ base: LogLinear.Base, _ precision: Int) -> Interval {
    WorkMeter.$current.withValue(nil) { compute(n, base, precision) }
  }

  private static func compute(_ n: BigInteger, _ base: LogLinear.Base, _ precision: Int) -> Interval {
    base == .two ? Interval.log2(of: n, precision: precision) : Interval.ln(of: n, precision: precision)
  }
}
