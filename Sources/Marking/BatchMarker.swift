import Foundation
import Localization

/// Marks many answer files at once on every core, in a deterministic order.
///
/// Each file is marked independently (a bad or hostile file ends in its own `invalid` result and
/// never stops the others), and the results come back in the order of `paths`, so the output
/// is byte-identical whatever the core count.
package struct BatchMarker: Sendable {
  package var marker: Marker
  /// How many files to mark at once (default: the number of active cores, at most
  /// ``maximumConcurrency``).
  package var concurrency: Int

  /// The most files marked at once, whatever the core count: a file may need tens of megabytes
  /// while it is marked (a megabyte of YAML, its tree, its values), and a batch stays under
  /// 512 MB on a machine with many cores.
  package static let maximumConcurrency = 8

  package init(marker: Marker, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
    self.marker = marker
    self.concurrency = min(max(1, concurrency), BatchMarker.maximumConcurrency)
  }

  /// Marks `paths`. `progress` is called after each file with (done, total), from any task.
  package func mark(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) async -> [FileResult] {
    var results = [FileResult?](repeating: nil, count: paths.count)
    var wider = self.marker
    // Fewer files than cores (one submission): the idle cores check parts of a file at once.
    if !paths.isEmpty, paths.count < concurrency { wider.partConcurrency = concurrency / paths.count }
    let marker = wider
    await withTaskGroup(of: (Int, FileResult).self) { group in
      var next = 0
      var done = 0
      // Keep at most `concurrency` files in flight.
      while next < min(concurrency, paths.count) {
        let i = next
        let path = paths[i]
        group.addTask { (i, marker.mark(path: path)) }
        next += 1
      }
      while let (i, result) = await group.next() {
        results[i] = result
        done += 1
        progress?(done, paths.count)
        if next < paths.count {
          let j = next
          let path = paths[j]
          group.addTask { (j, marker.mark(path: path)) }
          next += 1
        }
      }
    }
    return results.compactMap { $0 }
  }
}

/// Reads results saved by `mark --format jsonl` (one `softcheck-result/1` object per line), so a
/// class marked in shards merges into one report.
package enum ResultLines {
  /// A line that is not a result.
  package struct Failure: Error, Sendable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var message: LocalizedText
    package var description: String { "\(file):\(line): \(message.en)" }
    /// The same line in `language`.
    package func description(in language: DisplayLanguage) -> String { "\(file):\(line): \(message[language])" }
  }

  package static func read(_ path: String) throws -> [FileResult] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(file: path, line: 0, message: LocalizedText(en: "cannot read the file", ko: "파일을 읽을 수 없습니다"))
    }
    var results: [FileResult] = []
    let decoder = JSONDecoder()
    // Split on scalars so "\r\n" (one Character in Swift) ends a line too.
    let lines = String(decoding: data, as: UTF8.self).unicodeScalars
      .split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    for (n, line) in lines.enumerated() {
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      do {
        let r = try decoder.decode(FileResult.self, from: Data(text.utf8))
        guard r.format == "softcheck-result/1" else {
          throw Failure(
            file: path, line: n + 1,
            message: LocalizedText(
              en: "unknown result format '\(r.format)'", ko: "알 수 없는 결과 형식 '\(r.format)'입니다"))
        }
        results.append(r)
      } catch let f as Failure {
        throw f
      } catch {
        throw Failure(
          file: path, line: n + 1,
          message: LocalizedText(
            en: "not a softcheck result: \(error)", ko: "softcheck 결과가 아닙니다: \(error)"))
      }
    }
    return results
  }
}
