import Checks
import Exact
import Language

/// Turns the YAML of one exercise file into an ``Exercise``, validating as it goes.
///
/// Every problem is reported with the file, line and column, so an instructor writing an
/// exercise sees `Exercises/dyadic-code.yaml:14:7: unknown part kind 'vaue'; did you mean 'value'?`.
struct ExerciseFileReader {
  let file: String

  static let partKinds = ["value", "code", "text"]
  static let plannedKinds = ["vector", "matrix", "formula", "condition", "bound", "choice", "chain", "stable", "map"]

  func fail(_ message: String, at location: SourceLocation?) -> CatalogueError {
    CatalogueError(file: file, location: location, message: message)
  }

  func read(_ root: AnswerNode) throws(CatalogueError) -> Exercise {
    let fields = try mapping(root, "the exercise")
    let id = try string(fields, "id", in: root)
    let partsNode = try required(fields, "parts", in: root)
    guard case .sequence(let partNodes, _) = partsNode else { throw fail("'parts' must be a list", at: partsNode.location) }
    var parts: [Part] = []
    for node in partNodes { parts.append(try part(node)) }
    guard !parts.isEmpty else { throw fail("an exercise needs at least one part", at: root.location) }
    var seen: Set<String> = []
    for p in parts where !seen.insert(p.id).inserted {
      throw fail("the part id '\(p.id)' appears twice", at: root.location)
    }
    return Exercise(id: id, title: try string(fields, "title", in: root),
                    source: try optionalString(fields, "source") ?? "",
                    statement: try string(fields, "statement", in: root), parts: parts)
  }

  private func part(_ node: AnswerNode) throws(CatalogueError) -> Part {
    let fields = try mapping(node, "a part")
    let id = try string(fields, "id", in: node)
    let kind = try string(fields, "kind", in: node)
    let prompt = try string(fields, "prompt", in: node)
    let hints = try optionalStringList(fields, "hints")
    let unit: Unit?
    if let u = try optionalString(fields, "unit") {
      guard let parsed = Unit(rawValue: u) else { throw fail("unit must be 'bits' or 'nats', not '\(u)'", at: fields["unit"]?.location) }
      unit = parsed
    } else {
      unit = nil
    }
    let points = try number(fields, "points") ?? (kind == "text" ? 0 : kind == "chain" ? 3 : 1)
    let misconceptions = try (fields["misconceptions"].map { (n) throws(CatalogueError) -> [Misconception] in try self.misconceptions(n) }) ?? []
    let check: PartCheck
    var answerForm = try optionalString(fields, "answer-form")
    switch kind {
    case "value":
      let refNode = try required(fields, "reference", in: node)
      let refText = try scalarText(refNode, "reference")
      let reference = try expression(refText, at: refNode)
      let digits = try number(fields, "significant-digits").map { Int($0) } ?? 4
      check = .value(ValueCheck(reference: reference, referenceText: refText, unit: unit,
                                minimumSignificantDigits: digits, misconceptions: misconceptions))
      answerForm = answerForm ?? "a number or expression, e.g. 3/2 or log2(3)"
    case "code":
      let alphabetText = try optionalString(fields, "alphabet") ?? "binary"
      guard let alphabet = CodeCheck.Alphabet(rawValue: alphabetText) else {
        throw fail("alphabet must be 'binary' or 'ternary'", at: fields["alphabet"]?.location)
      }
      let probsNode = try required(fields, "probabilities", in: node)
      guard case .sequence(let items, _) = probsNode, items.count >= 2 else {
        throw fail("probabilities must be a list of at least two numbers", at: probsNode.location)
      }
      var probs: [Rational] = []
      for item in items { probs.append(try rational(item)) }
      guard probs.allSatisfy({ $0.signum >= 0 }), probs.reduce(Rational.zero, +) == .one else {
        throw fail("probabilities must be non-negative and sum to exactly 1", at: probsNode.location)
      }
      let symbols = try optionalStringList(fields, "symbols")
      guard symbols.isEmpty || symbols.count == probs.count else {
        throw fail("symbols must name every symbol (\(probs.count))", at: fields["symbols"]?.location)
      }
      let credit = try number(fields, "partial-credit") ?? 0.5
      check = .code(CodeCheck(alphabet: alphabet, probabilities: probs, symbolNames: symbols.isEmpty ? nil : symbols,
                              suboptimalCredit: credit, misconceptions: misconceptions))
      answerForm = answerForm ?? (alphabet == .binary ? "a list of codewords in symbol order, quoted: [\"0\", \"10\", \"11\"]" : "a list of ternary codewords: [\"--\", \"-0\"] or [[-1, -1], [-1, 0]]")
    case "text":
      check = .text
      answerForm = answerForm ?? "prose (recorded for the instructor, not graded)"
    default:
      if ExerciseFileReader.plannedKinds.contains(kind) {
        throw fail("the part kind '\(kind)' is not supported by this version of softcheck", at: fields["kind"]?.location)
      }
      let hint = NameSuggestion.closest(to: kind, among: ExerciseFileReader.partKinds).map { "; did you mean '\($0)'?" } ?? ""
      throw fail("unknown part kind '\(kind)'\(hint)", at: fields["kind"]?.location)
    }
    return Part(id: id, kind: kind, prompt: prompt, points: points, unit: unit, hints: hints,
                answerForm: answerForm ?? "", check: check)
  }

  private func misconceptions(_ node: AnswerNode) throws(CatalogueError) -> [Misconception] {
    guard case .sequence(let items, _) = node else { throw fail("misconceptions must be a list", at: node.location) }
    var out: [Misconception] = []
    for item in items {
      let f = try mapping(item, "a misconception")
      let id = try string(f, "id", in: item)
      let feedback = try string(f, "feedback", in: item)
      let match: Misconception.Match
      if let answer = f["answer"] {
        let text = try scalarText(answer, "answer")
        match = .expression(try expression(text, at: answer), text: text)
      } else if let lengths = f["lengths"] {
        guard case .sequence(let ls, _) = lengths else { throw fail("lengths must be a list of integers", at: lengths.location) }
        var values: [Int] = []
        for l in ls {
          guard case .scalar(let s) = l, let v = Int(s.text), v > 0 else { throw fail("a codeword length is a positive integer", at: l.location) }
          values.append(v)
        }
        match = .codeLengths(values)
      } else if let property = f["property"] {
        let text = try scalarText(property, "property")
        guard let p = CodeAnalysis.Property(rawValue: text) else {
          let names = CodeAnalysis.Property.allCases.map(\.rawValue)
          throw fail("unknown code property '\(text)'; one of \(names.joined(separator: ", "))", at: property.location)
        }
        match = .codeProperty(p)
      } else if id == "nats-vs-bits" {
        match = .expression(.number(.zero, text: "0", offset: 0), text: "")   // matched by unit conversion
      } else {
        throw fail("a misconception needs 'answer', 'lengths' or 'property' to recognise it", at: item.location)
      }
      out.append(Misconception(id: id, feedback: feedback, match: match))
    }
    return out
  }

  // MARK: - Field helpers

  private func mapping(_ node: AnswerNode, _ what: String) throws(CatalogueError) -> [String: AnswerNode] {
    guard case .mapping(let pairs, _) = node else { throw fail("\(what) must be a mapping", at: node.location) }
    var out: [String: AnswerNode] = [:]
    for (k, v) in pairs { out[k.text] = v }
    return out
  }

  private func required(_ f: [String: AnswerNode], _ key: String, in node: AnswerNode) throws(CatalogueError) -> AnswerNode {
    guard let v = f[key] else { throw fail("missing '\(key)'", at: node.location) }
    return v
  }

  private func scalarText(_ node: AnswerNode, _ key: String) throws(CatalogueError) -> String {
    guard case .scalar(let s) = node else { throw fail("'\(key)' must be a single value", at: node.location) }
    return s.text
  }

  private func string(_ f: [String: AnswerNode], _ key: String, in node: AnswerNode) throws(CatalogueError) -> String {
    try scalarText(try required(f, key, in: node), key)
  }

  private func optionalString(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> String? {
    guard let v = f[key] else { return nil }
    return try scalarText(v, key)
  }

  private func optionalStringList(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> [String] {
    guard let v = f[key] else { return [] }
    guard case .sequence(let items, _) = v else { throw fail("'\(key)' must be a list", at: v.location) }
    var out: [String] = []
    for item in items { out.append(try scalarText(item, key)) }
    return out
  }

  private func number(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> Double? {
    guard let v = f[key] else { return nil }
    return try rational(v).doubleValue
  }

  private func rational(_ node: AnswerNode) throws(CatalogueError) -> Rational {
    let text = try scalarText(node, "number")
    guard let q = try? Rational(parsing: text) else { throw fail("'\(text)' is not an exact number", at: node.location) }
    return q
  }

  private func expression(_ text: String, at node: AnswerNode) throws(CatalogueError) -> Expression {
    do {
      let e = try Parser.expression(text)
      var evaluator = Evaluator()
      _ = try evaluator.evaluate(e)   // the reference must evaluate: catch mistakes at load
      return e
    } catch {
      let loc: SourceLocation? = if case .scalar(let s) = node { s.location(ofOffset: error.offset) } else { node.location }
      throw fail("in '\(text)': \(error.message)", at: loc)
    }
  }
}
