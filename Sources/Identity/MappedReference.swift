import Exact
import Language

/// A reference mapped once, in each of its own case regions, for every answer compared with it:
/// marking a class compares hundreds of answers with the same few references, and mapping a
/// reference (a Hessian, a softmax) is most of the work of a decision.
///
/// The reference is mapped first, in a mapping of the part's variables alone, so its atoms are
/// numbered before the answer's; each decision continues from a copy of that mapping (the atoms
/// are shared, not mapped again). The result is a pure function of the reference, the variables
/// and the vector length, and each use is charged what mapping the reference cost, so reuse
/// never changes what a file may still do (``ReferenceCache``).
struct MappedReference: Sendable {
  /// The mapping once the reference is mapped in one region of its own case choices.
  struct Region: Sendable {
    var mapping: ExpLogMapping
    var image: IdentityValue
    /// The units mapping the reference in this region cost.
    var cost: Int
  }

  /// One region per sequence of the reference's case choices (one when it has none), or why
  /// mapping gave up and the units spent until then.
  let regions: Result<[Region], GiveUp>
  let costOfGivingUp: Int

  /// `reference` mapped for vectors of length `dimension`, with at most `limit` units.
  init(_ reference: Expression, variables: [IdentityVariable], dimension: Int, limit: Int = IdentityTest.maxUnits) {
    let meter = WorkMeter(limit: limit)
    regions = WorkMeter.$current.withValue(meter) {
      Result { () throws(GiveUp) in try Self.map(reference, variables: variables, dimension: dimension, meter: meter) }
    }
    costOfGivingUp = meter.spent
  }

  private static func map(
    _ reference: Expression, variables: [IdentityVariable], dimension: Int, meter: WorkMeter
  ) throws(GiveUp) -> [Region] {
    let base = try ExpLogMapping(variables: variables, dimension: dimension)
    var found: [Region] = []
    var forced: [Int]? = []
    while let choices = forced {
      guard found.count < IdentityTest.maxRegions else { throw GiveUp("more than \(IdentityTest.maxRegions) case regions") }
      var mapping = base
      mapping.cases = CaseChoices(forced: choices)
      let before = meter.spent
      let image = try mapping.map(reference)
      found.append(Region(mapping: mapping, image: image, cost: meter.spent - before))
      forced = mapping.cases.next
    }
    return found
  }

  /// The region the reference is in when a run forces `choices`: the one whose own choices
  /// begin `choices` (a run takes the first case of any choice past the forced ones). Charges
  /// what mapping the reference there cost.
  func region(forcing choices: [Int]) throws(GiveUp) -> Region {
    let all: [Region]
    switch regions {
    case .success(let r): all = r
    case .failure(let reason):
      try Polynomial.charge(costOfGivingUp)
      throw reason
    }
    for r in all where Self.takes(r.mapping.cases.taken.map(\.taken), forcing: choices) {
      try Polynomial.charge(r.cost)
      return r
    }
    throw GiveUp("no region of the reference")  // unreachable: the regions cover every run
  }

  private static func takes(_ own: [Int], forcing choices: [Int]) -> Bool {
    own.indices.allSatisfy { own[$0] == (choices.indices.contains($0) ? choices[$0] : 0) }
  }
}
