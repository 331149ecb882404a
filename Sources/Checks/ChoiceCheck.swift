import Sampling
import Localization
import Exact
import AnswerDocument
import Language

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

  package init(options: [String], answer: String, witnessVariables: [Variable] = [], witnessCondition: Relation? = nil,
              withoutWitnessCredit: Double = 0.5, misconceptions: [Misconception] = [], limits: LanguageLimits = .standard) {
    self.options = options
    self.answer = answer
    self.witnessVariables = witnessVariables
    self.witnessCondition = witnessCondition
    self.withoutWitnessCredit = withoutWitnessCredit
    self.misconceptions = misconceptions
    self.limits = limits
  }

  /// Korean words for yes and no, accepted where the options are `yes` and `no`.
  static let koreanYesNo: [String: String] = ["예": "yes", "네": "yes", "아니요": "no", "아니오": "no", "아니": "no"]

  /// The option a written answer names: the whole text, or its first word when that word is an
  /// option and the rest explains it (`no, because ...`, `아니요. 대칭이 아닙니다`); `예`/`아니요`
  /// for `yes`/`no`; a final full stop is ignored.
  func chosenWord(_ text: String) -> String {
    var written = text.trimmed.lowercased()
    while let last = written.last, ".!。".contains(last) { written.removeLast() }
    let yesNo = options.contains(where: { $0.lowercased() == "yes" })
    func option(_ w: String) -> String? {
      let word = yesNo ? (Self.koreanYesNo[w] ?? w) : w
      return options.contains(where: { $0.lowercased() == word }) ? word : nil
    }
    if let whole = option(written) { return whole }
    if !yesNo, let named = ChoiceCheck.onlyOption(in: written, among: options.map { $0.lowercased() }) { return named }
    let first = String(written.prefix { $0.isLetter })
    let next = written.dropFirst(first.count).first
    if let next, next.isWhitespace || ",.:;—-".contains(next), let lead = option(first) { return lead }
    return yesNo ? (Self.koreanYesNo[written] ?? written) : written
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
            return .invalid(Message("choice.witness-not-mapping",
                                    en: "'witness' maps variable names to values, e.g. {p: [1/2, 1/2]}",
                                    ko: "'witness'는 변수 이름을 값에 대응시키는 매핑입니다. 예: {p: [1/2, 1/2]}"), at: v.location)
          }
          witness = w
        default:
          return .invalid(Message("choice.unknown-key", en: "a choice answer has the keys 'answer' and 'witness', not '\(k.text)'",
                                  ko: "선택형 답의 키는 'answer'와 'witness'입니다. '\(k.text)' 키는 쓸 수 없습니다"),
                          at: k.location(ofOffset: 0))
        }
      }
    case .sequence: break
    }
    let optionList = options.joined(separator: ", ")
    guard let word else {
      return .invalid(Message("choice.expected-option", en: "expected one of \(optionList) (or {answer: ..., witness: {...}})",
                              ko: "\(optionList) 중 하나를 쓰세요 (또는 {answer: ..., witness: {...}})"), at: node.location)
    }
    let given = chosenWord(word.text)
    guard let chosen = options.first(where: { $0.lowercased() == given }) else {
      let hint = NameSuggestion.hint(for: given, among: options)
      // A near miss (`yse`) cannot be read with confidence; anything else states some other
      // claim ("every probability goes to 0"), which is wrong, not unreadable.
      guard hint.en.isEmpty, !given.contains(where: { "(){}[]<>=\\".contains($0) }), given.contains(where: \.isLetter) else {
        return .invalid(Message("choice.not-an-option", en: "'\(word.text)' is not one of the choices (\(optionList))\(hint.en)",
                                ko: "'\(word.text)': 선택지(\(optionList))에 없는 답입니다\(hint.ko)"), at: word.location(ofOffset: 0))
      }
      return CheckOutcome(verdict: .incorrect,
                          feedback: [Message("choice.other-claim",
                                             en: "'\(word.text)' is not one of the answers this part weighs, and it is not right: choose one of \(optionList)",
                                             ko: "\(KoreanParticle.topic.after("'\(word.text)'")) 이 문항이 고르게 한 답이 아니며, 맞지도 않습니다: \(optionList) 중 하나를 고르세요")],
                          method: "exact match", location: word.location(ofOffset: 0))
    }
    guard chosen.lowercased() == answer.lowercased() else {
      let m = misconceptions.first { if case .choice(let c) = $0.match { return c.lowercased() == given } else { return false } }
      let wrong = Message("choice.wrong", en: "'\(chosen)' is not right", ko: "'\(chosen)' 선택지는 정답이 아닙니다")
      return CheckOutcome(verdict: .incorrect, feedback: [wrong] + (m.map { [$0.message] } ?? []),
                          misconception: m?.id, method: "exact match")
    }
    guard let condition = witnessCondition else {
      return CheckOutcome(verdict: .correct, feedback: [Message("choice.right", en: "'\(chosen)' is right", ko: "'\(chosen)' 선택지가 맞습니다")],
                          method: "exact match")
    }
    guard let witness else {
      let names = witnessVariables.map(\.name).joined(separator: ", ")
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("choice.witness-missing",
                                             en: "'\(chosen)' is right; now give a witness (values of \(names)) that shows it",
                                             ko: "'\(chosen)' 선택지가 맞습니다. 이제 이를 보여 주는 증거 값(witness: \(names)의 값)을 제시하세요")],
                          method: "exact match", credit: withoutWitnessCredit)
    }
    return checkWitness(witness, condition: condition, chosen: chosen, at: node.location)
  }

  private func checkWitness(_ witness: [(key: AnswerNode.ScalarText, value: AnswerNode)], condition: Relation,
                            chosen: String, at location: SourceLocation) -> CheckOutcome {
    var values: [String: Value] = [:], texts: [String: String] = [:]
    for (k, v) in witness {
      guard let variable = witnessVariables.first(where: { $0.name == k.text }) else {
        let names = witnessVariables.map(\.name).joined(separator: ", ")
        return .invalid(Message("choice.witness-unknown-variable",
                                en: "the witness names '\(k.text)', but this part's witness variables are \(names)",
                                ko: "증거 값에 이 문항의 증거 변수(\(names))가 아닌 이름이 있습니다: '\(k.text)'"),
                        at: k.location(ofOffset: 0))
      }
      guard let text = v.flattenedText else {
        return .invalid(Message("choice.witness-not-a-value", en: "a witness value is a number or a list",
                                ko: "증거 값은 수 또는 목록이어야 합니다"), at: v.location)
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
        let name = variable.name
        return CheckOutcome(verdict: .partial,
                            feedback: [Message("choice.witness-invalid",
                                               en: "'\(chosen)' is right, but the witness \(name) = \(text) is not valid: \(problem.en)",
                                               ko: "'\(chosen)' 선택지는 맞지만, 증거 값이 올바르지 않습니다 (\(name) = \(text)): \(problem.ko)")],
                            counterexample: texts, method: "decided exactly", location: v.location, credit: withoutWitnessCredit)
      }
    }
    for v in witnessVariables where values[v.name] == nil {
      return .invalid(Message("choice.witness-incomplete", en: "the witness is missing \(v.name)",
                              ko: "증거 값에 \(v.name)의 값이 빠져 있습니다"), at: location)
    }
    let dims = Set(values.values.compactMap { if case .vector(let x) = $0 { return x.count } else { return nil } })
    guard dims.count <= 1 else {
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("choice.witness-lengths-differ",
                                             en: "'\(chosen)' is right, but the witness vectors have different lengths",
                                             ko: "'\(chosen)' 선택지는 맞지만, 증거 값의 벡터들의 길이가 서로 다릅니다")],
                          counterexample: texts, credit: withoutWitnessCredit)
    }
    var evaluator = Evaluator(variables: values, limits: limits)
    do {
      let a = try evaluator.evaluate(condition.lhs), b = try evaluator.evaluate(condition.rhs)
      let (left, right) = (ValueText.describe(a), ValueText.describe(b))
      if case .holds = RelationTruth.decide(a, condition.op, b, limits: limits.exact) {
        let op = condition.op.rawValue
        return CheckOutcome(verdict: .correct,
                            feedback: [Message("choice.witness-shows",
                                               en: "'\(chosen)' is right, and the witness shows it: there \(left) \(op) \(right)",
                                               ko: "'\(chosen)' 선택지가 맞고, 증거 값이 이를 보여 줍니다: 그 점에서 \(left) \(op) \(right)")],
                            method: "decided exactly")
      }
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("choice.witness-does-not-show",
                                             en: "'\(chosen)' is right, but the witness does not show it: there both sides are \(left) and \(right)",
                                             ko: "'\(chosen)' 선택지는 맞지만, 증거 값이 이를 보여 주지 못합니다: 그 점에서 양변은 각각 \(left), \(right)입니다")],
                          counterexample: texts, method: "decided exactly", credit: withoutWitnessCredit)
    } catch {
      let why = error.message
      return CheckOutcome(verdict: .partial,
                          feedback: [Message("choice.witness-not-evaluable",
                                             en: "'\(chosen)' is right, but the witness cannot be evaluated: \(why.en)",
                                             ko: "'\(chosen)' 선택지는 맞지만, 증거 값에서 조건을 계산할 수 없습니다: \(why.ko)")],
                          counterexample: texts, credit: withoutWitnessCredit)
    }
  }
}

/// Checks that a value lies in a variable's domain (for witnesses a learner supplies).
enum DomainValidation {
  /// Why `v` is not in the variable's domain, in both languages; `nil` when it is.
  static func problem(_ v: Value, _ variable: Variable) -> LocalizedText? {
    let d = variable.domain
    switch (d, v) {
    case (.simplex, .vector(let xs)), (.openSimplex, .vector(let xs)):
      guard xs.count >= 2 else {
        return LocalizedText(en: "a distribution needs at least two entries", ko: "확률 분포에는 성분이 적어도 두 개 있어야 합니다")
      }
      guard let qs = Optional(xs.compactMap(\.rationalValue)), qs.count == xs.count else {
        return LocalizedText(en: "entries must be exact numbers", ko: "성분은 정확한 수(분수 등)여야 합니다")
      }
      if qs.contains(where: { $0.signum < 0 }) {
        return LocalizedText(en: "probabilities cannot be negative", ko: "확률은 음수일 수 없습니다")
      }
      if d == .openSimplex, qs.contains(where: \.isZero) {
        return LocalizedText(en: "every probability must be positive here", ko: "여기서는 모든 확률이 양수여야 합니다")
      }
      let sum = qs.reduce(Rational.zero, +)
      if sum != .one { return LocalizedText(en: "the entries sum to \(sum), not 1", ko: "성분의 합이 1이 아니라 \(sum)입니다") }
      return nil
    case (.realVector, .vector), (.logits, .vector): return nil
    case (.real, .scalar): return nil
    case (.positive, .scalar(let x)):
      if let sign = try? x.signum().sign, sign > 0 { return nil }
      return LocalizedText(en: "must be positive", ko: "양수여야 합니다")
    case (.probability, .scalar(let x)):
      if let q = x.rationalValue, q.signum >= 0, q <= .one { return nil }
      return LocalizedText(en: "must be an exact number from 0 to 1", ko: "0부터 1까지의 정확한 수여야 합니다")
    case (.count, .scalar(let x)), (.dimension, .scalar(let x)):
      guard let q = x.rationalValue, q.isInteger, q.signum > 0 else {
        return LocalizedText(en: "must be a positive integer", ko: "양의 정수여야 합니다")
      }
      return nil
    default:
      let found = v.shapeText
      return d.isVector
        ? LocalizedText(en: "expected a vector, found \(found.en)", ko: "벡터가 필요한데 \(found.ko)입니다")
        : LocalizedText(en: "expected a number, found \(found.en)", ko: "수가 필요한데 \(found.ko)입니다")
    }
  }
}
