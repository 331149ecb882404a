import Catalogue
import Foundation
import Testing

/// Marking one file reads only the exercise files it answers, found by name: every shipped file
/// must be `<id>.yaml` for the exercise it defines.
@Suite struct ShippedFileNameTests {
  @Test("each shipped exercise file is named after the exercise it defines")
  func filesAreNamedByID() throws {
    let all = try Catalogue.shipped()
    let folder = try #require(Catalogue.shippedResources).appending("/Exercises")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(names == all.exercises.map { $0.id + ".yaml" }.sorted())
  }

  @Test("the exercises read by id are those of the whole catalogue")
  func byIDIsTheSame() throws {
    let all = try Catalogue.shipped()
    for exercise in all.exercises {
      let one = try #require(try Catalogue.shipped(ids: [exercise.id]))
      #expect(one.exercises.map(\.id) == [exercise.id])
      #expect(one.exercises.first?.parts.map(\.id) == exercise.parts.map(\.id))
      #expect(one.exercises.first?.maxPoints == exercise.maxPoints)
    }
    let two = try #require(try Catalogue.shipped(ids: Set(all.exercises.prefix(2).map(\.id))))
    #expect(two.exercises.map(\.id) == all.exercises.prefix(2).map(\.id))
  }

  @Test(
    "an id that is not a shipped file's name leaves the choice to the whole catalogue",
    arguments: [
      "nope", "", "../Exercises/log-partition", ".hidden", "log-partition/../log-partition",
    ])
  func unknownIDs(_ id: String) throws {
    #expect(try Catalogue.shipped(ids: [id, "log-partition"]) == nil)
  }
}
