import AnswerDocument
import Exact
import Language
import Localization

/// Checks a `block-code` part: a fixed-length block code for a source of `M` equally likely
/// symbols, given as `{symbols: n, bits: b}` (every block of `n` symbols gets its own `b`-bit
/// codeword). It exists when `2^b >= M^n`; it answers "can you design a better code?" when its
/// rate `b/n` beats the part's rate. The rate, and its distance to the entropy `log2 M`, are
/// decided exactly.
package struct BlockCodeCheck: Sendable {
  /// The number of equally likely source symbols (3 for the uniform three-class source).
  package var sourceSize: Int
  /// The rate (bits per symbol) a better code must beat.
  package var rateToBeat: Rational
  /// The largest block length read (so `M^n` stays small enough to compute exactly).
  package var maximumSymbols: Int

  package init(sourceSize: Int, rateToBeat: Rational, maximumSymbols: Int = 4096) {
    self.sourceSize = sourceSize
    self.rateToBeat = rateToBeat
    self.maximumSymbols = maximumSymbols
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode) -> CheckOutcome {
    let n: Int
    let b: Int
    switch read(answer) {
    case .success(let r): (n, b) = r
    case .failure(let e): return .invalid(e.message, at: e.location)
    }
    let blocks = try? BigInteger(sourceSize).power(n)
    let codewords = try? BigInteger(1).shiftedLeft(by: b)
    let rate = Rational(b, n)
    let entropy = try? RealValue.log2(.rational(Rational(sourceSize)))
    let rateText = rate.isInteger ? "\(rate)" : "\(rate) ≈ \(ValueText.approximation(.rational(rate), digits: 6) ?? "")"
    let h = "log2(\(sourceSize))" + (entropy.flatMap { ValueText.approximation($0, digits: 6) }.map { " ≈ \($0)" } ?? "")
    guard let blocks, let codewords, codewords >= blocks else {
      var feedback = [Reason.tooFewBits(m: sourceSize, n: n, b: b).message]
      if let entropy, let order = (try? RealValue.compare(.rational(rate), entropy))?.order, order < 0 {
        feedback.append(Reason.belowEntropy(rate: rateText, entropy: h).message)
      }
      return CheckOutcome(verdict: .incorrect, feedback: feedback, method: .exact)
    }
    let exists = Reason.exists(m: sourceSize, n: n, b: b, rate: rateText).message
    guard rate < rateToBeat else {
      return CheckOutcome(
        verdict: .incorrect, feedback: [exists, Reason.notBetter(rateToBeat: rateToBeat).message], method: .exact)
    }
    return CheckOutcome(
      verdict: .correct, feedback: [exists] + closeness(rate, n: n, b: b, blocks: blocks, entropy: entropy, h: h),
      method: .exact)
  }

  /// How far the rate is above the entropy, and the fewest bits that would do for `n` symbols.
  private func closeness(_ rate: Rational, n: Int, b: Int, blocks: BigInteger, entropy: RealValue?, h: String) -> [Message] {
    var out: [Message] = []
    if let entropy, let gap = try? RealValue.difference(.rational(rate), entropy),
      let text = ValueText.approximation(gap, digits: 3)
    {
      out.append(Reason.gap(text, entropy: h).message)
    }
    let fewest = (blocks - BigInteger(1)).bitWidth
    if fewest < b {
      out.append(Reason.fewerBits(fewest: fewest, m: sourceSize, n: n).message)
    }
    return out
  }

  /// `{symbols: n, bits: b}` (also `{n: ..., b: ...}`), two whole numbers in range.
  private func read(_ answer: AnswerNode) -> Result<(Int, Int), CheckOutcomeError> {
    let form = Reason.expectedMapping.message
    guard case .mapping(let pairs, _) = answer else { return .failure(CheckOutcomeError(form, at: answer.location)) }
    var values: [String: Int] = [:]
    for (k, v) in pairs {
      let key = ["symbols": "symbols", "n": "symbols", "bits": "bits", "b": "bits"][k.text.trimmed.lowercased()]
      let limit = key == "bits" ? 4 * maximumSymbols : maximumSymbols
      guard let key else { return .failure(CheckOutcomeError(form, at: k.location(ofOffset: 0))) }
      guard case .scalar(let s) = v, let x = Int(s.text.trimmed), x >= 1, x <= limit else {
        return .failure(CheckOutcomeError(Reason.notACount(key: key, limit: limit).message, at: v.location))
      }
      values[key] = x
    }
    guard let n = values["symbols"], let b = values["bits"] else { return .failure(CheckOutcomeError(form, at: answer.location)) }
    return .success((n, b))
  }
}
