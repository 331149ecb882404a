import ArgumentParser
import Foundation

/// The `softcheck` command: one subcommand per file in this folder, nothing but argument
/// handling and output. All marking lives in the libraries.
@main
struct Softcheck: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "softcheck",
    abstract: helpText(
      "Check answers to the D2L softmax-regression exercises, exactly.",
      "D2L 소프트맥스 회귀 연습문제의 답을 정확하게 채점합니다."),
    version: "0.1.0",
    subcommands: [
      List.self, Show.self, Template.self, Mark.self, Report.self, Props.self, Drill.self, ProgressCommand.self,
      GradescopeKit.self, Autograde.self,
    ])

  /// Runs the command with the exit statuses of `Docs/cli.md`: usage errors exit 2 (not
  /// ArgumentParser's 64), so scripts can tell "bad invocation" from "wrong answers" (1).
  static func main() async {
    let arguments = Array(CommandLine.arguments.dropFirst())
    // `mark FILE...`, the call a student makes at every save, needs no parser at all.
    if arguments.first == "mark", let request = MarkRequest(plainArguments: Array(arguments.dropFirst())) {
      do { try await request.run() } catch { end(error) }
      return
    }
    var command: ParsableCommand
    do {
      if let parsed = direct(arguments) { command = parsed } else { command = try parseAsRoot() }
    } catch {
      // Parse errors print the usage of the command that was being parsed.
      if exitCode(for: error) == .validationFailure {
        printError(fullMessage(for: error))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
    do {
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      end(error)
    }
  }

  /// Ends the process for what a command threw, with the statuses of `Docs/cli.md`.
  private static func end(_ error: any Error) -> Never {
    switch error {
    case let code as ExitCode:
      // What ArgumentParser would do, without the reflection it spends first to find a message.
      Foundation.exit(code.rawValue)
    case let error as ValidationError:
      // A problem found while running (an unknown exercise id, a report over an input): the
      // message alone, not the root command's usage.
      printError("softcheck: \(error.message)")
      Foundation.exit(2)
    default:
      exit(withError: error)
    }
  }

  /// The subcommands marking runs through, parsed on their own when the first argument names
  /// one: building the whole command tree and looking for completion-script requests took a
  /// tenth of marking a file. Anything they do not parse cleanly (`--help`, a mistake) is
  /// parsed again from the root, which prints help and errors as always. The name is matched
  /// before any command type is touched: making a type's metadata looks up its conformances.
  private static func direct(_ arguments: [String]) -> sending ParsableCommand? {
    let rest = Array(arguments.dropFirst())
    switch arguments.first {
    case "mark": return try? Mark.parse(rest)
    case "report": return try? Report.parse(rest)
    case "autograde": return try? Autograde.parse(rest)
    default: return nil
    }
  }
}
