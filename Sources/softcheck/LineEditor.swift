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

  /// Loads libedit, or returns `nil` when it is not installed or no UTF-8 locale can be set.
  init?(historyPath: String?) {
    guard Self.useUTF8Locale() else { return nil }
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

  /// Sets the character type to a UTF-8 locale, which libedit needs before its first call.
  ///
  /// libedit converts the prompt and every typed line to wide characters with the C library's
  /// multibyte functions, which follow `LC_CTYPE`. A Swift program starts in the "C" locale,
  /// where Hangul is not a character: libedit then dereferences a null conversion and crashes
  /// before the first answer. The user's own locale is tried first; when it is not installed
  /// (`LANG=ko_KR.UTF-8` on a machine that only has C.UTF-8), C.UTF-8 serves: only the
  /// character type changes, never messages or number formats.
  private static func useUTF8Locale() -> Bool {
    for name in ["", "C.UTF-8", "C.utf8", "en_US.UTF-8"] {
      if setlocale(LC_CTYPE, name) != nil, isUTF8(String(cString: nl_langinfo(nl_item(CODESET)))) { return true }
    }
    _ = setlocale(LC_CTYPE, "C")
    return false
  }

  private static func isUTF8(_ codeset: String) -> Bool {
    codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
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
