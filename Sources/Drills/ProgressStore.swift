import Foundation
import Localization

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
package struct ProgressStore: Sendable {
  /// The progress file.
  package var path: String

  package init(path: String) { self.path = path }

  /// The per-user store of the XDG base-directory spec: `$XDG_STATE_HOME` when it is set to an
  /// absolute path, else `$HOME/.local/state`.
  package static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ProgressStore {
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
  package var directory: String { (path as NSString).deletingLastPathComponent }

  /// What ``load(now:)`` found.
  package struct Loaded: Sendable {
    package var progress: DrillProgress
    /// Problems to report on stderr (a file set aside, a file that could not be read), in both
    /// languages.
    package var warnings: [Message]
    /// False when saving would overwrite a damaged file that could not be set aside.
    package var writable: Bool
  }

  /// Reads the progress. A missing file is fresh progress; a damaged one is set aside.
  package func load(now: Date = Date()) -> Loaded {
    removeStaleTemporaryFiles()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return Loaded(progress: DrillProgress(), warnings: [], writable: true)
    }
    let problem: LocalizedText
    if isDirectory.boolValue {
      problem = LocalizedText(en: "it is a folder", ko: "파일이 아니라 폴더입니다")
    } else if let data = FileManager.default.contents(atPath: path) {
      do {
        let progress = try JSONDecoder().decode(DrillProgress.self, from: data)
        if let p = progress.problem { problem = p.text } else { return Loaded(progress: progress, warnings: [], writable: true) }
      } catch {
        if data.isEmpty {
          problem = LocalizedText(en: "it is empty", ko: "파일이 비어 있습니다")
        } else {
          let why = Self.describe(error)
          problem = LocalizedText(en: "it is not valid progress JSON (\(why.en))", ko: "올바른 진도 JSON이 아닙니다 (\(why.ko))")
        }
      }
    } else {
      problem = LocalizedText(en: "it cannot be read", ko: "파일을 읽을 수 없습니다")
    }
    let aside = setAsidePath(now: now)
    if rename(path, aside) == 0 {
      return Loaded(
        progress: DrillProgress(),
        warnings: [
          Message(
            "progress.damaged-set-aside",
            en:
              "the drill progress file \(path) is damaged (\(problem.en)); it was set aside as \(aside), and progress starts afresh",
            ko: "연습 진도 파일(\(path))이 손상되었습니다 (\(problem.ko)). 이 파일을 다음 이름으로 옮겨 두었고, 진도는 처음부터 다시 시작합니다: \(aside)")
        ],
        writable: true)
    }
    let reason = String(cString: strerror(errno))
    return Loaded(
      progress: DrillProgress(),
      warnings: [
        Message(
          "progress.damaged-not-set-aside",
          en:
            "the drill progress file \(path) is damaged (\(problem.en)) and could not be set aside (\(reason)); progress starts afresh and this run's answers will not be saved",
          ko: "연습 진도 파일(\(path))이 손상되었고 (\(problem.ko)), 다른 이름으로 옮겨 둘 수도 없습니다 (\(reason)). 진도는 처음부터 다시 시작하며, 이번 실행의 답은 저장되지 않습니다")
      ],
      writable: false)
  }

  /// Saves a run's changes since `base` on top of whatever the file holds now, under an
  /// exclusive lock, and returns what was written.
  ///
  /// Another drill may have saved since this one read the file: the file is locked
  /// (`progress.json.lock`, an advisory `flock`), re-read, merged with this run's changes
  /// (``DrillProgress/merging(changesFrom:to:)``) and written, so no answer of either run is
  /// lost, whichever saves last.
  package func save(_ progress: DrillProgress, since base: DrillProgress) throws(StoreError) -> DrillProgress {
    try makeDirectory()
    let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard lock >= 0 else { throw StoreError.cannotWrite(path + ".lock", reason: String(cString: strerror(errno))) }
    defer { close(lock) }
    while flock(lock, LOCK_EX) != 0 {
      guard errno == EINTR else { throw StoreError.cannotWrite(path + ".lock", reason: String(cString: strerror(errno))) }
    }
    defer { flock(lock, LOCK_UN) }
    let onDisk =
      FileManager.default.contents(atPath: path)
      .flatMap { try? JSONDecoder().decode(DrillProgress.self, from: $0) }
      .flatMap { $0.problem == nil ? $0 : nil } ?? DrillProgress()
    let merged = onDisk.merging(changesFrom: base, to: progress)
    try save(merged)
    return merged
  }

  private func makeDirectory() throws(StoreError) {
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw StoreError(
        Message(
          "progress.cannot-create-folder",
          en: "cannot create \(directory): \(error.localizedDescription)",
          ko: "\(directory) 폴더를 만들 수 없습니다: \(error.localizedDescription)"))
    }
  }

  /// Writes the progress atomically: a temporary file, flushed, then renamed over the old one.
  package func save(_ progress: DrillProgress) throws(StoreError) {
    try makeDirectory()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data: Data
    do {
      data = try encoder.encode(progress)
    } catch {
      throw StoreError(
        Message(
          "progress.cannot-encode", en: "cannot encode the progress: \(error)",
          ko: "진도를 JSON으로 바꿀 수 없습니다: \(error)"))
    }
    let temporary = temporaryPath(pid: getpid())
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw StoreError.cannotWrite(temporary, reason: String(cString: strerror(errno))) }
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
      throw StoreError.cannotWrite(temporary, reason: String(cString: strerror(error)))
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw StoreError(
        Message(
          "progress.cannot-move",
          en: "cannot move the progress into place at \(path): \(reason)",
          ko: "진도를 \(path)에 옮겨 놓을 수 없습니다: \(reason)"))
    }
    // Make the rename itself durable.
    let dirFD = open(directory, O_RDONLY | O_CLOEXEC)
    if dirFD >= 0 {
      _ = fsync(dirFD)
      close(dirFD)
    }
  }

  /// Forgets all progress (removes the file). Files set aside earlier are kept.
  package func reset() throws(StoreError) {
    guard FileManager.default.fileExists(atPath: path) else { return }
    guard unlink(path) == 0 else {
      let reason = String(cString: strerror(errno))
      throw StoreError(
        Message(
          "progress.cannot-remove", en: "cannot remove \(path): \(reason)",
          ko: "진도 파일을 지울 수 없습니다 (\(path)): \(reason)"))
    }
  }

  /// A problem writing or removing the progress file.
  package struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in both languages.
    package var message: Message
    init(_ message: Message) { self.message = message }

    /// The English sentence (logs, tests).
    package var description: String { message.text.en }

    static func cannotWrite(_ file: String, reason: String) -> StoreError {
      StoreError(
        Message(
          "progress.cannot-write", en: "cannot write \(file): \(reason)",
          ko: "\(file)에 쓸 수 없습니다: \(reason)"))
    }
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

  /// Why JSON did not decode as progress. Foundation's own explanations stay in English.
  static func describe(_ error: Error) -> LocalizedText {
    switch error {
    case DecodingError.dataCorrupted(let c):
      return LocalizedText(en: c.debugDescription, ko: c.debugDescription)
    case DecodingError.keyNotFound(let key, _):
      return LocalizedText(en: "missing '\(key.stringValue)'", ko: "'\(key.stringValue)' 항목이 없습니다")
    case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
      let at = c.codingPath.map(\.stringValue).joined(separator: ".")
      return LocalizedText(en: "wrong type at \(at)", ko: "\(at)에 있는 값의 형식이 맞지 않습니다")
    default:
      return LocalizedText(en: "\(error)", ko: "\(error)")
    }
  }
}
