import Checks
import Localization
import Marking
@preconcurrency import Rainbow

/// Renders marking results for a person at a terminal.
///
///     Examples/dyadic-wrong.yaml — Lee Jiho (2024-0211): 1.5 / 4
///       dyadic-code  1.5 / 4
///         ✗ code             partial     0.5/1  prefix-free; ...
package struct TextReport: Sendable {
  /// Whether to style with ANSI colours.
  package var colored: Bool
  /// The language of feedback and labels.
  package var language: DisplayLanguage

  package init(colored: Bool, language: DisplayLanguage = .en) {
    self.colored = colored
    self.language = language
  }

  /// Makes styling follow the user's choice rather than Rainbow's own guess: Rainbow styles only
  /// when standard output is a terminal, so `--color always | less -R` would come out plain.
  /// Call once, before rendering, from the command line's main task. Plain output leaves Rainbow
  /// untouched: nothing styles without `colored`, and starting Rainbow reads the environment
  /// through Foundation, a noticeable part of marking one file.
  @MainActor package static func styleOutput(_ colored: Bool) {
    guard colored else { return }
    Rainbow.outputTarget = colored ? .console : .unknown
    Rainbow.enabled = colored
  }

  private func style(_ text: String, _ verdict: Verdict) -> String {
    guard colored else { return text }
    switch verdict {
    case .correct: return text.green
    case .partial: return text.yellow
    case .incorrect: return text.red
    case .unanswered: return text.lightBlack
    case .invalid: return text.magenta
    case .recorded: return text.cyan
    }
  }

  private func bold(_ text: String) -> String { colored ? text.bold : text }

  private static func symbol(_ v: Verdict) -> String {
    switch v {
    case .correct: return "✓"
    case .partial: return "~"
    case .incorrect: return "✗"
    case .unanswered: return "·"
    case .invalid: return "!"
    case .recorded: return "✎"
    }
  }

  /// Formats a score without a trailing `.0` (`1.5`, `3`).
  package static func points(_ x: Double) -> String {
    // Per-entry credit makes thirds and ninths: show hundredths of a point, as a person would.
    let r = (x * 100).rounded() / 100
    return r == r.rounded() ? String(Int(r)) : String(r)
  }

  /// The report of one file.
  package func render(_ result: FileResult) -> String {
    let words = ReportWords(language: language)
    var out: [String] = []
    // Everything from the file is learner text: neutralise control characters first.
    var result = result
    result.file = TerminalSafe.text(result.file)
    result.id = TerminalSafe.text(result.id)
    result.student = result.student.map { TerminalSafe.text($0) }
    result.exercises = result.exercises.map { ex in
      var ex = ex
      ex.id = TerminalSafe.text(ex.id)
      ex.parts = ex.parts.map { p in
        var p = p
        p.part = TerminalSafe.text(p.part)
        p.counterexample = p.counterexample.map { $0.mapValues { TerminalSafe.text($0) } }
        p.reference = p.reference.map { TerminalSafe.text($0) }
        return p
      }
      return ex
    }
    let who = [result.student, "(\(result.id))"].compactMap { $0 }.joined(separator: " ")
    out.append(bold("\(result.file) — \(who): \(Self.points(result.score)) / \(Self.points(result.max))"))
    for e in result.errors {
      let at = e.line.map { "\(result.file):\($0):\(e.column ?? 1): " } ?? "\(result.file): "
      out.append("  " + style(words.error + ": ", .invalid) + at + TerminalSafe.text(e.message[language]))
    }
    // Columns are padded by display width: part ids and verdict words may be Hangul (2 columns).
    let width = result.exercises.flatMap(\.parts).map(\.part.displayWidth).max() ?? 0
    let verdictWidth = Verdict.allCases.map { words.verdict($0).displayWidth }.max() ?? 0
    for ex in result.exercises {
      out.append("  " + bold(ex.id) + "  \(Self.points(ex.score)) / \(Self.points(ex.max))")
      for p in ex.parts {
        let name = p.part.padded(toWidth: width)
        let verdict = words.verdict(p.verdict).padded(toWidth: verdictWidth)
        var line = "    " + style("\(Self.symbol(p.verdict)) \(name)  \(verdict)", p.verdict)
        line += " \(Self.points(p.score))/\(Self.points(p.max))"
        out.append(line)
        var details: [String] = []
        // Messages quote learner text: neutralised here, in the one language shown.
        let feedback = TerminalSafe.text(p.feedback(in: language))
        if !feedback.isEmpty { details.append(feedback) }
        if let m = p.misconception { details.append("\(words.misconception): \(m)") }
        if let c = p.counterexample, !c.isEmpty {
          details.append("\(words.counterexample): " + c.keys.sorted().map { "\($0) = \(c[$0] ?? "")" }.joined(separator: ", "))
        }
        if p.verdict == .invalid || p.verdict == .incorrect, let line = p.line {
          details.append("\(words.at) \(result.file):\(line):\(p.column ?? 1)")
        }
        if let token = p.replay { details.append("\(words.replay): softcheck mark --replay \(token) \(result.file)") }
        if let r = p.reference { details.append("\(words.reference): \(r)") }
        for d in details { out.append("        " + d) }
      }
    }
    return out.joined(separator: "\n")
  }
}
