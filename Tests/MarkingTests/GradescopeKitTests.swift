import Foundation
import SoftcheckTestSupport
import Testing

/// The Gradescope kit end to end: `gradescope-kit` writes the folder into a temporary
/// `$AUTOGRADER_ROOT/source`, and its `run_autograder` marks a good, an empty and a broken
/// submission, always leaving a valid `results/results.json` with every part as a test.
@Suite("Gradescope kit")
struct GradescopeKitTests {
  static let assignment = """
    format: softcheck-assignment/1
    id: hw5
    seed: 7
    exercises: [dyadic-code, {id: info-cards, points: 8}]
    reveal: false

    """

  struct Results: Decodable {
    struct Test: Decodable {
      var name: String
      var score: Double
      var max_score: Double
      var output: String
      var status: String
    }
    var score: Double
    var output: String
    var tests: [Test]
  }

  /// A root with the kit in `source/` (packing the built debug executable) and an empty `submission/`.
  func root() throws -> TemporaryFolder {
    let tmp = try TemporaryFolder()
    try tmp.write("hw5.yaml", Self.assignment)
    try FileManager.default.createDirectory(atPath: tmp.path("submission"), withIntermediateDirectories: true)
    let kit = try CLI.run(["gradescope-kit", "--assignment", tmp.path("hw5.yaml"), "--out", tmp.path("source")])
    #expect(kit.status == 0, "\(kit.stderr)")
    #expect(kit.stderr.contains("12 points"), "\(kit.stderr)")
    return tmp
  }

  func grade(_ tmp: TemporaryFolder) throws -> Results {
    let run = try runProgram(
      URL(fileURLWithPath: "/bin/bash"), [tmp.path("source/run_autograder")], in: tmp.url,
      environment: ["AUTOGRADER_ROOT": tmp.path, "PATH": "/usr/bin:/bin"])
    #expect(run.status == 0, "\(run.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: tmp.path("results/results.json")))
    let results = try JSONDecoder().decode(Results.self, from: data)
    #expect(results.tests.count == 8, "every part of the assignment is a test")
    #expect(results.tests.map(\.max_score).reduce(0, +) == 12)
    return results
  }

  @Test("the kit holds what Gradescope's upload needs")
  func contents() throws {
    let tmp = try root()
    for file in ["setup.sh", "run_autograder", "softcheck", "assignment.yaml", "softcheck_Catalogue.resources"] {
      #expect(FileManager.default.fileExists(atPath: tmp.path("source/\(file)")), "\(file)")
    }
    #expect(FileManager.default.isExecutableFile(atPath: tmp.path("source/run_autograder")))
    #expect(try String(contentsOfFile: tmp.path("source/setup.sh"), encoding: .utf8).contains("libgmp10 libmpfr6"))
  }

  @Test("a good submission: full marks, every test passed")
  func good() throws {
    let tmp = try root()
    let answers = try CLI.run([
      "template", "--assignment", tmp.path("hw5.yaml"), "--student", "s-123", "--answers", "--instructor",
    ])
    try tmp.write("submission/answers.yaml", answers.stdout)
    let r = try grade(tmp)
    #expect(r.score == 12, "\(r.output) \(r.tests.map(\.output))")
    #expect(r.tests.allSatisfy { $0.status == "passed" })
  }

  @Test("an empty submission: score 0 and a sentence that says what to upload")
  func empty() throws {
    let tmp = try root()
    let r = try grade(tmp)
    #expect(r.score == 0)
    #expect(r.output.contains("no .yaml answer file was found in your submission"))
    #expect(r.tests.allSatisfy { $0.score == 0 && $0.status == "failed" })
  }

  @Test("a broken submission: score 0 and where the file is broken")
  func broken() throws {
    let tmp = try root()
    try tmp.write("submission/answers.yaml", "student: s-123\nanswers:\n  dyadic-code: [unclosed\n")
    let r = try grade(tmp)
    #expect(r.score == 0)
    #expect(r.output.contains("line 4") || r.output.contains("4:"), "\(r.output)")
    #expect(r.output.contains("YAML"), "\(r.output)")
  }

  @Test("an assignment over exercises of your own: the kit carries the folder beside the shipped ones")
  func ownExercises() throws {
    let tmp = try TemporaryFolder()
    try tmp.write("mine/mine.yaml", ParameterFileTests.exercise("  k: {range: 3..9, book: 5}"))
    try tmp.write("hw.yaml", "format: softcheck-assignment/1\nid: hw\nseed: 4\nexercises: [mine, dyadic-code]\n")
    let kit = try CLI.run([
      "gradescope-kit", "--exercises", tmp.path("mine"), "--assignment", tmp.path("hw.yaml"), "--out", tmp.path("source"),
    ])
    #expect(kit.status == 0, "\(kit.stderr)")
    let answers = try CLI.run([
      "template", "--exercises", tmp.path("mine"), "--assignment", tmp.path("hw.yaml"),
      "--student", "s-1", "--answers", "--instructor",
    ])
    try tmp.write("submission/answers.yaml", answers.stdout)
    let run = try runProgram(
      URL(fileURLWithPath: "/bin/bash"), [tmp.path("source/run_autograder")], in: tmp.url,
      environment: ["AUTOGRADER_ROOT": tmp.path, "PATH": "/usr/bin:/bin"])
    #expect(run.status == 0)
    let r = try JSONDecoder().decode(Results.self, from: Data(contentsOf: URL(fileURLWithPath: tmp.path("results/results.json"))))
    #expect(r.tests.map(\.name).first == "mine/v" && r.tests.count == 5, "\(r.tests.map(\.name))")
    #expect(r.score == 5, "\(r.output)")
  }

  @Test("when softcheck cannot run at all, run_autograder still writes a result")
  func binaryMissing() throws {
    let tmp = try root()
    try FileManager.default.removeItem(atPath: tmp.path("source/softcheck"))
    let run = try runProgram(
      URL(fileURLWithPath: "/bin/bash"), [tmp.path("source/run_autograder")], in: tmp.url,
      environment: ["AUTOGRADER_ROOT": tmp.path, "PATH": "/usr/bin:/bin"])
    #expect(run.status == 0)
    let data = try Data(contentsOf: URL(fileURLWithPath: tmp.path("results/results.json")))
    let r = try JSONDecoder().decode(Results.self, from: data)
    #expect(r.score == 0 && r.output.contains("could not run"))
  }
}
