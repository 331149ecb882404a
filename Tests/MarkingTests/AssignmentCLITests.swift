import Foundation
import SoftcheckTestSupport
import Testing

/// `--assignment` and `--student` end to end: each student's template, marking by the file's
/// `student`, `reveal: false`, and the class report's stated maximum.
@Suite("Assignments on the command line")
struct AssignmentCLITests {
  static let assignment = """
    format: softcheck-assignment/1
    id: hw4
    seed: 2027
    exercises: [dyadic-code, pam3, info-cards, entropy-rates, temperature, mutual-information]
    reveal: false

    """

  func folder() throws -> TemporaryFolder {
    let tmp = try TemporaryFolder()
    try tmp.write("hw4.yaml", Self.assignment)
    return tmp
  }

  func answers(_ tmp: TemporaryFolder, student: String) throws -> String {
    let r = try CLI.run(["template", "--assignment", tmp.path("hw4.yaml"), "--student", student, "--answers", "--instructor"])
    #expect(r.status == 0, "\(r.stderr)")
    return r.stdout
  }

  @Test("a student's reference file marks all correct for them and not for another student")
  func ownReferences() throws {
    let tmp = try folder()
    let kim = try answers(tmp, student: "2027-0001")
    #expect(kim.contains("student: \"2027-0001\""))
    try tmp.write("kim.yaml", kim)
    let own = try CLI.run(["mark", "--assignment", tmp.path("hw4.yaml"), tmp.path("kim.yaml")])
    #expect(own.status == 0, "\(own.stdout)")
    try tmp.write("lee.yaml", kim.replacingOccurrences(of: "student: \"2027-0001\"", with: "student: \"2027-0002\""))
    let other = try CLI.run(["mark", "--assignment", tmp.path("hw4.yaml"), tmp.path("lee.yaml")])
    #expect(other.status == 1, "kim's references are not all right for lee")
    #expect(try answers(tmp, student: "2027-0001") == kim, "the same id and seed give the same file")
  }

  @Test("a file without a student id is refused in an assignment with variants")
  func noStudent() throws {
    let tmp = try folder()
    try tmp.write("anon.yaml", "answers:\n  pam3:\n    trits: 2\n")
    let r = try CLI.run(["mark", "--assignment", tmp.path("hw4.yaml"), tmp.path("anon.yaml")])
    #expect(r.status == 1)
    #expect(r.stdout.contains("needs 'student: <your id>'"), "\(r.stdout)")
    #expect(r.stdout.contains("0 / "), "nothing is counted")
  }

  @Test("reveal: false refuses mark --reveal and template --answers without --instructor")
  func revealFalse() throws {
    let tmp = try folder()
    try tmp.write("a.yaml", "student: kim\nanswers: {}\n")
    let mark = try CLI.run(["mark", "--reveal", "--assignment", tmp.path("hw4.yaml"), tmp.path("a.yaml")])
    #expect(mark.status == 2 && mark.stderr.contains("reveal: false"))
    let template = try CLI.run(["template", "--answers", "--assignment", tmp.path("hw4.yaml"), "--student", "kim"])
    #expect(template.status == 2 && template.stderr.contains("reveal: false"))
  }

  @Test("show prints a student's variant; --student needs --assignment")
  func show() throws {
    let tmp = try folder()
    let kim = try CLI.run(["show", "info-cards", "--assignment", tmp.path("hw4.yaml"), "--student", "2027-0001"])
    #expect(kim.status == 0 && kim.stdout.contains("Numbers of 2027-0001: deck = "))
    let lone = try CLI.run(["show", "info-cards", "--student", "kim"])
    #expect(lone.status == 2 && lone.stderr.contains("--student needs --assignment"))
    let book = try CLI.run(["show", "info-cards"])
    #expect(book.stdout.contains("52-card deck"), "without an assignment the book's numbers")
  }

  @Test("a class report says what every student's maximum is")
  func reportBasis() throws {
    let tmp = try folder()
    let plain = try CLI.run([
      "report", "--format", "md", "--out", tmp.path("r.md"), "Examples/dyadic-correct.yaml", "Examples/student-lee.yaml",
    ])
    #expect(plain.status == 0, "\(plain.stderr)")
    let text = try String(contentsOfFile: tmp.path("r.md"), encoding: .utf8)
    #expect(text.contains("No assignment given: every file is marked out of the"))
    let assigned = try CLI.run([
      "report", "--format", "md", "--assignment", tmp.path("hw4.yaml"), "--out", tmp.path("a.md"), "Examples/dyadic-correct.yaml",
    ])
    #expect(assigned.status == 0, "\(assigned.stderr)")
    #expect(try String(contentsOfFile: tmp.path("a.md"), encoding: .utf8).contains("Marked as the assignment 'hw4'"))
  }
}
