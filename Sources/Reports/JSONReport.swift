import Foundation
import Localization
import Marking

/// Renders results as the JSON of `Docs/cli.md`: one object, an array, or one object per line.
package enum JSONReport {
  /// One result, pretty-printed.
  package static func object(_ result: FileResult, language: DisplayLanguage = .en) throws -> String {
    result.orderedJSON(language).render(pretty: true)
  }

  /// Several results as a JSON array.
  package static func array(_ results: [FileResult], language: DisplayLanguage = .en) throws -> String {
    OrderedJSON.array(results.map { $0.orderedJSON(language) }).render(pretty: true)
  }

  /// One compact object per line (`jsonl`), for merging shards later.
  package static func lines(_ results: [FileResult], language: DisplayLanguage = .en) throws -> String {
    results.map { $0.orderedJSON(language).render(pretty: false) }.joined(separator: "\n")
  }

  /// `value` as JSON; results in it show their `feedback` and `message` texts in `language`.
  static func encode<T: Encodable>(_ value: T, pretty: Bool, language: DisplayLanguage = .en) throws -> String {
    let encoder = JSONEncoder()
    encoder.userInfo[.displayLanguage] = language
    // Sorted keys: this platform's encoder does not keep declaration order, and reports must be
    // byte-identical for the same inputs.
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys] : [.withoutEscapingSlashes, .sortedKeys]
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self)
  }
}
