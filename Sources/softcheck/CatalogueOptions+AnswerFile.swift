import Catalogue
import Localization
import Marking

extension CatalogueSource {
  /// The catalogue for marking the one answer file at `path`: with the shipped exercises only,
  /// just the exercises it answers, so marking a short file does not read every exercise file.
  /// Everything (``load(language:)``) with `--exercises`, for a file that cannot be read or
  /// answers nothing, and when an id is not a shipped exercise (its suggestion needs them all).
  func load(answering path: String, language: DisplayLanguage) throws -> Catalogue {
    if directory == nil, let ids = AnswerFile.exerciseIDs(atPath: path), !ids.isEmpty,
      let answered = try? Catalogue.shipped(ids: ids)
    {
      return answered
    }
    return try load(language: language)
  }
}
