import AnswerDocument
import Catalogue
import Foundation
import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes, never more than a limit, deciding from the file's metadata first.
///
/// A 2 GB file in a class folder must not be read to learn that it is too large: its size is
/// checked before reading, and reading stops one byte past the limit whatever the metadata said
/// (a device such as /dev/zero, or a file that grows while it is read). Folders are refused by
/// type. Pipes named on the command line (`<(…)`) are read, within the same limit.
enum BoundedFileRead {
  enum Refusal: Error, Equatable {
    case missing, unreadable, folder, tooLarge(limit: Int)
  }

  static func bytes(atPath path: String, limit: Int) -> Result<[UInt8], Refusal> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.unreadable) }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { return .failure(.folder) }
    if type == S_IFREG, Int(info.st_size) > limit { return .failure(.tooLarge(limit: limit)) }
    return readAtMost(fd, limit: limit)
  }

  private static func readAtMost(_ fd: Int32, limit: Int) -> Result<[UInt8], Refusal> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while bytes.count <= limit {
      let wanted = min(chunk.count, limit + 1 - bytes.count)
      let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, wanted) }
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable)
      }
      if got == 0 { return .success(bytes) }
      bytes.append(contentsOf: chunk[0..<got])
    }
    return .failure(.tooLarge(limit: limit))
  }
}

extension BoundedFileRead.Refusal {
  /// What the learner or instructor reads.
  var message: Message {
    switch self {
    case .missing: Message("file.missing", en: "no such file", ko: "그런 파일이 없습니다")
    case .unreadable: Message("file.unreadable", en: "cannot read the file", ko: "파일을 읽을 수 없습니다")
    case .folder: Message("file.is-folder", en: "this is a folder, not a file", ko: "파일이 아니라 폴더입니다")
    case .tooLarge(let limit): YAMLReader.tooLarge(limit)
    }
  }
}
