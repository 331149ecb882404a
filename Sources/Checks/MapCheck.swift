import Localization
import Exact
import AnswerDocument
import Language

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

  package init(key: String, keys: ClosedRange<Int>, reference: Expression, minimumEntries: Int = 1,
              minimumSignificantDigits: Int = 4, limits: LanguageLimits = .standard) {
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
      return .invalid(Message("answer.expected-mapping", en: "expected a mapping from \(key) to a value, e.g. {1: ..., 4: ...}",
                              ko: "\(key)에서 값으로 가는 매핑이 필요합니다. 예: {1: ..., 4: ...}"), at: answer.location)
    }
    guard pairs.count >= minimumEntries else {
      return .invalid(Message("map.too-few-entries", en: "give at least \(minimumEntries) entr\(minimumEntries == 1 ? "y" : "ies")",
                              ko: "항목을 적어도 \(minimumEntries)개 쓰세요"), at: answer.location)
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
        let (lo, hi) = (keys.lowerBound, keys.upperBound)
        return .invalid(Message("map.invalid-key", en: "'\(k.text)' is not a valid \(key): use an integer from \(lo) to \(hi)",
                                ko: "'\(k.text)': 올바른 \(key) 값이 아닙니다. \(lo)부터 \(hi)까지의 정수를 쓰세요"), at: k.location(ofOffset: 0))
      }
      guard case .scalar(let s) = v else {
        return .invalid(Message("answer.not-a-number", en: "the value for \(key) = \(n) must be a number or expression",
                                ko: "\(key) = \(n) 의 값은 수나 식이어야 합니다"), at: v.location)
      }
      let written: Expression, given: RealValue
      do {
        written = try Parser.expression(s.text, limits: limits)
        var ev = Evaluator(limits: limits)
        guard case .scalar(let x) = try ev.evaluate(written) else {
          return .invalid(Message("answer.not-a-number", en: "the value for \(key) = \(n) must be a number",
                                  ko: "\(key) = \(n) 의 값은 수여야 합니다"), at: v.location)
        }
        given = x
      } catch {
        return .invalid(error, at: s.location(ofOffset: error.offset))
      }
      var ev = Evaluator(variables: [key: .rational(Rational(n))], limits: limits)
      guard case .scalar(let target)? = try? ev.evaluate(reference) else {
        return CheckOutcome(verdict: .invalid, feedback: [Message("exercise.reference-not-evaluable",
          en: "the reference cannot be evaluated at \(key) = \(n) (an error in the exercise file)",
          ko: "\(key) = \(n) 에서 기준 답을 계산할 수 없습니다 (연습 문제 파일의 오류입니다)")])
      }
      if let h = entropy, let order = (try? RealValue.compare(given, h, limits: limits.exact))?.order, order < 0 { impossible.append("\(key) = \(n)") }
      let match = ValueMatch.judge(given, written: written, target: target, limits: limits.exact)
      entries.append((LocalizedText(en: "\(key) = \(n)", ko: "\(key) = \(n)"), written.writtenText,
                      EntryJudgement(match, minimumDigits: minimumSignificantDigits)))
    }
    if entries.allSatisfy(\.judgement.isRight) {
      return CheckOutcome(verdict: .correct, feedback: [Message("map.all-correct", en: "all \(entries.count) entries right",
                                                                ko: "항목 \(entries.count)개가 모두 맞습니다")],
                          method: "decided exactly")
    }
    // Every wrong or imprecise key is named, and each right one earns its share.
    let report = EntryReport(entries: entries, minimumDigits: minimumSignificantDigits, perEntry: perEntryCredit, counting: nil)
    let credit = report.credit
    var feedback = report.messages
    if let text = entropyBound, let h = entropy, !impossible.isEmpty {
      let list = impossible.joined(separator: ", "), approx = ValueText.approximation(h, digits: 6).map { " ≈ \($0)" } ?? ""
      feedback.append(Message("map.below-entropy",
        en: "the values for \(list) are impossible: no code beats the entropy H = \(text)\(approx) per symbol",
        ko: "\(list)의 값은 불가능합니다: 어떤 부호도 기호당 엔트로피 H = \(text)\(approx)보다 짧을 수 없습니다"))
    }
    return CheckOutcome(verdict: credit > 0 ? .partial : .incorrect, feedback: feedback, method: "decided exactly", credit: credit)
  }
}
