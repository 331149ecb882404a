extension FileResult {
  /// The result with only the part `key` (`exercise/part`): what `mark --replay` shows, since
  /// only that part was re-run on the replayed case.
  package func keepingOnly(part key: String) -> FileResult {
    var r = self
    r.exercises = exercises.compactMap { e in
      var e = e
      e.parts = e.parts.filter { "\(e.id)/\($0.part)" == key }
      return e.parts.isEmpty ? nil : e
    }
    return r
  }
}
