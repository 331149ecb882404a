import Catalogue
import Checks
import Foundation
import Localization
import Marking

/// What `mark --watch` shows after each save: only the parts whose result changed, and the next
/// part to work on. Pure functions of two results, so the diffing is tested without a terminal.
package enum WatchReport {
  /// The parts whose result changed (verdict, or feedback for a new answer with the same verdict),
  /// rendered as `mark` renders them, after one line that lists the changes.
  package static func changes(from old: FileResult, to new: FileResult, report: TextReport) -> String {
    let ko = report.language == .ko
    let words = ReportWords(language: report.language)
    var before: [String: PartResult] = [:]
    for e in old.exercises { for p in e.parts { before["\(e.id)/\(p.part)"] = p } }
    var transitions: [String] = []
    var shown = new
    shown.exercises = new.exercises.compactMap { e in
      var e = e
      e.parts = e.parts.filter { p in
        let key = "\(e.id)/\(p.part)"
        guard let was = before.removeValue(forKey: key) else {
          transitions.append("\(key) \(words.verdict(p.verdict))")
          return true
        }
        if was.verdict != p.verdict {
          transitions.append("\(key) \(words.verdict(was.verdict)) → \(words.verdict(p.verdict))")
          return true
        }
        if was.messages != p.messages || was.misconception != p.misconception {
          transitions.append(
            ko ? "\(key) 여전히 \(words.verdict(p.verdict)), 새 답" : "\(key) still \(p.verdict.rawValue), new answer")
          return true
        }
        return false
      }
      return e.parts.isEmpty ? nil : e
    }
    for key in before.keys.sorted() { transitions.append(ko ? "\(key) 파일에서 사라짐" : "\(key) no longer in the file") }
    let errorsChanged = Set(old.errors) != Set(new.errors)
    if !errorsChanged { shown.errors = [] }
    let score = "\(TextReport.points(new.score)) / \(TextReport.points(new.max))"
    let stamp = timestamp()
    guard !transitions.isEmpty || errorsChanged else {
      return ko ? "[\(stamp)] 저장됨. 바뀐 판정 없음 (\(score))." : "[\(stamp)] saved; no verdict changed (\(score))."
    }
    var out = ko ? "[\(stamp)] 저장됨. \(score)" : "[\(stamp)] saved; \(score)"
    if !transitions.isEmpty { out += (ko ? ". 바뀐 것: " : "; changed: ") + transitions.joined(separator: ", ") }
    if errorsChanged && new.errors.isEmpty { out += ko ? ". 파일 오류가 고쳐졌습니다" : "; the file's errors are fixed" }
    return out + "\n" + report.render(shown)
  }

  /// The next unanswered part, with what it asks and expects; or what is left.
  package static func next(in result: FileResult, path: String, catalogue: Catalogue, language: DisplayLanguage = .en) -> String {
    let ko = language == .ko
    for e in result.exercises {
      for p in e.parts where p.verdict == .unanswered {
        let part = catalogue.exercise(e.id)?.part(p.part)
        var out = (ko ? "다음: " : "next: ") + "\(e.id)/\(p.part)"
        if let part { out += ": \(part.prompt[language])\n      " + (ko ? "답 형식: " : "expects ") + part.answerForm[language] }
        return out
      }
    }
    if result.exercises.isEmpty {
      if !result.errors.isEmpty { return ko ? "다음: 위의 오류를 고치고 저장하세요." : "next: fix the error above and save." }
      return ko
        ? "다음: 답을 추가하세요 (`softcheck template ID >> \(path)` 명령이 뼈대를 씁니다)."
        : "next: add answers (softcheck template ID >> \(path) writes a skeleton)."
    }
    let open = result.exercises.flatMap { e in e.parts.filter { $0.verdict != .correct }.map { "\(e.id)/\($0.part)" } }
    if open.isEmpty { return ko ? "모든 문항이 정답입니다." : "every part is correct." }
    return ko
      ? "모든 문항에 답했습니다. 아직 정답이 아닌 문항: \(open.joined(separator: ", "))."
      : "every part is answered; not yet correct: \(open.joined(separator: ", "))."
  }

  private static func timestamp() -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.dateFormat = "HH:mm:ss"
    return f.string(from: Date())
  }
}
