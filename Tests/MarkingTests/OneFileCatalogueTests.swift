import Foundation
import SoftcheckTestSupport
import Testing

/// `softcheck mark` of one file reads only the exercise files it answers: what it prints must be
/// what it prints with the whole catalogue loaded (forced here by adding an empty `--exercises`).
@Suite("marking one file with only the exercises it answers")
struct OneFileCatalogueTests {
  @Test(arguments: [
    "answers:\n  log-partition:\n    overflow-at: \"1\"\n",
    "answers:\n  log-partition: {}\n  dyadic-code: {expected-length: 7/4}\n",
    "answers:\n  log-partiton:\n    overflow-at: \"1\"\n",
    "answers:\n  ../log-partition: {}\n",
    "answers: [\n",
  ])
  func sameAsWithEverything(_ answers: String) throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder.path("none"), withIntermediateDirectories: true)
    try ("format: softcheck/1\n" + answers).write(toFile: folder.path("a.yaml"), atomically: true, encoding: .utf8)
    for format in ["text", "json"] {
      let some = try CLI.run(["mark", "--format", format, folder.path("a.yaml")])
      let all = try CLI.run(["mark", "--format", format, "--exercises", folder.path("none"), folder.path("a.yaml")])
      #expect(some.status == all.status)
      #expect(some.stdout == all.stdout)
      #expect(some.stderr == all.stderr)
    }
  }
}
