import Checks
import Foundation
import SoftcheckTestSupport
import Testing

/// Docs/cli.md is the contract scripts rely on: it must name every command, every option the
/// program offers and every JSON field it writes.
@Suite("the CLI contract in Docs")
struct ContractDocTests {
  static let contract = Result { try String(contentsOf: CLI.packageRoot.appendingPathComponent("Docs/cli.md"), encoding: .utf8) }

  static func subcommands() throws -> [String] {
    let help = try CLI.run(["--help"]).stdout
    let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
    // A command's line starts with two spaces, its name and at least two spaces; wrapped
    // descriptions start further in.
    return section.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
      let word = line.dropFirst(2).prefix { $0.isLetter || $0 == "-" }
      return line.dropFirst(2 + word.count).hasPrefix("  ") && !word.isEmpty ? String(word) : nil
    }
  }

  @Test("every command and every option --help lists is in Docs/cli.md")
  func options() throws {
    let doc = try Self.contract.get()
    let commands = try Self.subcommands()
    #expect(commands.count >= 8, "\(commands)")
    for command in commands {
      #expect(doc.contains("`softcheck \(command)"), "Docs/cli.md does not describe `softcheck \(command)`")
      let help = try CLI.run([command, "--help"]).stdout
      let options = help.split(separator: "\n").compactMap { line -> String? in
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("--") else { return nil }
        return String(t.prefix { !$0.isWhitespace && $0 != "," })
      }
      for option in options where !["--help", "--version"].contains(option) {
        #expect(doc.contains("`\(option)"), "Docs/cli.md does not name \(option) of \(command)")
      }
    }
  }

  @Test("every JSON field a marking writes is in Docs/cli.md")
  func fields() throws {
    let doc = try Self.contract.get()
    let dir = try TemporaryFolder()
    try dir.write("bad.yaml", "answers:\n  no-such-exercise: {a: 1}\n")
    let files = ["Examples/student-lee.yaml", "Examples/complete-correct.yaml"].map {
      CLI.packageRoot.appendingPathComponent($0).path
    }
    let out = try CLI.run(["mark", "--format", "json", "--reveal", dir.path("bad.yaml")] + files).stdout
    var keys = Set<String>()
    // Counterexamples, answers and texts map the part's own variables and keys: not fields.
    let free: Set = ["counterexample", "answer", "text"]
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (k, v) in object {
          keys.insert(k)
          if !free.contains(k) { walk(v) }
        }
      } else if let array = value as? [Any] {
        for v in array { walk(v) }
      }
    }
    walk(try JSONSerialization.jsonObject(with: Data(out.utf8)))
    #expect(keys.count > 20)
    for key in keys.sorted() { #expect(doc.contains("`\(key)`"), "Docs/cli.md does not name the field \(key)") }
  }

  @Test("every decision method's id and sentence is in Docs/cli.md's table")
  func methods() throws {
    let doc = try Self.contract.get()
    for method in CheckMethod.all {
      // The table writes a precision as N: `certified to 2^-N`.
      let text = method.text.en.replacingOccurrences(of: "128", with: "N")
      #expect(doc.contains("| `\(method.id)` |"), "Docs/cli.md's method table has no row for \(method.id)")
      #expect(doc.contains("`\(text)`"), "Docs/cli.md does not name the method `\(text)`")
    }
  }
}
