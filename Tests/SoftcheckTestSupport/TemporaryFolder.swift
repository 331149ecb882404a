import Foundation

/// A fresh folder under the system temporary directory, removed when released.
public final class TemporaryFolder {
  public let url: URL

  public init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("softcheck-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// The folder's path.
  public var path: String { url.path }

  /// The path of `relative` inside the folder.
  public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

  /// Writes `text` to `name` (creating folders on the way).
  public func write(_ name: String, _ text: String) throws {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  /// Every file and folder below the folder, relative to it, sorted (hidden ones included).
  public func listing() -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: url.path)
    return ((enumerator?.allObjects as? [String]) ?? []).sorted()
  }
}
