import AnswerDocument
import Language
import Localization

extension ExerciseFileReader {
  /// Refuses the first key of the mapping `node` that is not in `known`, at the key, naming the
  /// nearest known key. Not a mapping: nothing to check (the reader of the field says so).
  func checkKeys(_ node: AnswerNode, known: [String], in place: UnknownKey.Place) throws(CatalogueError) {
    guard case .mapping(let pairs, _) = node else { return }
    for (key, _) in pairs where !known.contains(key.text) {
      throw CatalogueError(
        file: file, location: key.location(ofOffset: 0),
        message: UnknownKey(key: key.text, place: place, known: known).message)
    }
  }
}
