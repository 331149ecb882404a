import Drills
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The drill prompt on plain standard input: for pipes, files and scripts. When input is not a
/// terminal the typed line is echoed after the prompt, so a transcript reads like a session.
struct PlainConsole: DrillConsole {
  var echo: Bool

  mutating func readLine(prompt: String) -> String? {
    write(prompt)
    guard let line = Swift.readLine(strippingNewline: true) else {
      write("\n")
      return nil
    }
    if echo { write(line + "\n") }
    return line
  }

  mutating func write(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }
}

/// The drill prompt with line editing and history, from the system's libedit (its readline
/// interface), loaded when the drill starts.
///
/// libedit is opened with `dlopen` rather than linked: a `systemLibrary` target would need the
/// libedit headers (libedit-dev) on every machine that builds softcheck, while the library
/// itself (libedit.so.2) is on every machine that has a Swift toolchain (lldb links it). When it
/// cannot be loaded, the drill falls back to ``PlainConsole``.
struct EditLineConsole: DrillConsole {
  private typealias ReadLineFunction = @convention(c) (UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>?
  private typealias HistoryFunction = @convention(c) (UnsafePointer<CChar>?) -> Int32

  private let readLineFunction: ReadLineFunction
  private let addHistory: HistoryFunction
  private let readHistory: HistoryFunction?
  private let writeHistory: HistoryFunction?
  /// Where history is kept between runs (next to the progress file), if anywhere.
  private let historyPath: String?
  private var last: String?

  /// Loads libedit, or returns `nil` when it is not installed.
  init?(historyPath: String?) {
    let names = ["libedit.so.2", "libedit.so", "libedit.3.dylib", "libedit.dylib"]
    for name in names {
      guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
      guard let r = dlsym(handle, "readline"), let a = dlsym(handle, "add_history") else {
        dlclose(handle)
        continue
      }
      readLineFunction = unsafeBitCast(r, to: ReadLineFunction.self)
      addHistory = unsafeBitCast(a, to: HistoryFunction.self)
      readHistory = dlsym(handle, "read_history").map { unsafeBitCast($0, to: HistoryFunction.self) }
      writeHistory = dlsym(handle, "write_history").map { unsafeBitCast($0, to: HistoryFunction.self) }
      self.historyPath = historyPath
      if let historyPath, let readHistory, FileManager.default.fileExists(atPath: historyPath) {
        _ = readHistory(historyPath)
      }
      return
    }
    return nil
  }

  mutating func readLine(prompt: String) -> String? {
    fflush(nil)
    guard let raw = readLineFunction(prompt) else {
      write("\n")
      return nil
    }
    let line = String(cString: raw)
    free(raw)
    if !line.trimmingCharacters(in: .whitespaces).isEmpty, line != last {
      _ = addHistory(line)
      last = line
      if let historyPath, let writeHistory { _ = writeHistory(historyPath) }
    }
    return line
  }

  mutating func write(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }
}
