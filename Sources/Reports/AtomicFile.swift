import Foundation
import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes report files safely: a reader never sees half a report, a crash or power cut never
/// leaves one, and a killed run leaves no temporary file behind.
///
/// The text goes to an unnamed file in the target's folder (Linux `O_TMPFILE`: if the process is
/// killed while writing, the file simply vanishes), is flushed to disk (`fsync`), and only then
/// is given a name and renamed over the target; the folder is flushed so the rename lasts.
/// Where unnamed files are not supported the temporary file is named (`.NAME.PID.tmp`), and any
/// such file whose process is gone is removed on the next write.
package enum AtomicFile {
  package struct Failure: Error, CustomStringConvertible {
    package var message: LocalizedText
    package var description: String { message.en }
  }

  /// Writes `text` to `path` atomically.
  ///
  /// - Throws: ``Failure`` if `path` is one of `inputs` (a report must never replace a
  ///   submission) or the file cannot be written.
  package static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws {
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
      throw Failure(
        message: LocalizedText(
          en: "refusing to overwrite the input file \(input) with the report",
          ko: "입력 파일(\(input))을 보고서로 덮어쓰지 않습니다"))
    }
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    removeStaleTemporaryFiles(in: folder, for: name)
    let temporary = folder + "/." + name + ".\(getpid()).tmp"
    let cannotWrite = Failure(message: LocalizedText(en: "cannot write \(path)", ko: "\(path)에 쓸 수 없습니다"))
    guard let fd = openUnnamed(in: folder) ?? openNamed(temporary) else { throw cannotWrite }
    defer { close(fd) }
    guard writeAll(Array(text.utf8), to: fd), fsync(fd) == 0, giveName(fd, temporary) else {
      unlink(temporary)
      throw cannotWrite
    }
    guard rename(temporary, target) == 0 else {
      unlink(temporary)
      throw Failure(
        message: LocalizedText(
          en: "cannot move the report into place at \(path)", ko: "보고서를 \(path) 위치로 옮길 수 없습니다"))
    }
    let folderFD = open(folder, O_RDONLY | O_CLOEXEC)
    if folderFD >= 0 {
      _ = fsync(folderFD)
      close(folderFD)
    }
  }

  /// An unnamed file in `folder`, or nil where the system or file system has none.
  private static func openUnnamed(in folder: String) -> Int32? {
    #if os(Linux)
    // O_TMPFILE is __O_TMPFILE | O_DIRECTORY, a composite the C importer does not bring in;
    // __O_TMPFILE has this value on every Linux architecture Swift runs on.
    let tmpfile: Int32 = 0o20000000 | O_DIRECTORY
    let fd = open(folder, tmpfile | O_WRONLY | O_CLOEXEC, 0o644)
    return fd >= 0 ? fd : nil
    #else
    return nil
    #endif
  }

  private static func openNamed(_ path: String) -> Int32? {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    return fd >= 0 ? fd : nil
  }

  /// Links an unnamed file to `path`; a file opened by name already has it.
  private static func giveName(_ fd: Int32, _ path: String) -> Bool {
    if FileManager.default.fileExists(atPath: path) { return true }
    return linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
    var written = 0
    return bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += n
      }
      return true
    }
  }

  /// Removes `.NAME.PID.tmp` files of processes that no longer run (killed between naming the
  /// file and renaming it); a live writer's file is left alone.
  private static func removeStaleTemporaryFiles(in folder: String, for name: String) {
    let prefix = "." + name + "."
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
      let pidText = entry.dropFirst(prefix.count).dropLast(4)
      guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink(folder + "/" + entry)
    }
  }
}
