import Localization

/// The drill texts the command line shows outside a run: the list of kinds, the progress
/// table, and the one-line notices around a run. Tables are padded by terminal columns
/// (``DisplayWidth``), so Korean text, two columns a syllable, stays aligned.
package enum DrillTexts {
  /// `softcheck drill --list`: every kind with its title and the exercises it practises.
  package static func list(_ drills: DrillCatalogue, language: DisplayLanguage) -> String {
    let width = drills.kinds.map { DisplayWidth.of($0.id) }.max() ?? 0
    var lines = [
      LocalizedText(
        en: "Drill kinds (softcheck drill KIND... or EXERCISE...):",
        ko: "연습 종류 (softcheck drill KIND... 또는 EXERCISE... 로 고릅니다):")[language]
    ]
    for k in drills.kinds {
      lines.append("  " + k.id.padded(toWidth: width) + "  \(k.title[language])  [\(k.exercises.joined(separator: ", "))]")
    }
    return lines.joined(separator: "\n")
  }

  /// `softcheck progress`: runs and answers so far, then one row per kind (every kind in
  /// `kinds`, then kinds the file knows and the catalogue does not) with its box, counts and
  /// when it is due. `path` is the progress file, shown in the first line.
  package static func progressReport(
    _ progress: DrillProgress, kinds: [String], path: String,
    language: DisplayLanguage
  ) -> String {
    func t(_ en: String, _ ko: String) -> String { LocalizedText(en: en, ko: ko)[language] }
    let runs = progress.sessions
    let answers = progress.kinds.values.reduce(0) { $0 + $1.asked }
    var lines = [
      t(
        "Drill progress: \(runs) run\(runs == 1 ? "" : "s"), \(answers) answer\(answers == 1 ? "" : "s") (\(path))",
        "연습 진도: 실행 \(runs)번, 답 \(answers)개 (\(path))")
    ]
    guard answers > 0 else {
      lines.append(t("Nothing yet: `softcheck drill` starts.", "아직 기록이 없습니다. `softcheck drill`로 시작하세요."))
      return lines.joined(separator: "\n")
    }
    let ids = kinds + progress.kinds.keys.filter { !kinds.contains($0) }.sorted()
    let kindHeader = t("kind", "종류")
    let width = max(ids.map { DisplayWidth.of($0) }.max() ?? 0, DisplayWidth.of(kindHeader))
    let columns =
      language == .en
      ? ["box", "asked", "right", "partial", "wrong", "skipped", "hints"]
      : ["상자", "출제", "정답", "부분", "오답", "건너뜀", "힌트"]
    func cell(_ s: String) -> String { s.padded(toWidth: columnWidth) }
    lines.append("")
    lines.append(kindHeader.padded(toWidth: width) + "  " + columns.map(cell).joined() + t("due", "다음 출제"))
    let next = progress.sessions + 1
    for id in ids {
      let name = id.padded(toWidth: width) + "  "
      guard let r = progress.kinds[id], r.asked > 0 else {
        lines.append(name + cell("-") + t("never asked", "아직 나오지 않음"))
        continue
      }
      let dueAt = r.lastSession + DrillProgress.interval(box: r.box)
      let runsLeft = dueAt - next + 1
      let due = dueAt <= next ? t("next run", "다음 실행") : t("in \(runsLeft) runs", "\(runsLeft)번 실행 뒤")
      lines.append(
        name + [r.box, r.asked, r.correct, r.partial, r.incorrect, r.skipped, r.hinted].map { cell(String($0)) }.joined() + due)
    }
    return lines.joined(separator: "\n")
  }

  /// The width of each number column of ``progressReport(_:kinds:path:language:)``.
  static let columnWidth = 9

  /// `softcheck drill --reset`: the progress file was removed.
  package static func progressReset(path: String) -> Message {
    Message("progress.reset", en: "Drill progress reset (\(path)).", ko: "연습 진도를 초기화했습니다 (\(path)).")
  }

  /// A save after an answer failed (reported once; the drill goes on).
  package static func progressNotSaved(_ error: ProgressStore.StoreError) -> Message {
    Message(
      "progress.not-saved", en: "progress not saved: \(error.message.text.en)",
      ko: "진도를 저장하지 못했습니다: \(error.message.text.ko)")
  }

  /// A question that could not be built: a bug in a generator, not in the learner's input.
  package static func internalError(_ error: DrillError) -> Message {
    Message(
      "drill.internal-error", en: "internal error: \(error.message.text.en)",
      ko: "내부 오류: \(error.message.text.ko)")
  }
}
