import ArgumentParser
import Localization
import SoftcheckTestSupport
import Testing

@testable import softcheck

/// `softcheck mark FILE...` is read without ArgumentParser (it cost a marking process a tenth of
/// its time). That reading must be exactly ArgumentParser's, and must step aside for anything
/// that is not plainly a list of files.
@Suite("mark's plain reading of answer files")
struct MarkRequestTests {
  @Test(
    "plain file lists read as ArgumentParser reads them",
    arguments: [
      ["answers.yaml"], ["a.yaml", "b.yml", "class/"], ["./my answers.yaml"], ["답안.yaml"], ["mark"],
      ["x=1.yaml"], ["~/hw/3.yaml"], ["a.yaml", "a.yaml"], ["help.yaml"], ["--.yaml"].map { "x" + $0 },
    ])
  func plainListsAgree(arguments: [String]) throws {
    let plain = try #require(MarkRequest(plainArguments: arguments))
    #expect(plain == (try Mark.parse(arguments)).request)
    #expect(plain.paths == arguments)
  }

  @Test("random plain file names read as ArgumentParser reads them")
  func randomNamesAgree() throws {
    var random = SplitMix(state: 20_261_206)
    let pieces = ["a", "Z", "0", ".yaml", "/", " ", "=", "답", "é", "-", "_", "\t", "\\", "'", "\"", "*"]
    for _ in 0..<300 {
      let arguments = (0..<Int.random(in: 1...3, using: &random)).map { _ in
        (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
      }
      guard let plain = MarkRequest(plainArguments: arguments) else {
        #expect(arguments.contains { $0.hasPrefix("-") }, "\(arguments) was refused")
        continue
      }
      #expect(plain == (try Mark.parse(arguments)).request, "\(arguments)")
    }
  }

  @Test(
    "anything but plain files is left to ArgumentParser",
    arguments: [
      [], [""], ["-"], ["-h"], ["--help"], ["help"], ["a.yaml", "--reveal"], ["--format", "json", "a.yaml"],
      ["a.yaml", "-x"], ["--", "-odd.yaml"], ["a.yaml", "--lang=ko"],
    ])
  func othersAreLeft(arguments: [String]) {
    #expect(MarkRequest(plainArguments: arguments) == nil)
  }

  @Test("an option given changes the request ArgumentParser makes, and only that field")
  func optionsReachTheRequest() throws {
    var expected = MarkRequest(paths: ["a.yaml"])
    (expected.format, expected.reveal, expected.languageChoice) = (.json, true, .ko)
    expected.catalogue.directory = "mine"
    let parsed = try Mark.parse(["a.yaml", "--format", "json", "--reveal", "--lang", "ko", "--exercises", "mine"])
    #expect(parsed.request == expected)
  }
}
