import ArgumentParser
import Catalogue
import Checks
import Foundation
import Localization
import Marking
import Reports

#if canImport(Glibc)
import Glibc
#endif

/// `softcheck mark --watch FILE`: marks the file, then re-marks it every time it is saved and
/// shows only what changed since the last mark, and the next unanswered part (rustlings-style).
/// Ctrl-C stops.
///
/// Saves are seen with inotify on the file's folder (IN_CLOSE_WRITE for editors that write in
/// place, IN_MOVED_TO for editors that write a new file and rename it over the old one), so a
/// file that is replaced, or created later, is still followed.
enum Watch {
  static func run(_ options: MarkRequest) throws -> Never {
    let ko = options.language == .ko
    guard options.paths.count == 1 else {
      throw ValidationError(ko ? "--watch는 답안 파일 하나만 받습니다" : "--watch takes exactly one answer file")
    }
    guard options.format == .text else {
      throw ValidationError(
        ko
          ? "--watch는 텍스트로 보여 줍니다. --format \(options.format.rawValue) 옵션을 빼세요"
          : "--watch shows text; leave out --format \(options.format.rawValue)")
    }
    guard options.replay == nil else {
      throw ValidationError(ko ? "--watch는 --replay와 함께 쓸 수 없습니다" : "--watch cannot be combined with --replay")
    }
    let path = options.paths[0]
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw ValidationError(ko ? "--watch는 폴더가 아니라 답안 파일 하나를 받습니다" : "--watch takes one answer file, not a folder")
    }
    let catalogue = try options.catalogue.load(language: options.language)
    var marker = Marker(catalogue: catalogue, seed: options.seed, reveal: options.reveal)
    marker.assignment = try options.assignment.load(catalogue, language: options.language)
    // One file, marked again at every save: every core checks its parts.
    marker.partConcurrency = min(ProcessInfo.processInfo.activeProcessorCount, BatchMarker.maximumConcurrency)
    if options.reveal, let a = marker.assignment, !a.reveal { throw a.revealRefused(options.language) }
    let language = options.language
    let report = TextReport(colored: options.color.enabled, language: language)
    #if os(Linux)
    // Watch before the first mark, so a save during it is not missed.
    let watcher: SaveWatcher
    do { watcher = try SaveWatcher(path: path) } catch {
      printError("softcheck: \(error.message[language])")
      throw ExitCode(2)
    }
    var last = marker.mark(path: path)
    let watching =
      language == .ko
      ? "\(path) 파일을 지켜봅니다. 저장할 때마다 다시 채점하며, Ctrl-C로 멈춥니다."
      : "Watching \(path): every save re-marks it; Ctrl-C stops."
    say(
      watching + "\n\n" + report.render(last) + "\n"
        + WatchReport.next(in: last, path: path, catalogue: catalogue, language: language))
    while true {
      do { try watcher.waitForSave() } catch {
        printError("softcheck: \(error.message[language])")
        throw ExitCode(2)
      }
      let now = marker.mark(path: path)
      say(
        "\n" + WatchReport.changes(from: last, to: now, report: report) + "\n"
          + WatchReport.next(in: now, path: path, catalogue: catalogue, language: language))
      last = now
    }
    #else
    throw ValidationError(ko ? "--watch에는 리눅스에만 있는 inotify가 필요합니다" : "--watch needs inotify, which only Linux has")
    #endif
  }

  private static func say(_ text: String) {
    print(text)
    fflush(nil)
  }
}

#if os(Linux)
/// Blocks until a file is saved: inotify on its folder, filtered by the file's name.
final class SaveWatcher {
  struct Failure: Error, CustomStringConvertible {
    var message: LocalizedText
    var description: String { message.en }
  }

  private let fd: Int32
  private let directory: String
  private let name: String

  init(path: String) throws(Failure) {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    directory = url.deletingLastPathComponent().path
    name = url.lastPathComponent
    fd = inotify_init1(Int32(IN_CLOEXEC))
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      throw Failure(message: LocalizedText(en: "cannot start inotify: \(reason)", ko: "inotify를 시작할 수 없습니다: \(reason)"))
    }
    let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
    guard inotify_add_watch(fd, directory, mask) >= 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      throw Failure(
        message: LocalizedText(
          en: "cannot watch the folder \(directory): \(reason)", ko: "\(directory) 폴더를 지켜볼 수 없습니다: \(reason)"))
    }
  }

  deinit { close(fd) }

  /// Returns after the file has been written and closed, or renamed into place. Events that
  /// arrive together (an editor's write, then its rename) count as one save.
  func waitForSave() throws(Failure) {
    let headerSize = 16  // struct inotify_event: wd, mask, cookie, len; then len bytes of name
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw Failure(
          message: LocalizedText(
            en: "cannot read inotify events: \(reason)",
            ko: "inotify 이벤트를 읽을 수 없습니다: \(reason)"))
      }
      var saved = false
      var offset = 0
      while offset + headerSize <= n {
        let (mask, length) = buffer.withUnsafeBytes { raw in
          (
            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          )
        }
        let nameBytes = buffer[(offset + headerSize)..<min(offset + headerSize + length, n)].prefix { $0 != 0 }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_IGNORED)) != 0 {
          throw Failure(
            message: LocalizedText(
              en: "the folder \(directory) was moved or removed; stopped watching",
              ko: "\(directory) 폴더가 옮겨지거나 지워져서 지켜보기를 멈췄습니다"))
        }
        if mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) != 0, String(decoding: nameBytes, as: UTF8.self) == name {
          saved = true
        }
        offset += headerSize + length
      }
      if saved { return }
    }
  }
}
#endif
