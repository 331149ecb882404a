import Foundation
import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The answer files in a class folder, found the way an instructor expects and safe against what a
/// shared folder may hold.
///
/// - Every file whose name ends in one of the extensions, in any case (`.YAML`, `.Yml`), in the
///   folder and its subfolders, in a stable (sorted) order.
/// - Hidden files and folders (a leading `.`, so `.git` too) are left out.
/// - Links to folders are not followed (no loops, no escaping the folder). A link to a file is
///   followed only when the file it reaches is inside the folder, unless `allowOutsideLinks`:
///   a link to `/etc/passwd` in a submission folder is skipped, with a note.
/// - Only regular files are answer files: pipes, devices and sockets are skipped, with a note (a
///   pipe would block the batch; a device may never end).
package struct AnswerFolder: Sendable {
  /// A file left out, and why.
  package struct Skipped: Sendable, Equatable {
    package var path: String
    package var reason: Message
  }

  package var extensions: [String]
  package var allowOutsideLinks: Bool
  /// Folder levels searched below the top one.
  package var maxDepth = 32

  package init(extensions: [String] = ["yaml", "yml"], allowOutsideLinks: Bool = false) {
    self.extensions = extensions.map { $0.lowercased() }
    self.allowOutsideLinks = allowOutsideLinks
  }

  /// The answer files below `folder`, and the entries left out with a note.
  package func files(in folder: String) -> (files: [String], skipped: [Skipped]) {
    var found: [String] = []
    var skipped: [Skipped] = []
    let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    walk(folder, root: root, depth: 0, into: &found, skipped: &skipped)
    return (found.sorted(), skipped.sorted { $0.path < $1.path })
  }

  private func walk(_ folder: String, root: String, depth: Int, into found: inout [String], skipped: inout [Skipped]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where !name.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      switch Entry(path) {
      case .folder where depth < maxDepth: walk(path, root: root, depth: depth + 1, into: &found, skipped: &skipped)
      case .folder: skipped.append(Skipped(path: path, reason: AnswerFolderNote.tooDeep(maxDepth)))
      case .file where hasAnswerExtension(name): found.append(path)
      case .linkToFile where hasAnswerExtension(name):
        if allowOutsideLinks || Self.isInside(path, root: root) {
          found.append(path)
        } else {
          skipped.append(Skipped(path: path, reason: AnswerFolderNote.linkOutside))
        }
      case .special where hasAnswerExtension(name): skipped.append(Skipped(path: path, reason: AnswerFolderNote.notRegular))
      default: break
      }
    }
  }

  private func hasAnswerExtension(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return extensions.contains(name[name.index(after: dot)...].lowercased())
  }

  private static func isInside(_ path: String, root: String) -> Bool {
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
  }

  /// What an entry is, without following a link to a folder.
  private enum Entry {
    case file, folder, linkToFile, special, other

    init(_ path: String) {
      var own = stat()
      guard lstat(path, &own) == 0 else {
        self = .other
        return
      }
      switch own.st_mode & S_IFMT {
      case S_IFREG: self = .file
      case S_IFDIR: self = .folder
      case S_IFLNK:
        var target = stat()
        let reachesFile = stat(path, &target) == 0 && target.st_mode & S_IFMT == S_IFREG
        self = reachesFile ? .linkToFile : .other
      default: self = .special
      }
    }
  }
}

/// The notes printed for entries an ``AnswerFolder`` leaves out.
enum AnswerFolderNote {
  static let linkOutside = Message(
    "folder.link-outside", en: "skipped: a link to a file outside the folder (--allow-outside-links reads it)",
    ko: "건너뜀: 폴더 밖의 파일을 가리키는 링크입니다 (--allow-outside-links를 주면 읽습니다)")
  static func tooDeep(_ levels: Int) -> Message {
    Message(
      "folder.too-deep", en: "skipped: a folder more than \(levels) levels below the class folder",
      ko: "건너뜀: 반 폴더에서 \(levels)단계보다 깊은 폴더입니다")
  }
  static let notRegular = Message(
    "folder.not-regular", en: "skipped: not a regular file (a pipe, device or socket)",
    ko: "건너뜀: 일반 파일이 아닙니다 (파이프, 장치 또는 소켓)")
}
