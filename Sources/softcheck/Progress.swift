import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
enum Progress {
  static var enabled: Bool { isatty(STDERR_FILENO) != 0 }

  /// The progress callback for batch marking, or `nil` when stderr is not a terminal (or there is
  /// only one file).
  static func callback(files: Int) -> (@Sendable (Int, Int) -> Void)? {
    guard enabled, files > 1 else { return nil }
    return { done, total in show(done, total) }
  }

  static func show(_ done: Int, _ total: Int) {
    let width = 30
    let filled = total > 0 ? width * done / total : width
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
    if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
