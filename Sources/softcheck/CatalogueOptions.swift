import ArgumentParser
import Catalogue
import Foundation
import Localization

/// Options shared by commands that read the exercise catalogue.
struct CatalogueOptions: ParsableArguments {
  @Option(
    name: .customLong("exercises"),
    help: argumentHelp(
      "Add the exercises in this folder to the shipped ones (an exercise with a shipped id replaces it).",
      "이 폴더의 문제를 함께 배포된 문제에 더합니다 (id가 같은 문제는 이 폴더의 것으로 바꿉니다).", valueName: "dir"))
  var directory: String?

  /// Where the exercises come from, as a plain value.
  var source: CatalogueSource { CatalogueSource(directory: directory) }

  /// ``CatalogueSource/load(language:)`` of this command's source.
  func load(language: DisplayLanguage = .en) throws -> Catalogue { try source.load(language: language) }

  /// ``CatalogueSource/exercises(_:language:)`` of this command's source.
  func exercises(_ ids: [String], language: DisplayLanguage) throws -> [Exercise] {
    try source.exercises(ids, language: language)
  }

  /// ``CatalogueSource/failure(_:language:)``.
  func failure(_ error: CatalogueError, language: DisplayLanguage) -> ExitCode { source.failure(error, language: language) }
}

/// The exercises a command reads: the shipped ones and, with `--exercises`, a folder's added.
/// A plain value, so a command parsed without ArgumentParser (``MarkRequest``) reads the same.
struct CatalogueSource: Equatable {
  /// The `--exercises` folder, if any.
  var directory: String?

  /// Loads the catalogue: the shipped exercises and, with `--exercises`, the folder's added
  /// to them, with a note on standard error for each exercise replaced and each file skipped. A
  /// broken or missing exercise folder ends the command with status 2 and a located message.
  func load(language: DisplayLanguage = .en) throws -> Catalogue {
    do {
      let shipped = try Catalogue.shipped()
      guard let directory else { return shipped }
      let folder = try Catalogue.read(directory: directory)
      for (file, reason) in folder.skipped { printError("softcheck: \(file): \(reason[language])") }
      let (catalogue, replaced) = shipped.adding(folder.catalogue)
      for id in replaced {
        printError(
          language == .ko
            ? "softcheck: \(directory)의 '\(id)' 문제가 함께 배포된 같은 id의 문제를 대신합니다"
            : "softcheck: the exercise '\(id)' in \(directory) replaces the shipped one")
      }
      return catalogue
    } catch let error as CatalogueError {
      throw failure(error, language: language)
    } catch {
      if language == .ko {
        printError("softcheck: 문제 파일을 읽을 수 없습니다\(directory.map { " (\($0))" } ?? ""): \(error.localizedDescription)")
      } else {
        printError("softcheck: cannot read the exercises\(directory.map { " in \($0)" } ?? ""): \(error.localizedDescription)")
      }
      throw ExitCode(2)
    }
  }
}

extension CatalogueSource {
  /// Tells a located error in an exercise file on standard error; the command ends with status 2.
  func failure(_ error: CatalogueError, language: DisplayLanguage) -> ExitCode {
    printError((language == .ko ? "softcheck: 문제 파일 오류: " : "softcheck: exercise file error: ") + error.description(in: language))
    return ExitCode(2)
  }

  /// The exercises named by `ids` (all of them when none is named); an unknown id is a usage
  /// error with a suggestion.
  func exercises(_ ids: [String], language: DisplayLanguage) throws -> [Exercise] {
    let cat = try load(language: language)
    if ids.isEmpty { return cat.exercises }
    return try ids.map { id in
      guard let e = cat.exercise(id) else { throw ValidationError(cat.unknownExercise(id)[language]) }
      return e
    }
  }
}

/// How to style terminal output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  /// Styling is on for a terminal unless `NO_COLOR` is set (https://no-color.org).
  var enabled: Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto: return isatty(STDOUT_FILENO) != 0 && EnvironmentVariable.value("NO_COLOR") == nil
    }
  }
}

/// Writes a message to standard error; any control character from input in it is shown, not run.
func printError(_ message: String) {
  FileHandle.standardError.write(Data((TerminalSafe.text(message, keepingLines: true) + "\n").utf8))
}
