import Identity
import Testing

/// Every shipped formula reference against the forms learners write: the equivalent ones are
/// proved equal, the wrong ones called different.
@Suite("Identity: shipped references")
struct ShippedReferenceTests {
  @Test("equivalent forms are proved equal", arguments: shippedReferences)
  func equivalent(_ r: Reference) throws {
    for form in r.equivalent {
      let v = try decide(form, r.reference, r.variables)
      #expect(v.isEqual, "\(form) vs \(r.reference): \(v)")
    }
  }

  @Test("wrong forms are called different", arguments: shippedReferences)
  func wrong(_ r: Reference) throws {
    for form in r.wrong {
      let v = try decide(form, r.reference, r.variables)
      #expect(v == .different, "\(form) vs \(r.reference): \(v)")
    }
  }

  @Test("the tables hold many forms")
  func counts() {
    #expect(shippedReferences.flatMap(\.equivalent).count >= 118)
    #expect(shippedReferences.flatMap(\.wrong).count >= 76)
  }
}
