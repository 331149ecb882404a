import ArgumentParser
import Foundation
import Localization
import Marking

/// Expands the paths given on the command line into answer files, in a stable order.
enum AnswerFileList {
  /// Files named on the command line are taken as named; folders are searched by ``AnswerFolder``
  /// (any-case extensions, hidden entries and outside links skipped), with a note on standard
  /// error for each entry left out.
  static func expand(
    _ paths: [String], extensions: [String] = ["yaml", "yml"], allowOutsideLinks: Bool = false,
    language: DisplayLanguage
  ) throws -> [String] {
    let ko = language == .ko
    let folder = AnswerFolder(extensions: extensions, allowOutsideLinks: allowOutsideLinks)
    var files: [String] = []
    var missing: [String] = []
    for path in paths {
      switch PathKind(path) {
      case .missing:
        // Kept in the list: it is marked as an invalid file (exit 1), like any unreadable one,
        // so a typo in one name among many is reported in the results, not only on stderr.
        missing.append(path)
        files.append(path)
      case .folder:
        let (found, skipped) = folder.files(in: path)
        for s in skipped { printError("softcheck: \(s.path): \(s.reason[language])") }
        files += found
      case .other:
        files.append(path)
      }
    }
    for m in missing {
      printError(ko ? "softcheck: 그런 파일이나 폴더가 없습니다: \(m)" : "softcheck: no such file or folder: \(m)")
    }
    guard files.count > missing.count else {
      let kinds = extensions.map { "." + $0 }.joined(separator: ", ")
      if ko { throw ValidationError(missing.isEmpty ? "\(kinds) 파일을 찾지 못했습니다" : "읽을 수 있는 입력이 없습니다") }
      throw ValidationError(missing.isEmpty ? "no \(kinds) files found" : "no input could be read")
    }
    return files
  }

  private enum PathKind {
    case missing, folder, other
    init(_ path: String) {
      var isDirectory: ObjCBool = false
      if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        self = .missing
      } else {
        self = isDirectory.boolValue ? .folder : .other
      }
    }
  }
}
