import ArgumentParser
import Foundation
import Localization

/// The language of the `--help` texts, decided once per process: the last `--lang ko|en` (or
/// `--lang=ko|en`) anywhere on the command line, else the environment (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), else English — the same choice ``LanguageOption`` makes, made without it.
///
/// ArgumentParser builds the help from static strings (`CommandConfiguration`, the `help:` of
/// each `@Option`, `@Flag` and `@Argument`) before, or instead of, parsing our options, so
/// `--lang` cannot be read from a parsed ``LanguageOption`` here: it is read from
/// `CommandLine.arguments` and the environment directly. A `--lang` with any other value is left
/// for the parser to reject and does not change the help language.
let helpLanguage: DisplayLanguage = chooseHelpLanguage(
  arguments: CommandLine.arguments, environment: EnvironmentVariable.locale)

/// The help language for these arguments and environment (see ``helpLanguage``).
func chooseHelpLanguage(arguments: [String], environment: [String: String]) -> DisplayLanguage {
  var chosen: DisplayLanguage?
  var index = arguments.startIndex
  while index < arguments.endIndex {
    let argument = arguments[index]
    // Everything after `--` is a path or an id, not an option.
    if argument == "--" { break }
    if argument == "--lang", index + 1 < arguments.endIndex {
      if let language = DisplayLanguage(rawValue: arguments[index + 1]) { chosen = language }
      index += 2
      continue
    }
    if argument.hasPrefix("--lang="), let language = DisplayLanguage(rawValue: String(argument.dropFirst("--lang=".count))) {
      chosen = language
    }
    index += 1
  }
  return chosen ?? .fromEnvironment(environment)
}

/// A `--help` text (a command's abstract or discussion) in ``helpLanguage``. Both languages are
/// written out at the call site because ArgumentParser wants the text as a static string before
/// our options are parsed (see ``helpLanguage``).
func helpText(_ en: String, _ ko: String) -> String {
  helpLanguage == .ko ? ko : en
}

/// The `help:` of an `@Option`, `@Flag` or `@Argument` in ``helpLanguage``; `valueName` is the
/// same in both languages.
func argumentHelp(_ en: String, _ ko: String, valueName: String? = nil) -> ArgumentHelp {
  ArgumentHelp(helpText(en, ko), valueName: valueName)
}
