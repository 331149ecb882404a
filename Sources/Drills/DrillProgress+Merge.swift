extension DrillProgress {
  /// This progress (what is on disk now) with the changes one drill run made, from `base` (what
  /// the run last read or saved) to `mine` (what it holds now).
  ///
  /// Two drills on one progress file each add their own answers: counters add up, each run that
  /// answered counts as a session, and a kind's box is the one its latest answer earned. Saving
  /// whole files instead would let the last writer erase the other's answers.
  package func merging(changesFrom base: DrillProgress, to mine: DrillProgress) -> DrillProgress {
    var merged = self
    merged.sessions = sessions + Swift.max(0, mine.sessions - base.sessions)
    for (kind, now) in mine.kinds {
      let before = base.kinds[kind] ?? KindRecord()
      guard now != before else { continue }
      var record = merged.kinds[kind] ?? KindRecord()
      record.asked += now.asked - before.asked
      record.correct += now.correct - before.correct
      record.partial += now.partial - before.partial
      record.incorrect += now.incorrect - before.incorrect
      record.skipped += now.skipped - before.skipped
      record.hinted += now.hinted - before.hinted
      record.box = now.box
      record.lastSession = merged.sessions
      merged.kinds[kind] = record
    }
    return merged
  }
}
