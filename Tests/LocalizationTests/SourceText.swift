import Foundation

/// The repository's own text files, for tests that read what the code and the guides say.
enum SourceText {
  /// The package root, found from this file's place in `Tests/LocalizationTests/`.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every file under `folder` (relative to the root) whose name ends in one of `suffixes`,
  /// as (path relative to the root, text), in path order.
  static func files(under folder: String, endingIn suffixes: [String]) -> [(path: String, text: String)] {
    let base = root.appendingPathComponent(folder)
    guard let walk = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
    var out: [(String, String)] = []
    for case let url as URL in walk where suffixes.contains(where: url.lastPathComponent.hasSuffix) {
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      out.append((url.path.replacingOccurrences(of: root.path + "/", with: ""), text))
    }
    return out.sorted { $0.0 < $1.0 }
  }

  /// The 1-based line of character offset `index` in `text`.
  static func line(of index: String.Index, in text: String) -> Int {
    text[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  }
}
