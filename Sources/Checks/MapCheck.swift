import Exact
import Language

/// Checks a `map` part: a mapping from integer keys the part names to values, e.g. the optimal
/// bits per symbol for blocks of `n` symbols: `{1: 5/3, 2: 29/18}`. Each entry is judged as a
/// `value` part against the reference evaluated at that key.
public struct MapCheck: Sendable {
  /// The name of the key variable in the reference (`n`).
  public var key: String
  public var keys: ClosedRange<Int>
  public var reference: Expression
  public var minimumEntries: Int
  public var minimumSignificantDigits: Int
  public var limits: LanguageLimits

  public init(key: String, keys: ClosedRange<Int>, reference: Expression, minimumEntries: Int = 1,
              minimumSignificantDigits: Int = 4, limits: LanguageLimits = .standard) {
    self.key = key
    self.keys = keys
    self.reference = reference
    self.minimumEntries = minimumEntries
    self.minimumSignificantDigits = minimumSignificantDigits
    self.limits = limits
  }

  /// Judges an answer.
  public func check(_ answer: AnswerNode) -> CheckOutcome {
    guard case .mapping(let pairs, _) = answer else {
      return .invalid("expected a mapping from \(key) to a value, e.g. {1: ..., 4: ...}", at: answer.location)
    }
    guard pairs.count >= minimumEntries else {
      return .invalid("give at least \(minimumEntries) entr\(minimumEntries == 1 ? "y" : "ies")", at: answer.location)
    }
    var partial: [String] = []
    var correct = 0
    for (k, v) in pairs {
      guard let n = Int(k.text.trimmed), keys.contains(n) else {
        return .invalid("'\(k.text)' is not a valid \(key): use an integer from \(keys.lowerBound) to \(keys.upperBound)", at: k.location(ofOffset: 0))
      }
      guard case .scalar(let s) = v else { return .invalid("the value for \(key) = \(n) must be a number or expression", at: v.location) }
      let written: Expression, given: RealValue
      do {
        written = try Parser.expression(s.text, limits: limits)
        var ev = Evaluator(limits: limits)
        guard case .scalar(let x) = try ev.evaluate(written) else { return .invalid("the value for \(key) = \(n) must be a number", at: v.location) }
        given = x
      } catch {
        return .invalid(error.message, at: s.location(ofOffset: error.offset))
      }
      var ev = Evaluator(variables: [key: .rational(Rational(n))], limits: limits)
      guard case .scalar(let target)? = try? ev.evaluate(reference) else {
        return CheckOutcome(verdict: .invalid, feedback: ["the reference cannot be evaluated at \(key) = \(n) (an error in the exercise file)"])
      }
      switch ValueMatch.judge(given, written: written, target: target, limits: limits.exact) {
      case .exact, .certifiedAgreement: correct += 1
      case .rounded(let d) where d >= minimumSignificantDigits: correct += 1
      case .rounded, .truncated: partial.append("\(n)")
      case .different:
        return CheckOutcome(verdict: .incorrect, feedback: ["the value for \(key) = \(n) is not right"],
                            counterexample: [key: "\(n)"], method: "decided exactly", location: v.location)
      }
    }
    if !partial.isEmpty {
      return CheckOutcome(verdict: .partial, feedback: ["the values for \(key) = \(partial.joined(separator: ", ")) need at least \(minimumSignificantDigits) correctly rounded significant digits (or exact forms)"],
                          method: "certified bounds")
    }
    return CheckOutcome(verdict: .correct, feedback: ["all \(correct) entries right"], method: "decided exactly")
  }
}
