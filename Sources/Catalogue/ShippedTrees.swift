import AnswerDocument
import Foundation

/// The shipped exercise files' YAML trees, written once when the files change (a test keeps them
/// current: `SOFTCHECK_UPDATE_GOLDEN=1 swift test --filter ShippedTreeTests`), so a start reads the
/// tree of each exercise it needs instead of parsing its YAML again: the parse was half of
/// loading an exercise. A tree is kept with the exact text it was read from and used only for
/// that text, so a file edited since, or a variant with other numbers, is parsed as always.
package enum ShippedTrees {
  /// Where the tree of `file` (`…/Exercises/<name>.yaml`) is kept:
  /// `…/ShippedTrees/<name>.tree`, beside the `Exercises` folder.
  package static func path(for file: String) -> String {
    let parts = file.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 2, let name = parts.last, name.hasSuffix(".yaml") else { return "" }
    let folder = parts.dropLast(2).joined(separator: "/")
    return folder + "/ShippedTrees/" + name.dropLast(".yaml".count) + ".tree"
  }

  /// What a tree file holds: the text's length in 8 bytes (little-endian), the text, the tree.
  package static func contents(text: String, tree: AnswerNode) -> [UInt8] {
    let length = UInt64(text.utf8.count)
    return (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) } + Array(text.utf8) + tree.bytes
  }

  /// The tree kept for `file` if it was read from exactly `text`; nil otherwise (no tree kept,
  /// another text, bytes that are not a tree), and the caller parses.
  package static func tree(for text: String, file: String) -> AnswerNode? {
    let path = path(for: file)
    guard !path.isEmpty, let data = FileManager.default.contents(atPath: path), data.count >= 8 else { return nil }
    let bytes = [UInt8](data)
    let length = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[$1]) << (8 * UInt64($1)) }
    let count = text.utf8.count
    guard length == UInt64(count), bytes.count >= 8 + count, bytes[8..<8 + count].elementsEqual(text.utf8) else { return nil }
    return AnswerNode(bytes: Array(bytes[(8 + count)...]))
  }
}
