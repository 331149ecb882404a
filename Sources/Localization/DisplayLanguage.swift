/// A language softcheck writes in: every learner- and instructor-facing text exists in both.
public enum DisplayLanguage: String, CaseIterable, Sendable, Codable, Hashable {
  case en
  case ko

  /// The variables ``fromEnvironment(_:)`` reads, in the order it reads them.
  public static let environmentVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

  /// The language the environment asks for, POSIX order: `LC_ALL`, then `LC_MESSAGES`, then
  /// `LANG`. The first variable that is set and non-empty decides; a value starting with `ko`
  /// (`ko_KR.UTF-8`, `ko`) means Korean, anything else English, as does no variable at all.
  public static func fromEnvironment(_ environment: [String: String]) -> DisplayLanguage {
    fromEnvironment(reading: { environment[$0] })
  }

  /// ``fromEnvironment(_:)`` with each variable read by `value` (`getenv`, without copying the
  /// environment into a dictionary first).
  public static func fromEnvironment(reading value: (String) -> String?) -> DisplayLanguage {
    for name in environmentVariables {
      guard let value = value(name), !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("ko") ? .ko : .en
    }
    return .en
  }
}
