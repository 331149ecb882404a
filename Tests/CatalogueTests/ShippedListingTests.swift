import Catalogue
import Foundation
import Testing

/// `softcheck list` reads the listing kept beside the shipped files (`Exercises/listing.txt`)
/// instead of their YAML: it must be the listing the files give, and be refused when they change
/// or when it is not what the writer writes.
@Suite struct ShippedListingTests {
  static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources/Catalogue/Exercises")

  @Test("the listing kept beside the shipped files is theirs, and is the one used")
  func listingIsCurrent() throws {
    let hash = try #require(ShippedListing.filesHash(Self.source.path))
    let expected = ShippedListing(catalogue: try Catalogue.shippedValidated(), hash: hash)
    let path = Self.source.appendingPathComponent(ShippedListing.fileName).path
    if ProcessInfo.processInfo.environment["SOFTCHECK_UPDATE_GOLDEN"] == "1" {
      try expected.text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let kept = try String(contentsOfFile: path, encoding: .utf8)
    #expect(kept == expected.text, "rewrite it: SOFTCHECK_UPDATE_GOLDEN=1 swift test --filter ShippedListingTests")
    #expect(ShippedListing.current() == expected)
    #expect(expected.entries.count == (try Catalogue.shipped()).exercises.count)
  }

  @Test("a listing reads back as written, odd characters included")
  func roundTrip() throws {
    var listing = ShippedListing(catalogue: try Catalogue.shipped(), hash: 0x1234_5678_9abc_def0)
    listing.entries[0].title.en = "tab\there, comma, back\\slash\nnew line\r\n, 한국어"
    listing.entries[0].parts.append("a,b\\c")
    listing.entries[0].points = 2.0 / 3
    #expect(ShippedListing(text: listing.text) == listing)
  }

  @Test(
    "anything but what the writer writes is refused",
    arguments: [
      "", "softcheck-listing/1\n", "softcheck-listing/2\nhash 1\n", "softcheck-listing/1\nhash zz\n",
      "softcheck-listing/1\nhash 1\nid\ten\tko\t1\n", "softcheck-listing/1\nhash 1\nid\ten\tko\tinf\tp\n",
      "softcheck-listing/1\nhash 1\nid\ten\\q\tko\t1\tp\n", "softcheck-listing/1\nhash 1\nid\ten\tko\t1\tp",
    ])
  func refused(_ text: String) {
    #expect(ShippedListing(text: text) == nil)
  }

  @Test("a changed exercise file changes the hash, so the listing is not used")
  func changedFilesAreNoticed() throws {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.source, to: copy)
    defer { try? FileManager.default.removeItem(at: copy) }
    let before = try #require(ShippedListing.filesHash(copy.path))
    let file = copy.appendingPathComponent("pam3.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
    let edited = ShippedListing.filesHash(copy.path)
    #expect(edited != before)
    try FileManager.default.moveItem(at: file, to: copy.appendingPathComponent("pam4.yaml"))
    #expect(ShippedListing.filesHash(copy.path) != edited)
  }
}
