import Catalogue
import Checks
import Testing

/// (a) The shipped files load, and their ids, part ids and kinds are exactly the contract table.
@Suite("Catalogue contract")
struct CatalogueContractTests {
  @Test("every shipped exercise file loads")
  func shippedLoads() throws {
    let catalogue = try Catalogue.shipped()
    #expect(!catalogue.exercises.isEmpty)
  }

  @Test("the shipped exercise ids are exactly those of exercises.md")
  func exerciseIDs() throws {
    let shipped = try Shipped.catalogue().exercises.map(\.id).sorted()
    #expect(shipped == Contract.exerciseIDs.sorted())
  }

  @Test("part ids and kinds, in order, are those of exercises.md", arguments: Contract.table)
  func parts(_ entry: Contract.Entry) throws {
    let exercise = try #require(try Shipped.catalogue().exercise(entry.id), "no shipped exercise '\(entry.id)'")
    #expect(exercise.parts.map(\.id) == entry.parts.map(\.id), "part ids of \(entry.id)")
    #expect(exercise.parts.map(\.kind) == entry.parts.map(\.kind), "part kinds of \(entry.id)")
  }

  @Test("every part has an example, a prompt, and points (none for text)", arguments: Contract.partKeys)
  func example(_ key: Contract.PartKey) throws {
    guard case (_, let part)? = try Shipped.part(key, record: true) else { return }
    #expect(part.example != nil, "\(key.testDescription) has no example:")
    #expect(!part.prompt.en.isEmpty && !part.prompt.ko.isEmpty)
    if part.kind == "text" { #expect(part.points == 0) } else { #expect(part.points > 0) }
  }
}

extension Contract.Entry: CustomTestStringConvertible {
  var testDescription: String { id }
}
