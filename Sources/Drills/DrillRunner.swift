import Checks
import Language
import Localization

/// Where a drill reads answers and writes questions and feedback: a terminal with line
/// editing, or plain standard input and output (so drills can be scripted).
package protocol DrillConsole {
  /// Shows `prompt` and reads one line, without its newline; `nil` at the end of input.
  mutating func readLine(prompt: String) -> String?
  /// Writes text as it is (the runner adds the newlines).
  mutating func write(_ text: String)
}

/// ANSI styling for drill output, or none.
package struct DrillStyle: Sendable {
  package var colored: Bool
  package init(colored: Bool) { self.colored = colored }

  package func verdict(_ text: String, _ v: Verdict) -> String {
    guard colored else { return text }
    let code =
      switch v {
      case .correct: "32"
      case .partial: "33"
      case .incorrect: "31"
      case .unanswered: "90"
      case .invalid: "35"
      case .recorded: "36"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  package func bold(_ text: String) -> String { colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  package func dim(_ text: String) -> String { colored ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}

/// Runs drill questions at a prompt: each answer is judged at once by the question's check;
/// `?` shows a hint, `skip` shows an answer and moves on, `quit` (or the end of input) stops.
///
/// A question's first judged answer (or a skip) is recorded in ``progress`` and handed to
/// ``save`` at once, so a run that is killed loses at most the question on screen. Later tries
/// get feedback too, but do not change the record.
///
/// Everything the runner writes (titles, prompts, hints, feedback, the banner and the summary)
/// is in ``language``; the commands it reads (`?`, `hint`, `skip`, `quit`) are the same in every
/// language.
package struct DrillRunner {
  package var seed: UInt64
  package var style: DrillStyle
  /// The progress this run updates.
  package var progress: DrillProgress
  /// The run's number in ``DrillProgress/sessions``.
  package var session: Int
  /// Called after every recorded answer with the updated progress.
  package var save: (DrillProgress) -> Void
  /// The language of everything the runner writes. Setting it also resets ``prompt``.
  package var language: DisplayLanguage {
    didSet { prompt = Self.answerPrompt(language) }
  }
  /// The prompt before each answer (`answer> `, `답> `).
  package var prompt: String

  package init(
    seed: UInt64, style: DrillStyle, progress: DrillProgress, session: Int,
    language: DisplayLanguage = .en, save: @escaping (DrillProgress) -> Void
  ) {
    self.seed = seed
    self.style = style
    self.progress = progress
    self.session = session
    self.language = language
    self.prompt = Self.answerPrompt(language)
    self.save = save
  }

  /// The prompt before each answer in `language`.
  package static func answerPrompt(_ language: DisplayLanguage) -> String {
    LocalizedText(en: "answer> ", ko: "답> ")[language]
  }

  /// The text in the run's language.
  private func t(_ en: String, _ ko: String) -> String { LocalizedText(en: en, ko: ko)[language] }

  /// What happened in a run.
  package struct Summary: Sendable {
    /// Each question reached: its kind and how it ended (`nil` when the run stopped on it).
    package var results: [(kind: String, result: DrillProgress.Result?)] = []
    package var hints = 0
    /// Whether the learner quit (or input ended) before the last question.
    package var stoppedEarly = false

    package func count(_ r: DrillProgress.Result) -> Int { results.filter { $0.result == r }.count }
  }

  private enum Step { case next, quit }

  /// Asks the questions in order and returns what happened. Each title is shown in the run's
  /// language (``DrillKind/title``).
  package mutating func run(
    _ questions: [(title: LocalizedText, question: DrillQuestion)], console: inout some DrillConsole
  ) -> Summary {
    var summary = Summary()
    for (k, item) in questions.enumerated() {
      console.write(
        "\n" + style.bold("[\(k + 1)/\(questions.count)] \(item.title[language])") + style.dim("  (\(item.question.kind))") + "\n"
      )
      console.write("  \(item.question.prompt[language])\n")
      let (step, result, hints) = ask(item.question, console: &console)
      summary.results.append((item.question.kind, result))
      summary.hints += hints
      if step == .quit {
        summary.stoppedEarly = true
        break
      }
    }
    return summary
  }

  private mutating func ask(_ q: DrillQuestion, console: inout some DrillConsole) -> (Step, DrillProgress.Result?, Int) {
    var recorded: DrillProgress.Result?
    var hintsShown = 0
    func record(_ r: DrillProgress.Result) {
      guard recorded == nil else { return }
      recorded = r
      progress.record(q.kind, r, hinted: hintsShown > 0, session: session)
      save(progress)
    }
    while true {
      guard let line = console.readLine(prompt: prompt) else { return (.quit, recorded, hintsShown) }
      let text = line.trimmed
      switch text.lowercased() {
      case "":
        console.write(
          style.dim(
            t(
              "  (type an answer; ? for a hint, skip, or quit)",
              "  (답을 입력하세요. ?는 힌트, skip은 건너뛰기, quit은 끝내기입니다)")) + "\n")
        continue
      case "?", "hint":
        if hintsShown < q.hints.count {
          console.write(t("  hint: ", "  힌트: ") + q.hints[hintsShown][language] + "\n")
          hintsShown += 1
        } else if q.hints.isEmpty {
          console.write(
            t(
              "  no hint for this one; skip shows an answer\n",
              "  이 문항에는 힌트가 없습니다. skip을 입력하면 답을 보여 줍니다\n"))
        } else {
          console.write(
            t(
              "  no more hints; skip shows an answer\n",
              "  힌트를 모두 보았습니다. skip을 입력하면 답을 보여 줍니다\n"))
        }
        continue
      case "skip":
        record(.skipped)
        console.write(t("  skipped. An answer: ", "  건너뛰었습니다. 답의 예: ") + q.revealed(seed: seed) + "\n")
        return (.next, recorded, hintsShown)
      case "quit", "exit", "q":
        return (.quit, recorded, hintsShown)
      default:
        break
      }
      let outcome = q.judge(line, seed: seed)
      if outcome.verdict == .invalid || outcome.verdict == .unanswered {
        if let at = outcome.location, at.line == 1, at.column >= 1 {
          // The caret goes under the column's character: count terminal columns, not
          // characters, so a Korean prompt (or Hangul typed before the error) stays aligned.
          // Columns count characters, as the lexer's offsets do.
          let before = String(line.prefix(at.column - 1))
          console.write(
            String(repeating: " ", count: DisplayWidth.of(prompt) + DisplayWidth.of(before))
              + style.verdict("^", .invalid) + "\n")
        }
        console.write(
          "  " + style.verdict(t("! cannot read this", "! 답을 읽을 수 없습니다"), .invalid) + ": "
            + Feedback.paragraph(outcome.feedback, in: language) + "\n")
        continue
      }
      let first = recorded == nil
      switch outcome.verdict {
      case .correct: record(.correct)
      case .partial: record(.partial)
      default: record(.incorrect)
      }
      console.write(describe(outcome, laterTry: !first))
      if outcome.verdict == .correct { return (.next, recorded, hintsShown) }
      console.write(
        style.dim(
          t(
            "    try again; ? for a hint, skip for an answer, quit to stop",
            "    다시 해 보세요. ?는 힌트, skip은 답 보기, quit은 끝내기입니다")) + "\n")
    }
  }

  private func describe(_ outcome: CheckOutcome, laterTry: Bool) -> String {
    let symbol =
      switch outcome.verdict {
      case .correct: "✓"
      case .partial: "~"
      default: "✗"
      }
    var out = "  " + style.verdict("\(symbol) \(outcome.verdict.name[language])", outcome.verdict)
    let text = Feedback.paragraph(outcome.feedback, in: language)
    if !text.isEmpty { out += ": " + text }
    if laterTry && outcome.verdict == .correct {
      out += t(" Your first answer is the one recorded.", " 기록에는 처음 답이 남습니다.")
    }
    out += "\n"
    if let m = outcome.misconception { out += t("    misconception: ", "    오개념: ") + m + "\n" }
    if let c = outcome.counterexample, !c.isEmpty {
      out +=
        t("    counterexample: ", "    반례: ") + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ") + "\n"
    }
    return out
  }

  // MARK: - Around the questions

  /// The lines before the first question: how many questions, the seed, the commands; with
  /// `freshNumbers` (no `--seed` given) a second line on how to ask the same numbers again.
  package func banner(questionCount n: Int, freshNumbers: Bool) -> String {
    var out =
      style.bold(t("Drill: \(n) question\(n == 1 ? "" : "s"), seed \(seed).", "연습: 문항 \(n)개, 시드 \(seed)."))
      + t(
        " Answer in the answer grammar; ? for a hint, skip, quit.",
        " 답은 답안 문법으로 쓰세요. ?는 힌트, skip은 건너뛰기, quit은 끝내기입니다.")
    if freshNumbers {
      out +=
        "\n"
        + t(
          "Fresh numbers each run; kinds you missed come first. --seed \(seed) asks these numbers again.",
          "실행할 때마다 새 숫자가 나오고, 틀렸던 종류가 먼저 나옵니다. \(KoreanParticle.object.after("--seed \(seed)")) 주면 이 숫자들이 다시 나옵니다.")
    }
    return out
  }

  /// The lines after the run: a blank line, the counts, the kinds that moved box, and where
  /// the progress was saved (`savedPath`, or `nil` when nothing was saved).
  package func summaryText(_ s: Summary, before: DrillProgress, after: DrillProgress, savedPath: String?) -> String {
    let answered = s.results.filter { $0.result != nil }.count
    var lines = [""]
    guard answered > 0 else {
      lines.append(style.bold(t("Summary: no question answered.", "요약: 답한 문항이 없습니다.")))
      return lines.joined(separator: "\n")
    }
    let correct = s.count(.correct)
    let partial = s.count(.partial)
    let incorrect = s.count(.incorrect)
    let skipped = s.count(.skipped)
    var parts = [t("\(correct) correct", "정답 \(correct)")]
    if partial > 0 { parts.append(t("\(partial) partial", "부분 정답 \(partial)")) }
    parts.append(t("\(incorrect) incorrect", "오답 \(incorrect)"))
    parts.append(t("\(skipped) skipped", "건너뜀 \(skipped)"))
    let of = s.stoppedEarly ? t(" (stopped early)", " (중간에 멈춤)") : ""
    let hints = s.hints > 0 ? t("; \(s.hints) hint\(s.hints == 1 ? "" : "s")", ", 힌트 \(s.hints)번") : ""
    lines.append(
      style.bold(t("Summary: \(answered) question\(answered == 1 ? "" : "s")\(of): ", "요약: 문항 \(answered)개\(of): "))
        + parts.joined(separator: ", ") + hints + ".")
    var seen: Set<String> = []
    var back: [String] = []
    var up: [String] = []
    for (kind, result) in s.results where result != nil && seen.insert(kind).inserted {
      let was = before.box(kind)
      let now = after.box(kind)
      if result == .incorrect || result == .skipped {
        back.append(kind)
      } else if now > was {
        up.append(t("\(kind) → box \(now)", "\(kind) → \(now)번 상자"))
      }
    }
    if !back.isEmpty {
      lines.append(
        t(
          "Back to box 1, asked again next run: \(back.joined(separator: ", ")).",
          "1번 상자로 돌아가 다음 실행에 다시 나올 종류: \(back.joined(separator: ", "))."))
    }
    if !up.isEmpty { lines.append(t("Up a box: \(up.joined(separator: ", ")).", "한 상자 올라간 종류: \(up.joined(separator: ", ")).")) }
    if let savedPath {
      lines.append(
        t(
          "Progress saved in \(savedPath); `softcheck progress` shows it.",
          "진도를 \(savedPath)에 저장했습니다. `softcheck progress`로 볼 수 있습니다."))
    }
    return lines.joined(separator: "\n")
  }
}
