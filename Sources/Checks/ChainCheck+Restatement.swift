import Language
import Localization

extension ChainCheck {
  /// The first step that, after light normalisation, is the claim itself: its two sides differ
  /// by a nonzero rational multiple of the claim's `lhs - rhs` (so swapped operands, `+ 0`, `* 1`,
  /// parentheses, a positive factor (a number, or a positive variable such as λ) on both sides or
  /// an unfolded definition do not hide
  /// it). Such a step asserts what was to be shown; nothing before it made it true.
  func restatedStep(_ chain: Chain) -> (index: Int, step: Chain.Step)? {
    guard let l = LinearNormalForm(claim.lhs), let r = LinearNormalForm(claim.rhs) else { return nil }
    let target = l - r
    guard !target.isZero else { return nil }
    // Both sides times a positive variable (λ) are the same claim too.
    let positive = variables.filter { [.positive, .count, .dimension].contains($0.domain) }.map(\.name)
    let targets = [target] + positive.flatMap { [target.times(factor: $0), target.times(factor: "1/" + $0)] }
    for (k, step) in chain.steps.enumerated() {
      guard let a = LinearNormalForm(step.from), let b = LinearNormalForm(step.to) else { continue }
      let d = a - b
      if targets.contains(where: { d.ratio(to: $0) != nil }) { return (k, step) }
    }
    return nil
  }

  /// Names the restating step, quotes its line, and asks what makes it true.
  func restatementMessage(_ restated: (index: Int, step: Chain.Step), lines: AnswerLines) -> Message {
    let raw = lines.lines[restated.step.line]
    let written = (raw.firstIndex(of: "#").map { String(raw[..<$0]) } ?? raw).trimmed
    let (k, line, rel) = (restated.index + 1, restated.step.line + 1, restated.step.relation.rawValue)
    return Reason.restatesClaim(step: k, relation: rel, line: line, written: written).message
  }
}
