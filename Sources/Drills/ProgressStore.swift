public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where drill progress lives, and how it is read and written.
///
/// The file is `$XDG_STATE_HOME/softcheck/progress.json` (by default
/// `~/.local/state/softcheck/progress.json`). Writes go to a temporary file in the same folder,
/// are flushed to disk, and are renamed over the old file, so a process killed at any moment
/// leaves either the old progress or the new, never half of one. A file that cannot be read as
/// progress is renamed aside (`progress.json.corrupt-<timestamp>`) and reported, never fatal.
public struct ProgressStore: Sendable {
  /// The progress file.
  public var path: String

  public init(path: String) { self.path = path }

  /// The per-user store of the XDG base-directory spec: `$XDG_STATE_HOME` when it is set to an
  /// absolute path, else `$HOME/.local/state`.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore {
    let base: String
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = state
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      base = home + "/.local/state"
    }
    return ProgressStore(path: base + "/softcheck/progress.json")
  }

  /// The folder of the progress file.
  public var directory: String { (path as NSString).deletingLastPathComponent }

  /// What ``load(now:)`` found.
  public struct Loaded: Sendable {
    public var progress: DrillProgress
    /// Problems to report on stderr (a file set aside, a file that could not be read).
    public var warnings: [String]
    /// False when saving would overwrite a damaged file that could not be set aside.
    public var writable: Bool
  }

  /// Reads the progress. A missing file is fresh progress; a damaged one is set aside.
  public func load(now: Date = Date()) -> Loaded {
    removeStaleTemporaryFiles()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return Loaded(progress: DrillProgress(), warnings: [], writable: true)
    }
    let problem: String
    if isDirectory.boolValue {
      problem = "it is a folder"
    } else if let data = FileManager.default.contents(atPath: path) {
      do {
        let progress = try JSONDecoder().decode(DrillProgress.self, from: data)
        if let p = progress.problem { problem = p } else { return Loaded(progress: progress, warnings: [], writable: true) }
      } catch {
        problem = data.isEmpty ? "it is empty" : "it is not valid progress JSON (\(Self.describe(error)))"
      }
    } else {
      problem = "it cannot be read"
    }
    let aside = setAsidePath(now: now)
    if rename(path, aside) == 0 {
      return Loaded(progress: DrillProgress(),
                    warnings: ["the drill progress file \(path) is damaged (\(problem)); it was set aside as \(aside), and progress starts afresh"],
                    writable: true)
    }
    let reason = String(cString: strerror(errno))
    return Loaded(progress: DrillProgress(),
                  warnings: ["the drill progress file \(path) is damaged (\(problem)) and could not be set aside (\(reason)); progress starts afresh and this run's answers will not be saved"],
                  writable: false)
  }

  /// Writes the progress atomically: a temporary file, flushed, then renamed over the old one.
  public func save(_ progress: DrillProgress) throws(StoreError) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                              attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError("cannot create \(directory): \(error.localizedDescription)")
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data: Data
    do { data = try encoder.encode(progress) } catch { throw StoreError("cannot encode the progress: \(error)") }
    let temporary = temporaryPath(pid: getpid())
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw StoreError("cannot write \(temporary): \(String(cString: strerror(errno)))") }
    var written = 0
    let ok = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
      while written < buffer.count {
        let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += n
      }
      return fsync(fd) == 0
    }
    let error = errno
    close(fd)
    guard ok else {
      unlink(temporary)
      throw StoreError("cannot write \(temporary): \(String(cString: strerror(error)))")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw StoreError("cannot move the progress into place at \(path): \(reason)")
    }
    // Make the rename itself durable.
    let dirFD = open(directory, O_RDONLY | O_CLOEXEC)
    if dirFD >= 0 {
      _ = fsync(dirFD)
      close(dirFD)
    }
  }

  /// Forgets all progress (removes the file). Files set aside earlier are kept.
  public func reset() throws(StoreError) {
    guard FileManager.default.fileExists(atPath: path) else { return }
    guard unlink(path) == 0 else { throw StoreError("cannot remove \(path): \(String(cString: strerror(errno)))") }
  }

  /// A problem writing or removing the progress file.
  public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
  }

  // MARK: - Files around the progress file

  /// `.progress.json.<pid>.tmp`, next to the progress file.
  func temporaryPath(pid: Int32) -> String {
    directory + "/." + (path as NSString).lastPathComponent + ".\(pid).tmp"
  }

  /// Removes temporary files left by writers that no longer run (a process killed between
  /// writing and renaming). A live writer's file is left alone.
  func removeStaleTemporaryFiles() {
    let name = (path as NSString).lastPathComponent
    let prefix = "." + name + "."
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
      let middle = entry.dropFirst(prefix.count).dropLast(4)
      guard let pid = Int32(middle), pid > 0 else { continue }
      if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
        unlink(directory + "/" + entry)
      }
    }
  }

  /// `progress.json.corrupt-<UTC timestamp>`, with a counter if that name is taken.
  func setAsidePath(now: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    let base = path + ".corrupt-" + formatter.string(from: now)
    var candidate = base
    var k = 2
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = base + "-\(k)"
      k += 1
    }
    return candidate
  }

  static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let c): return c.debugDescription
    case DecodingError.keyNotFound(let key, _): return "missing '\(key.stringValue)'"
    case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
      return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
    default: return "\(error)"
    }
  }
}
