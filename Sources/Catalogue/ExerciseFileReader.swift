import Checks
import Exact
import Language

/// Turns the YAML of one exercise file into an ``Exercise``, validating as it goes.
///
/// Every problem is reported with the file, line and column, so an instructor writing an
/// exercise sees `Exercises/dyadic-code.yaml:14:7: unknown part kind 'vaue'; did you mean 'value'?`.
struct ExerciseFileReader {
  let file: String

  static let partKinds = ["value", "vector", "matrix", "map", "formula", "condition", "bound", "choice", "chain", "stable", "code", "text"]

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
    var claims: [Claim] = []
    if let claimsNode = fields["claims"] {
      guard case .sequence(let items, _) = claimsNode else { throw fail("'claims' must be a list", at: claimsNode.location) }
      for item in items {
        let f = try mapping(item, "a claim")
        let sampling = try self.sampling(f, in: item)
        let relNode = try required(f, "relation", in: item)
        let relation = try self.relation(try scalarText(relNode, "relation"), at: relNode, variables: sampling.variables)
        claims.append(Claim(id: try string(f, "id", in: item), statement: try string(f, "statement", in: item),
                            check: PropertyCheck(variables: sampling.variables, claim: relation, dimensions: sampling.dimensions)))
      }
    }
    return Exercise(id: id, title: try string(fields, "title", in: root),
                    source: try optionalString(fields, "source") ?? "",
                    statement: try string(fields, "statement", in: root), parts: parts, claims: claims)
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
      let alternatives = try (fields["accepted"].map { (n) throws(CatalogueError) -> [Misconception] in try self.misconceptions(n, defaultID: "accepted") }) ?? []
      check = .value(ValueCheck(reference: reference, referenceText: refText, unit: unit,
                                minimumSignificantDigits: digits, misconceptions: misconceptions, alternatives: alternatives))
      answerForm = answerForm ?? "a number or expression, e.g. 7/4, 0.25 or log2(5)"
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
      answerForm = answerForm ?? (alphabet == .binary ? "a list of codewords in symbol order, quoted, like [\"1\", \"01\", \"001\", \"000\"]" : "a list of ternary codewords: [\"--\", \"-0\"] or [[-1, -1], [-1, 0]]")
    case "map":
      let keyNode = try required(fields, "keys", in: node)
      let kf = try mapping(keyNode, "keys")
      let keyName = try string(kf, "variable", in: keyNode)
      guard let from = try number(kf, "from").map({ Int($0) }), let to = try number(kf, "to").map({ Int($0) }), from <= to else {
        throw fail("keys needs integer 'from' and 'to' with from <= to", at: keyNode.location)
      }
      let refNode = try required(fields, "reference", in: node)
      let refText = try scalarText(refNode, "reference")
      let reference = try expression(refText, at: refNode, variables: [Variable(name: keyName, domain: .count)])
      let digits = try number(fields, "significant-digits").map { Int($0) } ?? 4
      check = .map(MapCheck(key: keyName, keys: from...to, reference: reference, minimumSignificantDigits: digits))
      answerForm = answerForm ?? "a mapping from \(keyName) (\(from) to \(to)) to a value, e.g. {1: ..., 4: ...}"
    case "vector", "matrix":
      let refNode = try required(fields, "reference", in: node)
      let refText = try scalarText(refNode, "reference")
      let digits = try number(fields, "significant-digits").map { Int($0) } ?? 4
      check = .array(ArrayCheck(reference: try expression(refText, at: refNode), referenceText: refText,
                                minimumSignificantDigits: digits, misconceptions: misconceptions))
      answerForm = answerForm ?? (kind == "vector" ? "a list of numbers, e.g. [0.2, 1/3, log(2)]" : "a list of rows, e.g. [[1/4, -1/4], [-1/4, 1/4]]")
    case "formula", "stable":
      let sampling = try self.sampling(fields, in: node)
      let refNode = try required(fields, "reference", in: node)
      let refText = try scalarText(refNode, "reference")
      let reference = try expression(refText, at: refNode, variables: sampling.variables)
      let formula = FormulaCheck(variables: sampling.variables, reference: reference, referenceText: refText,
                                 samples: sampling.samples, dimensions: sampling.dimensions,
                                 misconceptions: misconceptions, forbidden: try forbiddenSet(fields))
      if kind == "formula" {
        check = .formula(formula)
      } else {
        let pointsNode = try required(fields, "extreme-points", in: node)
        guard case .sequence(let items, _) = pointsNode, !items.isEmpty else { throw fail("'extreme-points' is a list of mappings from variable to value", at: pointsNode.location) }
        var points: [[String: String]] = []
        for item in items {
          let f = try mapping(item, "a point")
          var point: [String: String] = [:]
          for (k, v) in f { point[k] = v.flattenedText ?? "" }
          points.append(point)
        }
        let tolerance = try number(fields, "relative-error") ?? 1e-12
        check = .stable(StableCheck(formula: formula, points: points, relativeError: tolerance))
      }
      answerForm = answerForm ?? "a formula in \(sampling.variables.map(\.name).joined(separator: ", "))"
    case "condition":
      let sampling = try self.sampling(fields, in: node)
      let refNode = try required(fields, "reference", in: node)
      check = .condition(ConditionCheck(variables: sampling.variables, reference: try relation(try scalarText(refNode, "reference"), at: refNode, variables: sampling.variables),
                                        samples: sampling.samples, dimensions: sampling.dimensions, misconceptions: misconceptions))
      answerForm = answerForm ?? "a condition such as 'p = q'"
    case "chain":
      let sampling = try self.sampling(fields, in: node)
      let claimNode = try required(fields, "claim", in: node)
      let claim = try relation(try scalarText(claimNode, "claim"), at: claimNode, variables: sampling.variables)
      let minSteps = try number(fields, "min-steps").map { Int($0) } ?? 2
      let credit = try number(fields, "partial-credit") ?? 0.5
      check = .chain(ChainCheck(variables: sampling.variables, claim: claim, samples: sampling.samples, dimensions: sampling.dimensions,
                                forbidden: try forbiddenSet(fields), minimumSteps: minSteps, weakerCredit: credit))
      answerForm = answerForm ?? "a chain, one step a line: 'LHS rel RHS', then 'rel RHS' (use `|` for a block)"
    case "bound":
      let sampling = try self.sampling(fields, in: node)
      let qNode = try required(fields, "quantity", in: node)
      let quantity = try expression(try scalarText(qNode, "quantity"), at: qNode, variables: sampling.variables)
      let relText = try optionalString(fields, "relation") ?? "<="
      guard let rel = Relation.Operator(rawValue: relText), rel == .lessOrEqual || rel == .greaterOrEqual || rel == .less || rel == .greater else {
        throw fail("relation must be <=, <, >= or >", at: fields["relation"]?.location)
      }
      var limit: (variable: String, value: Rational)?
      if let l = fields["limit"] {
        let lf = try mapping(l, "limit")
        let variable = try string(lf, "variable", in: l)
        guard sampling.variables.contains(where: { $0.name == variable }) else { throw fail("the limit variable '\(variable)' is not a variable of this part", at: l.location) }
        limit = (variable, try lf["value"].map { (n) throws(CatalogueError) -> Rational in try rational(n) } ?? .zero)
      }
      var bound = BoundCheck(variables: sampling.variables, quantity: quantity, relation: rel, limit: limit,
                             samples: sampling.samples, dimensions: sampling.dimensions)
      bound.misconceptions = misconceptions
      check = .bound(bound)
      answerForm = answerForm ?? "a formula in \(sampling.variables.map(\.name).joined(separator: ", "))"
    case "choice":
      let options = try optionalStringList(fields, "options")
      guard options.count >= 2 else { throw fail("a choice part lists at least two 'options'", at: node.location) }
      let answer = try string(fields, "answer", in: node)
      guard options.contains(where: { $0.lowercased() == answer.lowercased() }) else { throw fail("the answer '\(answer)' is not one of the options", at: fields["answer"]?.location) }
      var witnessVariables: [Variable] = []
      var condition: Relation?
      if let w = fields["witness"] {
        let wf = try mapping(w, "witness")
        witnessVariables = try variables(try required(wf, "variables", in: w))
        let c = try required(wf, "condition", in: w)
        condition = try relation(try scalarText(c, "condition"), at: c, variables: witnessVariables)
      }
      check = .choice(ChoiceCheck(options: options, answer: answer, witnessVariables: witnessVariables, witnessCondition: condition,
                                  withoutWitnessCredit: try number(fields, "partial-credit") ?? 0.5, misconceptions: misconceptions))
      answerForm = answerForm ?? (condition == nil ? "one of: \(options.joined(separator: ", "))" : "{answer: one of \(options.joined(separator: "/")), witness: {\(witnessVariables.map { "\($0.name): ..." }.joined(separator: ", "))}}")
    case "text":
      check = .text
      answerForm = answerForm ?? "prose (recorded for the instructor, not graded)"
    default:
      let hint = NameSuggestion.closest(to: kind, among: ExerciseFileReader.partKinds).map { "; did you mean '\($0)'?" } ?? ""
      throw fail("unknown part kind '\(kind)'\(hint)", at: fields["kind"]?.location)
    }
    return Part(id: id, kind: kind, prompt: prompt, points: points, unit: unit, hints: hints,
                answerForm: answerForm ?? "", check: check, example: fields["example"])
  }

  private func misconceptions(_ node: AnswerNode, defaultID: String? = nil) throws(CatalogueError) -> [Misconception] {
    guard case .sequence(let items, _) = node else { throw fail("misconceptions must be a list", at: node.location) }
    var out: [Misconception] = []
    for item in items {
      let f = try mapping(item, "a misconception")
      let id: String
      if let defaultID, f["id"] == nil { id = defaultID } else { id = try string(f, "id", in: item) }
      let feedback = try string(f, "feedback", in: item)
      let match: Misconception.Match
      if let answer = f["answer"] {
        let text = try scalarText(answer, "answer")
        if let r = try? Parser.relation(text) {
          match = .relation(r, text: text)
        } else {
          match = .expression(try expression(text, at: answer, variables: nil), text: text)
        }
      } else if let choice = f["choice"] {
        match = .choice(try scalarText(choice, "choice"))
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
        match = .unitConversion
      } else {
        throw fail("a misconception needs 'answer', 'lengths' or 'property' to recognise it", at: item.location)
      }
      out.append(Misconception(id: id, feedback: feedback, match: match))
    }
    return out
  }

  private func relation(_ text: String, at node: AnswerNode, variables: [Variable]) throws(CatalogueError) -> Relation {
    do {
      let r = try Parser.relation(text)
      let sample = Sampler(variables: variables, seed: 1, key: "load").sample(3)
      var evaluator = Evaluator(variables: sample.values)
      _ = try evaluator.evaluate(r.lhs)
      _ = try evaluator.evaluate(r.rhs)
      return r
    } catch {
      let loc: SourceLocation? = if case .scalar(let s) = node { s.location(ofOffset: error.offset) } else { node.location }
      throw fail("in '\(text)': \(error.message)", at: loc)
    }
  }

  struct Sampling {
    var variables: [Variable]
    var dimensions: ClosedRange<Int>
    var samples: Int
  }

  private func sampling(_ f: [String: AnswerNode], in node: AnswerNode) throws(CatalogueError) -> Sampling {
    let vars = try variables(try required(f, "variables", in: node))
    var dims = 2...6
    if let d = f["dimensions"] {
      let text = try scalarText(d, "dimensions")
      let bounds = text.split(separator: ".", omittingEmptySubsequences: true).compactMap { Int($0) }
      guard bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1], bounds[1] <= 16 else {
        throw fail("dimensions is a range like 2..6 (at most 16)", at: d.location)
      }
      dims = bounds[0]...bounds[1]
    }
    let samples = try number(f, "samples").map { Int($0) } ?? 64
    guard (1...1000).contains(samples) else { throw fail("samples must be from 1 to 1000", at: f["samples"]?.location) }
    return Sampling(variables: vars, dimensions: dims, samples: samples)
  }

  private func variables(_ node: AnswerNode) throws(CatalogueError) -> [Variable] {
    guard case .mapping(let pairs, _) = node, !pairs.isEmpty else {
      throw fail("'variables' maps each variable to its domain, e.g. {p: simplex, a: real}", at: node.location)
    }
    var out: [Variable] = []
    for (k, v) in pairs {
      let text = try scalarText(v, "domain")
      guard let d = Domain(rawValue: text) else {
        let names = Domain.allCases.map(\.rawValue)
        let hint = NameSuggestion.closest(to: text, among: names).map { "; did you mean '\($0)'?" } ?? ""
        throw fail("unknown domain '\(text)'\(hint); domains are \(names.joined(separator: ", "))", at: v.location)
      }
      out.append(Variable(name: k.text, domain: d))
    }
    return out
  }

  private func forbiddenSet(_ f: [String: AnswerNode]) throws(CatalogueError) -> Set<String> {
    let names = try optionalStringList(f, "forbidden")
    for n in names where !Functions.names.contains(n) {
      throw fail("'\(n)' in forbidden is not a function name", at: f["forbidden"]?.location)
    }
    return Set(names)
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

  /// Parses an expression of the exercise file and checks that it evaluates (at a structural
  /// sample when it has variables): mistakes in exercise files surface at load, located.
  private func expression(_ text: String, at node: AnswerNode, variables: [Variable]? = []) throws(CatalogueError) -> Expression {
    do {
      let e = try Parser.expression(text)
      if let variables {
        let sample = Sampler(variables: variables, seed: 1, key: "load").sample(3)
        var evaluator = Evaluator(variables: sample.values)
        _ = try evaluator.evaluate(e)
      }
      return e
    } catch {
      let loc: SourceLocation? = if case .scalar(let s) = node { s.location(ofOffset: error.offset) } else { node.location }
      throw fail("in '\(text)': \(error.message)", at: loc)
    }
  }
}
