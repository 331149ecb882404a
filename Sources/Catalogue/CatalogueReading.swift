/// How much of an exercise file is built and checked when it loads.
package enum CatalogueReading: Sendable, Hashable {
  /// Everything at once: every part's check is built and every expression evaluated at a sample,
  /// so any mistake in the file is a located error at load (a folder given with `--exercises`,
  /// ``Catalogue/parse(_:file:kinds:)``, and the tests that keep the shipped files right).
  case validated
  /// The shipped files, which the tests load `validated` in every variant they mark: a part's
  /// check is built the first time it is needed (`list` builds none, marking a file only those
  /// it answers), and the evaluations that only validate are skipped.
  case trusted
}
