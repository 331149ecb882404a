import Foundation
import Marking

/// Renders results as the JSON of `cli.md`: one object, an array, or one object per line.
public enum JSONReport {
  /// One result, pretty-printed.
  public static func object(_ result: FileResult) throws -> String {
    try encode(result, pretty: true)
  }

  /// Several results as a JSON array.
  public static func array(_ results: [FileResult]) throws -> String {
    try encode(results, pretty: true)
  }

  /// One compact object per line (`jsonl`), for merging shards later.
  public static func lines(_ results: [FileResult]) throws -> String {
    try results.map { try encode($0, pretty: false) }.joined(separator: "\n")
  }

  static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self)
  }
}
