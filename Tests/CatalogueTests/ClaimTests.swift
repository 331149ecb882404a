import Catalogue
import Checks
import Sampling
import Testing

/// (e) The chapter's claims (`softcheck props`) hold on 64 sampled cases with seed 1.
@Suite("The chapter's claims hold")
struct ClaimTests {
  @Test("every claim of the exercise holds on 64 cases, seed 1", arguments: Contract.exerciseIDs)
  func claimsHold(_ id: String) throws {
    let exercise = try #require(try Shipped.catalogue().exercise(id), "no shipped exercise '\(id)'")
    for claim in try exercise.claims {
      let report = claim.check.run(cases: 64, context: CheckContext(seed: 1, key: "\(id)/\(claim.id)"))
      #expect(report.holds, "\(id)/\(claim.id) fails at \(report.counterexample ?? [:]): \(report.detailText?.en ?? "")")
      #expect(report.cases == 64)
      #expect(report.evaluated > 0, "\(id)/\(claim.id): no case could be evaluated")
    }
  }

  @Test(
    "the exercises whose chapter claims exercises.md names have claims",
    arguments: [
      "kl-nonnegative", "lse-convex", "ce-hessian", "realsoftmax", "uniform3-code", "dyadic-code", "temperature",
    ])
  func hasClaims(_ id: String) throws {
    let exercise = try #require(try Shipped.catalogue().exercise(id))
    #expect(try !exercise.claims.isEmpty)
  }
}
