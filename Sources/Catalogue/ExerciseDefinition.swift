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
  /// normal form: most of the time a complete file spent choosing its variants.)
  let cacheKey: String

  init(text: String, file: String, kinds: CheckKinds, reading: CatalogueReading) {
    self.text = text
    self.file = file
    self.kinds = kinds
    self.reading = reading
    var hasher = Hasher()
    Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
    cacheKey = "\(file)|\(text.utf8.count)|\(hasher.finalize())|\(kinds.names.joined(separator: ","))|\(reading)"
  }
}
