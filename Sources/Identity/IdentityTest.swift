import Exact
import Language

/// Decides `answer = reference` as exp–log expressions: both are mapped into rational functions
/// of independent indeterminates (``ExpLogMapping``), one vector length and one case region at a
/// time (the reference once per process, see ``MappedReference``), and each difference is
/// evaluated at random points modulo random primes (Schwartz–Zippel).
///
/// A nonzero value proves the *mapped* expressions differ; the real functions may still agree
/// through a relation the mapping misses, so callers trust "different" only with a real
/// counterexample. Zero at every point proves equality wherever both are defined, except with
/// probability below 2^-100: each point, with its prime, misses a nonzero difference with
/// probability at most ε (its degree and the size of its coefficients bound ε, see
/// ``pointsNeeded(degree:bits:)``), and points are drawn until ε^k < 2^-100.
package struct IdentityTest: Sendable {
  package var variables: [IdentityVariable]
  /// The vector lengths to prove the identity for (the lengths the part samples).
  package var dimensions: ClosedRange<Int>

  /// What the test found.
  package enum Verdict: Equatable, Sendable {
    /// Zero at every point: equal wherever both are defined (`points` drawn in all, the largest
    /// degree `degree`, over `regions` case regions and vector lengths).
    case equal(points: Int, degree: Int, regions: Int)
    /// A point where the mapped difference is not zero.
    case different
    /// Outside the mapped class or past a limit.
    case undecided(GiveUp)
  }

  /// Largest vector length tried; longest run of case regions; largest degree; work units.
  package static let maxDimension = 8, maxRegions = 64, maxDegree = 512, maxUnits = 1_000_000

  package init(variables: [IdentityVariable], dimensions: ClosedRange<Int>) {
    self.variables = variables
    self.dimensions = dimensions
  }

  /// The decision, with points drawn from `random` (seeded by the caller after both
  /// expressions are fixed, so the same input always gives the same verdict). The work is
  /// charged to the task's ``WorkMeter``.
  ///
  /// A reference that recurs (a part's own, compared with every learner's answer) is mapped
  /// once per process and reused (``ReferenceCache``); any other is mapped for this decision.
  package func decide<G: RandomNumberGenerator>(
    _ answer: Expression, _ reference: Expression, referenceRecurs: Bool = false, random: inout G
  ) -> Verdict {
    let outer = WorkMeter.current
    // The same allowance whatever the part's limit, so that a check run under a higher limit
    // (ahead of its turn, Marker.markAhead) does exactly the same work until it passes the
    // lower one; a part past its limit after the test is stopped by its own meter.
    let allowed = outer?.isExhausted == true ? 0 : Self.maxUnits
    let meter = WorkMeter(limit: allowed)
    defer { outer?.record(meter.spent) }
    return WorkMeter.$current.withValue(meter) {
      do { return try decideMetered(answer, reference, referenceRecurs: referenceRecurs, random: &random) } catch {
        return .undecided(error as? GiveUp ?? GiveUp("\(error)"))
      }
    }
  }

  private func decideMetered<G: RandomNumberGenerator>(
    _ answer: Expression, _ reference: Expression, referenceRecurs: Bool,
    random: inout G
  ) throws(GiveUp) -> Verdict {
    let vectors = variables.contains { $0.kind.isVector || $0.kind == .dimension }
    guard !vectors || dimensions.upperBound <= Self.maxDimension else { throw GiveUp("vectors too long") }
    let key = referenceRecurs ? ReferenceCache.key(reference, variables: variables) : nil
    var primes = PrimeSequence()
    var points = 0
    var degree = 0
    var regions = 0
    for n in vectors ? Array(dimensions) : [dimensions.lowerBound] {
      let mapped = try mappedReference(reference, key: key, dimension: n)
      var forced: [Int]? = []
      while let choices = forced {
        regions += 1
        guard regions <= Self.maxRegions else { throw GiveUp("more than \(Self.maxRegions) case regions") }
        // The reference was mapped first in this region; the answer continues from there.
        let region = try mapped.region(forcing: choices)
        var mapping = region.mapping
        mapping.cases.forced = choices
        let a = try mapping.map(answer)
        let r = region.image
        guard a.shape == r.shape else { return .different }
        if mapping.regionMayHaveInterior {
          guard
            let found = try Self.compare(
              Array(zip(a.entries, r.entries)), atoms: mapping.atoms.count, primes: &primes, random: &random)
          else {
            return .different
          }
          points += found.points
          degree = max(degree, found.degree)
        }
        forced = mapping.cases.next
      }
    }
    return .equal(points: points, degree: degree, regions: regions)
  }
}

extension IdentityTest {
  /// The reference mapped for vectors of length `n`: from the cache when it has a `key`, else
  /// now, within what the meter in force still allows.
  private func mappedReference(_ reference: Expression, key: String?, dimension n: Int) throws(GiveUp) -> MappedReference {
    if let key { return ReferenceCache.mapped(reference, key: key, variables: variables, dimension: n) }
    guard let meter = WorkMeter.current else { return MappedReference(reference, variables: variables, dimension: n) }
    return MappedReference(reference, variables: variables, dimension: n, limit: max(0, meter.limit - meter.spent))
  }
}
