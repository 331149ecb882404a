import AnswerDocument
import Exact
import Language
import Localization
import Sampling

/// Checks a `choice` part: one of the listed words, matched case-insensitively, optionally with
/// a `witness` (values of the part's variables) that must satisfy a stated condition exactly,
/// e.g. "no, KL is not symmetric: p = [1/2, 1/2], q = [9/10, 1/10]".
package struct ChoiceCheck: Sendable {
  package var options: [String]
  package var answer: String
  /// The variables a witness names, with their domains.
  package var witnessVariables: [Variable]
  /// What the witness must satisfy, e.g. `kl(p, q) != kl(q, p)`; `nil` when no witness is asked.
  package var witnessCondition: Relation?
  /// Credit for the right word without the witness the part asks for.
  package var withoutWitnessCredit: Double
  package var misconceptions: [Misconception]
  package var limits: LanguageLimits

  package init(
    options: [String], answer: String, witnessVariables: [Variable] = [], witnessCondition: Relation? = nil,
    withoutWitnessCredit: Double = 0.5, misconceptions: [Misconception] = [], limits: LanguageLimits = .standard
  ) {
    self.options = options
    self.answer = answer
    self.witnessVariables = witnessVariables
    self.witnessCondition = witnessCondition
    self.withoutWitnessCredit = withoutWitnessCredit
    self.misconceptions = misconceptions
    self.limits = limits
  }

  /// Other words for the options the shipped parts offer, in Korean (the chapter's language) and
  /// in English: each is read as its option where the part offers it (`균등 분포` is `uniform`).
  static let synonyms: [String: String] = [
    "예": "yes", "네": "yes", "아니요": "no", "아니오": "no", "아니": "no",
    "균등": "uniform", "균등 분포": "uniform", "균등분포": "uniform", "uniform distribution": "uniform",
    "the uniform distribution": "uniform", "원-핫": "argmax", "원핫": "argmax", "one-hot": "argmax", "onehot": "argmax",
    "변하지 않음": "unchanged", "변화 없음": "unchanged", "그대로": "unchanged", "no change": "unchanged",
    "소프트맥스": "softmax", "시그모이드": "sigmoid",
  ]

  /// The option a written answer names: the whole text, or its first word when that word is an
  /// option and the rest explains it (`no, because ...`, `아니요. 대칭이 아닙니다`); another word
  /// for an option (``synonyms``: `예`, `균등 분포`); a final full stop is ignored.
  func chosenWord(_ text: String) -> String {
    var written = text.trimmed.lowercased()
    while let last = written.last, ".!。".contains(last) { written.removeLast() }
    let yesNo = options.contains(where: { $0.lowercased() == "yes" })
    func option(_ w: String) -> String? {
      if let other = Self.synonyms[w], options.contains(where: { $0.lowercased() == other }) { return other }
      return options.contains(where: { $0.lowercased() == w }) ? w : nil
    }
    if let whole = option(written) { return whole }
    if !yesNo, let named = ChoiceCheck.onlyOption(in: written, among: options.map { $0.lowercased() }) { return named }
    let first = String(written.prefix { $0.isLetter })
    let next = written.dropFirst(first.count).first
    if let next, next.isWhitespace || ",.:;—-".contains(next), let lead = option(first) { return lead }
    return written
  }

  /// Words that turn a sentence around ("not argmax"): such prose is not read as an option.
  static let negations: Set<String> = ["not", "no", "never", "neither", "nor", "isn't", "doesn't", "아니", "않", "아닌", "없"]

  /// The one option a sentence names as a whole word, when it names exactly one and negates
  /// nothing: "it becomes one-hot at the argmax" is `argmax`.
  static func onlyOption(in sentence: String, among options: [String]) -> String? {
    let words = sentence.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") }.map(String.init)
    guard words.count > 1, !words.contains(where: { w in negations.contains(where: { w.hasPrefix($0) }) }) else { return nil }
    let named = options.filter { words.contains($0) }
    return named.count == 1 ? named[0] : nil
  }

  /// Judges an answer.
  package func check(_ node: AnswerNode) -> CheckOutcome {
    var word: AnswerNode.ScalarText?
    var witness: [(key: AnswerNode.ScalarText, value: AnswerNode)]?
    switch node {
    case .scalar(let s): word = s
    case .mapping(let pairs, _):
      for (k, v) in pairs {
        switch k.text {
        case "answer": if case .scalar(let s) = v { word = s }
        case "witness":
          guard case .mapping(let w, _) = v else {
            return .invalid(Reason.witnessNotMapping.message, at: v.location)
          }
          witness = w
        default:
          return .invalid(Reason.unknownKey(k.text).message, at: k.location(ofOffset: 0))
        }
      }
    case .sequence: break
    }
    let optionList = options.joined(separator: ", ")
    guard let word else {
      return .invalid(Reason.expectedOption(options: optionList).message, at: node.location)
    }
    let given = chosenWord(word.text)
    guard let chosen = options.first(where: { $0.lowercased() == given }) else {
      let hint = NameSuggestion.hint(for: given, among: options)
      // A near miss (`yse`) cannot be read with confidence; anything else states some other
      // claim ("every probability goes to 0"), which is wrong, not unreadable.
      guard hint.en.isEmpty, !given.contains(where: { "(){}[]<>=\\".contains($0) }), given.contains(where: \.isLetter) else {
        return .invalid(
          Reason.notAnOption(written: word.text, options: optionList, hint: hint).message, at: word.location(ofOffset: 0))
      }
      return CheckOutcome(
        verdict: .incorrect,
        feedback: [Reason.otherClaim(written: word.text, options: optionList).message],
        method: .exactMatch, location: word.location(ofOffset: 0))
    }
    guard chosen.lowercased() == answer.lowercased() else {
      let m = misconceptions.first { if case .choice(let c) = $0.match { return c.lowercased() == given } else { return false } }
      return CheckOutcome(
        verdict: .incorrect, feedback: [Reason.wrong(chosen: chosen).message] + (m.map { [$0.message] } ?? []),
        misconception: m?.id, method: .exactMatch)
    }
    guard let condition = witnessCondition else {
      return CheckOutcome(verdict: .correct, feedback: [Reason.right(chosen: chosen).message], method: .exactMatch)
    }
    guard let witness else {
      let names = witnessVariables.map(\.name).joined(separator: ", ")
      return CheckOutcome(
        verdict: .partial,
        feedback: [Reason.witnessMissing(chosen: chosen, variables: names).message],
        method: .exactMatch, credit: withoutWitnessCredit)
    }
    return checkWitness(witness, condition: condition, chosen: chosen, at: node.location)
  }

  private func checkWitness(
    _ witness: [(key: AnswerNode.ScalarText, value: AnswerNode)], condition: Relation,
    chosen: String, at location: SourceLocation
  ) -> CheckOutcome {
    var values: [String: Value] = [:]
    var texts: [String: String] = [:]
    for (k, v) in witness {
      guard let variable = witnessVariables.first(where: { $0.name == k.text }) else {
        let names = witnessVariables.map(\.name).joined(separator: ", ")
        return .invalid(Reason.witnessUnknownVariable(name: k.text, variables: names).message, at: k.location(ofOffset: 0))
      }
      guard let text = v.flattenedText else {
        return .invalid(Reason.witnessNotAValue.message, at: v.location)
      }
      var evaluator = Evaluator(limits: limits)
      do {
        values[variable.name] = try evaluator.evaluate(try Parser.expression(text, limits: limits))
      } catch {
        // A single scalar maps the error's offset to its line and column; a list as a whole.
        if case .scalar(let s) = v { return .invalid(error, at: s.location(ofOffset: error.offset)) }
        return .invalid(error, at: v.location)
      }
      texts[variable.name] = text
      if let problem = DomainValidation.problem(values[variable.name]!, variable) {
        let invalid = Reason.witnessInvalid(chosen: chosen, name: variable.name, value: text, problem: problem)
        return CheckOutcome(
          verdict: .partial, feedback: [invalid.message],
          counterexample: texts, method: .exact, location: v.location, credit: withoutWitnessCredit)
      }
    }
    for v in witnessVariables where values[v.name] == nil {
      return .invalid(Reason.witnessIncomplete(missing: v.name).message, at: location)
    }
    let dims = Set(values.values.compactMap { if case .vector(let x) = $0 { return x.count } else { return nil } })
    guard dims.count <= 1 else {
      return CheckOutcome(
        verdict: .partial,
        feedback: [Reason.witnessLengthsDiffer(chosen: chosen).message],
        counterexample: texts, credit: withoutWitnessCredit)
    }
    var evaluator = Evaluator(variables: values, limits: limits)
    do {
      let a = try evaluator.evaluate(condition.lhs)
      let b = try evaluator.evaluate(condition.rhs)
      let (left, right) = (ValueText.describe(a), ValueText.describe(b))
      if case .holds = RelationTruth.decide(a, condition.op, b, limits: limits.exact) {
        let shows = Reason.witnessShows(chosen: chosen, left: left, relation: condition.op.rawValue, right: right)
        return CheckOutcome(
          verdict: .correct, feedback: [shows.message],
          method: .exact)
      }
      return CheckOutcome(
        verdict: .partial,
        feedback: [Reason.witnessDoesNotShow(chosen: chosen, left: left, right: right).message],
        counterexample: texts, method: .exact, credit: withoutWitnessCredit)
    } catch {
      return CheckOutcome(
        verdict: .partial, feedback: [Reason.witnessNotEvaluable(chosen: chosen, why: error.message).message],
        counterexample: texts, credit: withoutWitnessCredit)
    }
  }
}

/// Checks that a value lies in a variable's domain (for witnesses a learner supplies).
enum DomainValidation {
  /// Why a value is not in its variable's domain (the sentences are in ChoiceCheck+Messages).
  enum Problem {
    case tooFewEntries, notExact, negative, zero
    /// The entries of a distribution sum to this, not 1.
    case sum(Rational)
    case notPositive, notProbability, notCount
    case expectedVector(found: LocalizedText)
    case expectedNumber(found: LocalizedText)
  }

  /// Why `v` is not in the variable's domain; `nil` when it is.
  static func problem(_ v: Value, _ variable: Variable) -> Problem? {
    let d = variable.domain
    switch (d, v) {
    case (.simplex, .vector(let xs)), (.openSimplex, .vector(let xs)):
      guard xs.count >= 2 else { return .tooFewEntries }
      guard let qs = Optional(xs.compactMap(\.rationalValue)), qs.count == xs.count else { return .notExact }
      if qs.contains(where: { $0.signum < 0 }) { return .negative }
      if d == .openSimplex, qs.contains(where: \.isZero) { return .zero }
      let sum = qs.reduce(Rational.zero, +)
      return sum == .one ? nil : .sum(sum)
    case (.realVector, .vector), (.logits, .vector): return nil
    case (.real, .scalar): return nil
    case (.positive, .scalar(let x)):
      if let sign = try? x.signum().sign, sign > 0 { return nil }
      return .notPositive
    case (.probability, .scalar(let x)):
      if let q = x.rationalValue, q.signum >= 0, q <= .one { return nil }
      return .notProbability
    case (.count, .scalar(let x)), (.dimension, .scalar(let x)):
      guard let q = x.rationalValue, q.isInteger, q.signum > 0 else { return .notCount }
      return nil
    default:
      return d.isVector ? .expectedVector(found: v.shapeText) : .expectedNumber(found: v.shapeText)
    }
  }
}
