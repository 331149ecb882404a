import ArgumentParser
import Foundation
import Localization

/// `--lang ko|en`, shared by every command. Without it the environment decides (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`), else English. Only what people read changes: ids, verdicts and every
/// other machine field of JSON, CSV and JUnit stay the same in both languages.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("lang"),
    help: argumentHelp(
      "Language of statements, feedback and reports: ko or en (default: from LC_ALL, LC_MESSAGES or LANG, else en).",
      "문제, 피드백, 보고서의 언어: ko 또는 en (기본값: LC_ALL, LC_MESSAGES, LANG 순으로 정하며, 모두 없으면 en).", valueName: "ko|en"))
  var choice: DisplayLanguage?

  /// The language to write in.
  var language: DisplayLanguage { choice ?? .fromEnvironment(reading: EnvironmentVariable.value) }
}

extension DisplayLanguage: ExpressibleByArgument {}
