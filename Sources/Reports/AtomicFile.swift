import Localization
import Foundation

/// Writes report files safely: to a temporary file in the same folder, then renamed over the
/// target, so a reader never sees half a report and a crash never leaves one.
public enum AtomicFile {
  public struct Failure: Error, CustomStringConvertible {
    public var message: LocalizedText
    public var description: String { message.en }
  }

  /// Writes `text` to `path` atomically.
  ///
  /// - Throws: ``Failure`` if `path` is one of `inputs` (a report must never replace a
  ///   submission) or the file cannot be written.
  public static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws {
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
      throw Failure(message: LocalizedText(
        en: "refusing to overwrite the input file \(input) with the report",
        ko: "입력 파일 \(input) 을(를) 보고서로 덮어쓰지 않습니다"))
    }
    let folder = (target as NSString).deletingLastPathComponent
    let temporary = folder + "/.\((target as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
      throw Failure(message: LocalizedText(en: "cannot write \(path)", ko: "\(path) 에 쓸 수 없습니다"))
    }
    guard rename(temporary, target) == 0 else {
      try? FileManager.default.removeItem(atPath: temporary)
      throw Failure(message: LocalizedText(
        en: "cannot move the report into place at \(path)", ko: "보고서를 \(path) 로 옮길 수 없습니다"))
    }
  }
}
