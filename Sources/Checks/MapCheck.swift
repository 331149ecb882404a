import AnswerDocument
import Exact
import Language
import Localization

/// Checks a `map` part: a mapping from integer keys the part names to values, e.g. the optimal
/// bits per symbol for blocks of `n` symbols: `{1: 5/3, 2: 29/18}`. Each entry is judged as a
/// `value` part against the reference evaluated at that key.
package struct MapCheck: Sendable {
  /// The name of the key variable in the reference (`n`).
  package var key: String
  package var keys: ClosedRange<Int>
  package var reference: Expression
  package var minimumEntries: Int
  package var minimumSignificantDigits: Int
  /// Credit for each right key (the default), or none unless every key is right.
  package var perEntryCredit = true
  /// For lengths per symbol: the entropy per symbol (its text); values below it are impossible.
  package var entropyBound: String?
  package var limits: LanguageLimits

  package init(
    key: String, keys: ClosedRange<Int>, reference: Expression, minimumEntries: Int = 1,
    minimumSignificantDigits: Int = 4, limits: LanguageLimits = .standard
  ) {
    self.key = key
    self.keys = keys
    self.reference = reference
    self.minimumEntries = minimumEntries
    self.minimumSignificantDigits = minimumSignificantDigits
    self.limits = limits
  }

  /// Judges an answer.
  package func check(_ answer: AnswerNode) -> CheckOutcome {
    guard case .mapping(let pairs, _) = answer else {
      return .invalid(Reason.expectedMapping(key: key).message, at: answer.location)
    }
    guard pairs.count >= minimumEntries else {
      return .invalid(Reason.tooFewEntries(minimum: minimumEntries).message, at: answer.location)
    }
    var entries: [(place: LocalizedText, written: String, judgement: EntryJudgement)] = []
    var impossible: [String] = []
    let entropy = entropyBound.flatMap { text -> RealValue? in
      var ev = Evaluator(limits: limits)
      guard let e = try? Parser.expression(text, limits: limits), case .scalar(let v)? = try? ev.evaluate(e) else { return nil }
      return v
    }
    for (k, v) in pairs {
      guard let n = Int(k.text.trimmed), keys.contains(n) else {
        return .invalid(Reason.invalidKey(written: k.text, key: key, range: keys).message, at: k.location(ofOffset: 0))
      }
      guard case .scalar(let s) = v else {
        return .invalid(CheckOutcome.Reason.notANumber(found: v.shapeText, place: "\(key) = \(n)").message, at: v.location)
      }
      let written: Expression
      let given: RealValue
      do {
        written = try Parser.expression(s.text, limits: limits)
        var ev = Evaluator(limits: limits)
        let result = try ev.evaluate(written)
        guard case .scalar(let x) = result else {
          return .invalid(CheckOutcome.Reason.notANumber(found: result.shapeText, place: "\(key) = \(n)").message, at: v.location)
        }
        given = x
      } catch {
        return .invalid(error, at: s.location(ofOffset: error.offset))
      }
      var ev = Evaluator(variables: [key: .rational(Rational(n))], limits: limits)
      guard case .scalar(let target)? = try? ev.evaluate(reference) else {
        return CheckOutcome(
          verdict: .invalid, feedback: [CheckOutcome.Reason.referenceNotEvaluable(place: "\(key) = \(n)").message])
      }
      if let h = entropy, let order = (try? RealValue.compare(given, h, limits: limits.exact))?.order, order < 0 {
        impossible.append("\(key) = \(n)")
      }
      let match = ValueMatch.judge(given, written: written, target: target, limits: limits.exact)
      entries.append(
        (
          LocalizedText(en: "\(key) = \(n)", ko: "\(key) = \(n)"), written.writtenText,
          EntryJudgement(match, minimumDigits: minimumSignificantDigits)
        ))
    }
    if entries.allSatisfy(\.judgement.isRight) {
      return CheckOutcome(verdict: .correct, feedback: [Reason.allCorrect(entries: entries.count).message], method: .exact)
    }
    // Every wrong or imprecise key is named, and each right one earns its share.
    let report = EntryReport(entries: entries, minimumDigits: minimumSignificantDigits, perEntry: perEntryCredit, counting: nil)
    let credit = report.credit
    var feedback = report.messages
    if let text = entropyBound, let h = entropy, !impossible.isEmpty {
      let approx = ValueText.approximation(h, digits: 6).map { " ≈ \($0)" } ?? ""
      feedback.append(Reason.belowEntropy(places: impossible.joined(separator: ", "), bound: text, approximation: approx).message)
    }
    return CheckOutcome(verdict: credit > 0 ? .partial : .incorrect, feedback: feedback, method: .exact, credit: credit)
  }
}
