import Localization
import ArgumentParser
import Foundation

/// Expands the paths given on the command line into answer files, in a stable order.
enum AnswerFileList {
  static func expand(_ paths: [String], extensions: [String] = [".yaml", ".yml"], language: DisplayLanguage) throws -> [String] {
    let ko = language == .ko
    let fm = FileManager.default
    var files: [String] = []
    var missing: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        // Kept in the list: it is marked as an invalid file (exit 1), like any unreadable one,
        // so a typo in one name among many is reported in the results, not only on stderr.
        missing.append(path)
        files.append(path)
        continue
      }
      if isDirectory.boolValue {
        let found = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
          .filter { name in extensions.contains { name.hasSuffix($0) } }
          .sorted()
          .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
        files += found
      } else {
        files.append(path)
      }
    }
    for m in missing { printError(ko ? "softcheck: 그런 파일이나 폴더가 없습니다: \(m)" : "softcheck: no such file or folder: \(m)") }
    guard files.count > missing.count else {
      let kinds = extensions.joined(separator: ", ")
      if ko { throw ValidationError(missing.isEmpty ? "\(kinds) 파일을 찾지 못했습니다" : "읽을 수 있는 입력이 없습니다") }
      throw ValidationError(missing.isEmpty ? "no \(kinds) files found" : "no input could be read")
    }
    return files
  }
}
