import Exact
import Language

/// Decides `answer = reference` as exp–log expressions: both are mapped into rational functions
/// of independent indeterminates (``ExpLogMapping``), one vector length and one case region at a
/// time, and each difference is evaluated exactly at random points (Schwartz–Zippel).
///
/// A nonzero value proves the *mapped* expressions differ; the real functions may still agree
/// through a relation the mapping misses, so callers trust "different" only with a real
/// counterexample. Zero at every point proves equality wherever both are defined, except with
/// probability below 2^-100: for a nonzero difference of degree D, a point from a set of 2^64
/// values is a root with probability at most 2D/2^64 (the 2 allows for redrawing points where
/// a denominator vanishes), and points are drawn until (2D/2^64)^k < 2^-100.
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
  package func decide<G: RandomNumberGenerator>(_ answer: Expression, _ reference: Expression, random: inout G) -> Verdict {
    let outer = WorkMeter.current
    // The same allowance whatever the part's limit, so that a check run under a higher limit
    // (ahead of its turn, Marker.markAhead) does exactly the same work until it passes the
    // lower one; a part past its limit after the test is stopped by its own meter.
    let allowed = outer?.isExhausted == true ? 0 : Self.maxUnits
    let meter = WorkMeter(limit: allowed)
    defer { outer?.record(meter.spent) }
    return WorkMeter.$current.withValue(meter) {
      do { return try decideMetered(answer, reference, random: &random) } catch {
        return .undecided(error as? GiveUp ?? GiveUp("\(error)"))
      }
    }
  }

  private func decideMetered<G: RandomNumberGenerator>(
    _ answer: Expression, _ reference: Expression,
    random: inout G
  ) throws(GiveUp) -> Verdict {
    let vectors = variables.contains { $0.kind.isVector || $0.kind == .dimension }
    guard !vectors || dimensions.upperBound <= Self.maxDimension else { throw GiveUp("vectors too long") }
    var points = 0
    var degree = 0
    var regions = 0
    for n in vectors ? Array(dimensions) : [dimensions.lowerBound] {
      var mapping = try ExpLogMapping(variables: variables, dimension: n)
      var forced: [Int]? = []
      while let choices = forced {
        regions += 1
        guard regions <= Self.maxRegions else { throw GiveUp("more than \(Self.maxRegions) case regions") }
        mapping.cases = CaseChoices(forced: choices)
        let a = try mapping.map(answer)
        let r = try mapping.map(reference)
        guard a.shape == r.shape else { return .different }
        if mapping.regionMayHaveInterior {
          guard let found = try Self.compare(Array(zip(a.entries, r.entries)), atoms: mapping.atoms.count, random: &random) else {
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
