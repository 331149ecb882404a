import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few environment variables the command reads, each fetched alone with `getenv`:
/// Foundation's `ProcessInfo.processInfo.environment` copies the whole environment into a
/// dictionary first, most of a millisecond of every start.
enum EnvironmentVariable {
  /// The variable's value, or nil when it is not set.
  static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

  /// The locale variables ``DisplayLanguage/fromEnvironment(_:)`` reads, those that are set.
  static var locale: [String: String] {
    var found: [String: String] = [:]
    for name in DisplayLanguage.environmentVariables { found[name] = value(name) }
    return found
  }
}
