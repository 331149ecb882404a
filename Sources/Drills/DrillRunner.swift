public import Checks
import Language

/// Where a drill reads answers and writes questions and feedback: a terminal with line
/// editing, or plain standard input and output (so drills can be scripted).
public protocol DrillConsole {
  /// Shows `prompt` and reads one line, without its newline; `nil` at the end of input.
  mutating func readLine(prompt: String) -> String?
  /// Writes text as it is (the runner adds the newlines).
  mutating func write(_ text: String)
}

/// ANSI styling for drill output, or none.
public struct DrillStyle: Sendable {
  public var colored: Bool
  public init(colored: Bool) { self.colored = colored }

  public func verdict(_ text: String, _ v: Verdict) -> String {
    guard colored else { return text }
    let code = switch v {
    case .correct: "32"
    case .partial: "33"
    case .incorrect: "31"
    case .unanswered: "90"
    case .invalid: "35"
    }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  public func bold(_ text: String) -> String { colored ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  public func dim(_ text: String) -> String { colored ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}

/// Runs drill questions at a prompt: each answer is judged at once by the question's check;
/// `?` shows a hint, `skip` shows an answer and moves on, `quit` (or the end of input) stops.
///
/// A question's first judged answer (or a skip) is recorded in ``progress`` and handed to
/// ``save`` at once, so a run that is killed loses at most the question on screen. Later tries
/// get feedback too, but do not change the record.
public struct DrillRunner {
  public var seed: UInt64
  public var style: DrillStyle
  /// The progress this run updates.
  public var progress: DrillProgress
  /// The run's number in ``DrillProgress/sessions``.
  public var session: Int
  /// Called after every recorded answer with the updated progress.
  public var save: (DrillProgress) -> Void
  public var prompt = "answer> "

  public init(seed: UInt64, style: DrillStyle, progress: DrillProgress, session: Int,
              save: @escaping (DrillProgress) -> Void) {
    self.seed = seed
    self.style = style
    self.progress = progress
    self.session = session
    self.save = save
  }

  /// What happened in a run.
  public struct Summary: Sendable {
    /// Each question reached: its kind and how it ended (`nil` when the run stopped on it).
    public var results: [(kind: String, result: DrillProgress.Result?)] = []
    public var hints = 0
    /// Whether the learner quit (or input ended) before the last question.
    public var stoppedEarly = false

    public func count(_ r: DrillProgress.Result) -> Int { results.filter { $0.result == r }.count }
  }

  private enum Step { case next, quit }

  /// Asks the questions in order and returns what happened.
  public mutating func run(_ questions: [(title: String, question: DrillQuestion)], console: inout some DrillConsole) -> Summary {
    var summary = Summary()
    for (k, item) in questions.enumerated() {
      console.write("\n" + style.bold("[\(k + 1)/\(questions.count)] \(item.title)") + style.dim("  (\(item.question.kind))") + "\n")
      console.write("  \(item.question.prompt)\n")
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
        console.write(style.dim("  (type an answer; ? for a hint, skip, or quit)") + "\n")
        continue
      case "?", "hint":
        if hintsShown < q.hints.count {
          console.write("  hint: \(q.hints[hintsShown])\n")
          hintsShown += 1
        } else if q.hints.isEmpty {
          console.write("  no hint for this one; skip shows an answer\n")
        } else {
          console.write("  no more hints; skip shows an answer\n")
        }
        continue
      case "skip":
        record(.skipped)
        console.write("  skipped. An answer: \(q.revealed(seed: seed))\n")
        return (.next, recorded, hintsShown)
      case "quit", "exit", "q":
        return (.quit, recorded, hintsShown)
      default:
        break
      }
      let outcome = q.judge(line, seed: seed)
      if outcome.verdict == .invalid || outcome.verdict == .unanswered {
        if let at = outcome.location, at.line == 1, at.column >= 1 {
          console.write(String(repeating: " ", count: prompt.count + at.column - 1) + style.verdict("^", .invalid) + "\n")
        }
        console.write("  " + style.verdict("! cannot read this", .invalid) + ": " + Self.paragraph(outcome.feedback) + "\n")
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
      console.write(style.dim("    try again; ? for a hint, skip for an answer, quit to stop") + "\n")
    }
  }

  private func describe(_ outcome: CheckOutcome, laterTry: Bool) -> String {
    let symbol = switch outcome.verdict {
    case .correct: "✓"
    case .partial: "~"
    default: "✗"
    }
    var out = "  " + style.verdict("\(symbol) \(outcome.verdict.rawValue)", outcome.verdict)
    let text = Self.paragraph(outcome.feedback)
    if !text.isEmpty { out += ": " + text }
    if laterTry && outcome.verdict == .correct { out += " Your first answer is the one recorded." }
    out += "\n"
    if let m = outcome.misconception { out += "    misconception: \(m)\n" }
    if let c = outcome.counterexample, !c.isEmpty {
      out += "    counterexample: " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", ") + "\n"
    }
    return out
  }

  /// Feedback sentences as one paragraph, each capitalised and ending with a full stop.
  static func paragraph(_ sentences: [String]) -> String {
    sentences.filter { !$0.isEmpty }.map { s in
      var s = s
      if let first = s.first, first.isLowercase { s = first.uppercased() + s.dropFirst() }
      guard let last = s.last else { return s }
      return ".!?".contains(last) ? s : s + "."
    }.joined(separator: " ")
  }
}
