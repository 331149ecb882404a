import Foundation
import Localization

/// What `softcheck list` shows of the shipped exercises (ids, titles, part ids, points), kept
/// beside them in `Exercises/listing.txt` so that `list` reads no YAML.
///
/// The file names the FNV-1a hash of the shipped files' names and bytes it was made from; it is
/// used only when the files hash the same (else `list` reads the files, so it is never stale),
/// and read strictly (anything unexpected: not used). A test keeps it equal to the listing the
/// files give (`SOFTCHECK_UPDATE_GOLDEN=1 swift test --filter ShippedListingTests` rewrites it).
package struct ShippedListing: Sendable, Equatable {
  package struct Entry: Sendable, Equatable {
    package var id: String
    package var title: LocalizedText
    package var parts: [String]
    package var points: Double
  }

  package var entries: [Entry]
  /// The hash of the exercise files it lists.
  package var hash: UInt64

  /// The file's name in the shipped folder (not YAML, so the folder reader leaves it out).
  package static let fileName = "listing.txt"
  static let format = "softcheck-listing/1"
  /// Larger files are not read.
  static let maxBytes = 1 << 20

  /// The listing of `catalogue`, made from the files that hash to `hash`.
  package init(catalogue: Catalogue, hash: UInt64) {
    entries = catalogue.exercises.map { Entry(id: $0.id, title: $0.title, parts: $0.parts.map(\.id), points: $0.maxPoints) }
    self.hash = hash
  }

  init(entries: [Entry], hash: UInt64) {
    self.entries = entries
    self.hash = hash
  }

  /// The listing kept beside the shipped files, when it was made from them as they are now.
  package static func current() -> ShippedListing? {
    guard let folder = try? Catalogue.shippedFolder(), let hash = filesHash(folder),
      let data = FileManager.default.contents(atPath: folder + "/" + fileName), data.count <= maxBytes,
      let listing = ShippedListing(text: String(decoding: data, as: UTF8.self)), listing.hash == hash
    else { return nil }
    return listing
  }

  /// FNV-1a over the names and bytes of the folder's YAML files, in name order.
  package static func filesHash(_ folder: String) -> UInt64? {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add<S: Sequence<UInt8>>(_ bytes: S) {
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    for name in names.filter({ $0.lowercased().hasSuffix(".yaml") || $0.lowercased().hasSuffix(".yml") }).sorted() {
      guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
      add(name.utf8)
      add([0])
      add(String(data.count).utf8)
      add([0])
      data.withUnsafeBytes { add($0) }
    }
    return hash
  }
}
