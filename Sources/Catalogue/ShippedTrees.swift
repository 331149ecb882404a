import AnswerDocument
import Foundation

/// The shipped exercise files' YAML trees, written once when the files change (a test keeps them
/// current: `SOFTCHECK_UPDATE_GOLDEN=1 swift test --filter ShippedTreeTests`), so a start reads the
/// tree of each exercise it needs instead of parsing its YAML: the parse, and for a file with
/// parameters putting the book's numbers into its text first, were half of loading an exercise.
/// Each tree is the book variant's, kept with the exact text of the file it was read from, and is
/// used only for that text: a file edited since is parsed as always.
package enum ShippedTrees {
  /// Where the tree of `file` (`…/Exercises/<name>.yaml`) is kept:
  /// `…/ShippedTrees/<name>.tree`, beside the `Exercises` folder.
  package static func path(for file: String) -> String? {
    let bytes = Array(file.utf8)
    let slash = UInt8(ascii: "/")
    guard let nameStart = bytes.lastIndex(of: slash), file.hasSuffix(".yaml"),
      let folderStart = bytes[..<nameStart].lastIndex(of: slash)
    else { return nil }
    let parent = String(decoding: bytes[..<folderStart], as: UTF8.self)
    let name = String(decoding: bytes[(nameStart + 1)..<(bytes.count - ".yaml".utf8.count)], as: UTF8.self)
    return parent + "/ShippedTrees/" + name + ".tree"
  }

  /// What a tree file holds: the file's text's length in 8 bytes (little-endian), the text, and
  /// the tree of its book variant.
  package static func contents(fileText: String, bookTree: AnswerNode) -> [UInt8] {
    let length = UInt64(fileText.utf8.count)
    return (0..<8).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) } + Array(fileText.utf8) + bookTree.bytes
  }

  /// The book variant's tree kept for `file` when its text is exactly `text`; nil otherwise (no
  /// tree kept, another text, bytes that are not a tree), and the caller parses.
  package static func bookTree(ofFile file: String, text: String) -> AnswerNode? {
    guard let path = path(for: file), let data = FileManager.default.contents(atPath: path) else { return nil }
    var text = text
    return data.withUnsafeBytes { kept -> AnswerNode? in
      let count = text.utf8.count
      guard kept.count >= 8 + count, (0..<8).reduce(0, { $0 | Int(kept[$1]) << (8 * $1) }) == count else { return nil }
      let same = text.withUTF8 { mine in count == 0 || memcmp(mine.baseAddress!, kept.baseAddress! + 8, count) == 0 }
      return same ? AnswerNode(bytes: UnsafeRawBufferPointer(rebasing: kept[(8 + count)...])) : nil
    }
  }
}
