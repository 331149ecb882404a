/// An exercise file's text with its placeholders, the file's name, and the kinds and reading it
/// was read with: what every other variant of the exercise is built from.
struct ExerciseDefinition: Sendable {
  var text: String
  var file: String
  var kinds: CheckKinds
  var reading: CatalogueReading
  /// What tells this definition apart in ``VariantCache``, worked out once: the file, and the
  /// text's length in bytes and a hash of its bytes. (Counting the text's Characters and hashing
  /// it as a String, for every variant asked for, walked each Korean character's grapheme and
  /// normal form: most of the time a complete file spent choosing its variants.) Only strings
  /// and integers are interpolated: anything else is printed by reflection, which searches
  /// every protocol conformance of the program the first time.
  let cacheKey: String

  init(text: String, file: String, kinds: CheckKinds, reading: CatalogueReading) {
    self.text = text
    self.file = file
    self.kinds = kinds
    self.reading = reading
    var hasher = Hasher()
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    // The reading spelled out: interpolating the enum itself would print it by reflection.
    let readingName = reading == .trusted ? "trusted" : "validated"
    cacheKey = "\(file)|\(text.utf8.count)|\(hasher.finalize())|\(kinds.names.joined(separator: ","))|\(readingName)"
  }
}
