import Exact
import Language

/// Checks a `choice` part: one of the listed words, matched case-insensitively, optionally with
/// a `witness` (values of the part's variables) that must satisfy a stated condition exactly,
/// e.g. "no, KL is not symmetric: p = [1/2, 1/2], q = [9/10, 1/10]".
public struct ChoiceCheck: Sendable {
  public var options: [String]
  public var answer: String
  /// The variables a witness names, with their domains.
  public var witnessVariables: [Variable]
  /// What the witness must satisfy, e.g. `kl(p, q) != kl(q, p)`; `nil` when no witness is asked.
  public var witnessCondition: Relation?
  /// Credit for the right word without the witness the part asks for.
  public var withoutWitnessCredit: Double
  public var misconceptions: [Misconception]
  public var limits: LanguageLimits

  public init(options: [String], answer: String, witnessVariables: [Variable] = [], witnessCondition: Relation? = nil,
              withoutWitnessCredit: Double = 0.5, misconceptions: [Misconception] = [], limits: LanguageLimits = .standard) {
    self.options = options
    self.answer = answer
    self.witnessVariables = witnessVariables
    self.witnessCondition = witnessCondition
    self.withoutWitnessCredit = withoutWitnessCredit
    self.misconceptions = misconceptions
    self.limits = limits
  }

  /// Judges an answer.
  public func check(_ node: AnswerNode) -> CheckOutcome {
    var word: AnswerNode.ScalarText?
    var witness: [(key: AnswerNode.ScalarText, value: AnswerNode)]?
    switch node {
    case .scalar(let s): word = s
    case .mapping(let pairs, _):
      for (k, v) in pairs {
        switch k.text {
        case "answer": if case .scalar(let s) = v { word = s }
        case "witness":
          guard case .mapping(let w, _) = v else { return .invalid("'witness' maps variable names to values, e.g. {p: [1/2, 1/2]}", at: v.location) }
          witness = w
        default: return .invalid("a choice answer has the keys 'answer' and 'witness', not '\(k.text)'", at: k.location(ofOffset: 0))
        }
      }
    case .sequence: break
    }
    guard let word else {
      return .invalid("expected one of \(options.joined(separator: ", ")) (or {answer: ..., witness: {...}})", at: node.location)
    }
    let given = word.text.trimmed.lowercased()
    guard let chosen = options.first(where: { $0.lowercased() == given }) else {
      let hint = NameSuggestion.closest(to: given, among: options).map { "; did you mean '\($0)'?" } ?? ""
      return .invalid("'\(word.text)' is not one of the choices (\(options.joined(separator: ", ")))\(hint)", at: word.location(ofOffset: 0))
    }
    guard chosen.lowercased() == answer.lowercased() else {
      let m = misconceptions.first { if case .choice(let c) = $0.match { return c.lowercased() == given } else { return false } }
      return CheckOutcome(verdict: .incorrect, feedback: ["'\(chosen)' is not right"] + (m.map { [$0.feedback] } ?? []),
                          misconception: m?.id, method: "exact match")
    }
    guard let condition = witnessCondition else {
      return CheckOutcome(verdict: .correct, feedback: ["'\(chosen)' is right"], method: "exact match")
    }
    guard let witness else {
      return CheckOutcome(verdict: .partial, feedback: ["'\(chosen)' is right; now give a witness (values of \(witnessVariables.map(\.name).joined(separator: ", "))) that shows it"],
                          method: "exact match", credit: withoutWitnessCredit)
    }
    return checkWitness(witness, condition: condition, chosen: chosen, at: node.location)
  }

  private func checkWitness(_ witness: [(key: AnswerNode.ScalarText, value: AnswerNode)], condition: Relation,
                            chosen: String, at location: SourceLocation) -> CheckOutcome {
    var values: [String: Value] = [:], texts: [String: String] = [:]
    for (k, v) in witness {
      guard let variable = witnessVariables.first(where: { $0.name == k.text }) else {
        return .invalid("the witness names '\(k.text)', but this part's witness variables are \(witnessVariables.map(\.name).joined(separator: ", "))", at: k.location(ofOffset: 0))
      }
      guard let text = v.flattenedText else { return .invalid("a witness value is a number or a list", at: v.location) }
      var evaluator = Evaluator(limits: limits)
      do {
        values[variable.name] = try evaluator.evaluate(try Parser.expression(text, limits: limits))
      } catch {
        return .invalid(error.message, at: v.location)
      }
      texts[variable.name] = text
      if let problem = DomainValidation.problem(values[variable.name]!, variable) {
        return CheckOutcome(verdict: .partial, feedback: ["'\(chosen)' is right, but the witness \(variable.name) = \(text) is not valid: \(problem)"],
                            counterexample: texts, method: "decided exactly", location: v.location, credit: withoutWitnessCredit)
      }
    }
    for v in witnessVariables where values[v.name] == nil {
      return .invalid("the witness is missing \(v.name)", at: location)
    }
    let dims = Set(values.values.compactMap { if case .vector(let x) = $0 { return x.count } else { return nil } })
    guard dims.count <= 1 else {
      return CheckOutcome(verdict: .partial, feedback: ["'\(chosen)' is right, but the witness vectors have different lengths"],
                          counterexample: texts, credit: withoutWitnessCredit)
    }
    var evaluator = Evaluator(variables: values, limits: limits)
    do {
      let a = try evaluator.evaluate(condition.lhs), b = try evaluator.evaluate(condition.rhs)
      if case .holds = RelationTruth.decide(a, condition.op, b, limits: limits.exact) {
        return CheckOutcome(verdict: .correct, feedback: ["'\(chosen)' is right, and the witness shows it: there \(ValueText.describe(a)) \(condition.op.rawValue) \(ValueText.describe(b))"],
                            method: "decided exactly")
      }
      return CheckOutcome(verdict: .partial, feedback: ["'\(chosen)' is right, but the witness does not show it: there both sides are \(ValueText.describe(a)) and \(ValueText.describe(b))"],
                          counterexample: texts, method: "decided exactly", credit: withoutWitnessCredit)
    } catch {
      return CheckOutcome(verdict: .partial, feedback: ["'\(chosen)' is right, but the witness cannot be evaluated: \(error.message)"],
                          counterexample: texts, credit: withoutWitnessCredit)
    }
  }
}

/// Checks that a value lies in a variable's domain (for witnesses a learner supplies).
enum DomainValidation {
  static func problem(_ v: Value, _ variable: Variable) -> String? {
    let d = variable.domain
    switch (d, v) {
    case (.simplex, .vector(let xs)), (.openSimplex, .vector(let xs)):
      guard xs.count >= 2 else { return "a distribution needs at least two entries" }
      guard let qs = Optional(xs.compactMap(\.rationalValue)), qs.count == xs.count else { return "entries must be exact numbers" }
      if qs.contains(where: { $0.signum < 0 }) { return "probabilities cannot be negative" }
      if d == .openSimplex, qs.contains(where: \.isZero) { return "every probability must be positive here" }
      if qs.reduce(Rational.zero, +) != .one { return "the entries sum to \(qs.reduce(Rational.zero, +)), not 1" }
      return nil
    case (.realVector, .vector), (.logits, .vector): return nil
    case (.real, .scalar): return nil
    case (.positive, .scalar(let x)):
      return (try? x.signum().sign).map { $0 > 0 ? nil : "must be positive" } ?? "must be positive"
    case (.count, .scalar(let x)), (.dimension, .scalar(let x)):
      guard let q = x.rationalValue, q.isInteger, q.signum > 0 else { return "must be a positive integer" }
      return nil
    default:
      return "expected \(d.isVector ? "a vector" : "a number"), found \(v.shapeDescription)"
    }
  }
}
