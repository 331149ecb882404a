import AnswerDocument
import Checks
import Exact
import Language
import Localization
import Sampling

/// Turns the YAML of one exercise file into an ``Exercise``, validating as it goes.
///
/// Every problem is reported with the file, line and column, so an instructor writing an
/// exercise sees `Exercises/dyadic-code.yaml:14:7: unknown part kind 'vaue'; did you mean 'value'?`.
struct ExerciseFileReader {
  let file: String
  /// The kinds a part may name.
  var kinds = CheckKinds.standard
  /// Whether parts' checks are built and every expression evaluated now, or when first needed.
  var reading = CatalogueReading.validated

  /// Whether expressions are evaluated at a sample only to validate them (not for shipped files,
  /// which the tests load validated).
  var validates: Bool { reading == .validated }

  func fail(en: String, ko: String, at location: SourceLocation?) -> CatalogueError {
    CatalogueError(file: file, location: location, message: LocalizedText(en: en, ko: ko))
  }

  func read(_ root: AnswerNode) throws(CatalogueError) -> Exercise {
    let fields = try mapping(root, en: "the exercise", ko: "문제는")
    try checkKeys(root, known: ExerciseKeys.exercise, in: .exercise)
    let id = try string(fields, "id", in: root)
    let partsNode = try required(fields, "parts", in: root)
    guard case .sequence(let partNodes, _) = partsNode else {
      throw fail(en: "'parts' must be a list", ko: "'parts' 항목은 목록이어야 합니다", at: partsNode.location)
    }
    var parts: [Part] = []
    var seen: Set<String> = []
    for node in partNodes {
      let p = try part(node)
      guard seen.insert(p.id).inserted else {
        // Located at the second part's `id:`, where the fix goes.
        let at = (try? mapping(node, en: "", ko: ""))?["id"]?.location ?? node.location
        throw fail(en: "the part id '\(p.id)' appears twice", ko: "같은 문항 id가 두 번 나옵니다: '\(p.id)'", at: at)
      }
      parts.append(p)
    }
    guard !parts.isEmpty else {
      throw fail(en: "an exercise needs at least one part", ko: "문제에는 문항이 하나 이상 있어야 합니다", at: root.location)
    }
    let claims =
      reading == .validated
      ? ClaimSlot(read: try self.claims(fields["claims"])) : ClaimSlot(reading: fields["claims"], with: self)
    return Exercise(
      id: id, title: try text(fields, "title", in: root),
      source: try optionalText(fields, "source"),
      statement: try text(fields, "statement", in: root), parts: parts, claimSlot: claims)
  }

  /// The exercise's `claims:` (none when absent).
  func claims(_ node: AnswerNode?) throws(CatalogueError) -> [Claim] {
    guard let node else { return [] }
    guard case .sequence(let items, _) = node else {
      throw fail(en: "'claims' must be a list", ko: "'claims' 항목은 목록이어야 합니다", at: node.location)
    }
    var claims: [Claim] = []
    for item in items {
      let f = try mapping(item, en: "a claim", ko: "각 주장(claim)은")
      try checkKeys(item, known: ExerciseKeys.claim, in: .claim)
      let sampling = try self.sampling(f, in: item)
      let relNode = try required(f, "relation", in: item)
      let relation = try self.relation(try scalarText(relNode, "relation"), at: relNode, variables: sampling.variables)
      claims.append(
        Claim(
          id: try string(f, "id", in: item), statement: try text(f, "statement", in: item),
          check: PropertyCheck(variables: sampling.variables, claim: relation, dimensions: sampling.dimensions)))
    }
    return claims
  }

  /// One part: every part's fields here, then its kind's own, read by the kind (``CheckKind``)
  /// after every key has been checked to be one of the two.
  func part(_ node: AnswerNode) throws(CatalogueError) -> Part {
    let fields = try mapping(node, en: "a part", ko: "각 문항은")
    let id = try string(fields, "id", in: node)
    let name = try string(fields, "kind", in: node)
    guard let kind = kinds.named(name) else {
      let hint = NameSuggestion.hint(for: name, among: kinds.names)
      throw fail(
        en: "unknown part kind '\(name)'\(hint.en)", ko: "알 수 없는 문항 종류 '\(name)'입니다\(hint.ko)", at: fields["kind"]?.location)
    }
    try checkKeys(node, known: ExerciseKeys.part + kind.fields, in: .part(kind: kind.name))
    let prompt = try text(fields, "prompt", in: node)
    let hints = try optionalTextList(fields, "hints")
    let points = try number(fields, "points") ?? kind.defaultPoints
    let explicitForm = try optionalText(fields, "answer-form")
    let kindFields = KindFields(id: id, node: node, fields: fields, reader: self, kind: kind)
    let slot =
      reading == .validated
      ? PartCheckSlot(built: try kind.init(reading: kindFields)) : PartCheckSlot(reading: kindFields, kind: kind)
    return Part(
      id: id, prompt: prompt, points: points, hints: hints, explicitAnswerForm: explicitForm, slot: slot,
      example: fields["example"], kind: kind.name)
  }

  /// A `misconceptions:` (or `accepted:`) list of a part of `kind`, whose entries recognise an
  /// answer by one of `matchers` (``ExerciseKeys/misconceptionMatchers``).
  func misconceptions(
    _ node: AnswerNode, defaultID: String? = nil, kind: String,
    matchers: [String]
  ) throws(CatalogueError) -> [Misconception] {
    guard case .sequence(let items, _) = node else {
      throw fail(en: "misconceptions must be a list", ko: "misconceptions 항목은 목록이어야 합니다", at: node.location)
    }
    var out: [Misconception] = []
    for item in items {
      let f = try mapping(item, en: "a misconception", ko: "각 오개념은")
      try checkKeys(item, known: ExerciseKeys.misconception + matchers, in: .misconception(kind: kind))
      let id: String
      if let defaultID, f["id"] == nil { id = defaultID } else { id = try string(f, "id", in: item) }
      let feedback = try text(f, "feedback", in: item)
      let match: Misconception.Match
      if let answer = f["answer"] {
        let text = try scalarText(answer, "answer")
        // An expression has no relation in it and a relation is no expression, so at most one
        // reading succeeds; the commoner is tried first (each try reads the whole text).
        do {
          match = .expression(try expression(text, at: answer, variables: nil), text: text)
        } catch {
          guard let r = try? Parser.relation(text) else { throw error }
          match = .relation(r, text: text)
        }
      } else if let choice = f["choice"] {
        match = .choice(try scalarText(choice, "choice"))
      } else if let lengths = f["lengths"] {
        guard case .sequence(let ls, _) = lengths else {
          throw fail(en: "lengths must be a list of integers", ko: "lengths 항목은 정수의 목록이어야 합니다", at: lengths.location)
        }
        var values: [Int] = []
        for l in ls {
          guard case .scalar(let s) = l, let v = Int(s.text), v > 0 else {
            throw fail(en: "a codeword length is a positive integer", ko: "부호어 길이는 양의 정수여야 합니다", at: l.location)
          }
          values.append(v)
        }
        match = .codeLengths(values)
      } else if let property = f["property"] {
        let text = try scalarText(property, "property")
        guard let p = CodeAnalysis.Property(rawValue: text) else {
          let names = CodeAnalysis.Property.allCases.map(\.rawValue)
          throw fail(
            en: "unknown code property '\(text)'; one of \(names.joined(separator: ", "))",
            ko: "알 수 없는 부호 성질 '\(text)'입니다. 다음 중 하나를 쓰세요: \(names.joined(separator: ", "))", at: property.location)
        }
        match = .codeProperty(p)
      } else if id == "nats-vs-bits" {
        match = .unitConversion
      } else {
        throw fail(
          en: "a misconception needs 'answer', 'lengths' or 'property' to recognise it",
          ko: "오개념을 알아보려면 'answer', 'lengths', 'property' 중 하나가 있어야 합니다", at: item.location)
      }
      var misconception = Misconception(id: id, feedback: feedback, match: match)
      if let credit = try number(f, "credit") {
        guard credit > 0 && credit < 1 else {
          throw fail(
            en: "a misconception's credit is a share of the points between 0 and 1 (exclusive)",
            ko: "오개념의 credit은 0과 1 사이(양 끝 제외)의 점수 비율이어야 합니다", at: f["credit"]?.location)
        }
        misconception.credit = credit
      }
      out.append(misconception)
    }
    return out
  }

  /// An expression field that must evaluate to a number (checked here, so a check can rely on it).
  func expressionText(_ node: AnswerNode) throws(CatalogueError) -> String {
    let text = try scalarText(node, "entropy-bound")
    guard validates else { return text }
    var evaluator = Evaluator()
    guard case .scalar? = try? evaluator.evaluate(try expression(text, at: node)) else {
      throw fail(en: "'\(text)' is not a number", ko: "'\(text)': 수가 아닙니다", at: node.location)
    }
    return text
  }

  /// A part's `aliases` (`{p: softmax(o)}`): names its prompt defines, each an expression in the
  /// part's variables, never a variable's own name.
  func aliases(_ fields: [String: AnswerNode], variables: [Variable]) throws(CatalogueError) -> [String: Expression] {
    guard let node = fields["aliases"] else { return [:] }
    var out: [String: Expression] = [:]
    for (name, value) in try mapping(node, en: "aliases", ko: "aliases 항목은") {
      guard !variables.contains(where: { $0.name == name }), !Functions.names.contains(name) else {
        throw fail(
          en: "the alias '\(name)' is already a variable or a function",
          ko: "별칭 \(KoreanParticle.topic.after("'\(name)'")) 이미 변수나 함수 이름입니다",
          at: value.location)
      }
      out[name] = try expression(try scalarText(value, "aliases"), at: value, variables: variables)
    }
    return out
  }

  /// A part's `wlog` list, each assumption checked to leave `invariant` (the claim's two sides
  /// apart, or the reference) unchanged, so that an answer under it loses no generality.
  func wlog(
    _ fields: [String: AnswerNode], of invariant: Expression, sampling: Sampling, part id: String
  ) throws(CatalogueError) -> [Relation] {
    guard let w = fields["wlog"] else { return [] }
    guard case .sequence(let items, _) = w else {
      throw fail(
        en: "'wlog' is a list of assumptions such as \"a >= b\"", ko: "'wlog' 항목은 \"a >= b\" 같은 가정의 목록이어야 합니다", at: w.location)
    }
    var normalisations: [Relation] = []
    for item in items {
      normalisations.append(try relation(try scalarText(item, "wlog"), at: item, variables: sampling.variables))
    }
    if validates,
      let index = Normalisation.unjustified(
        invariant, normalisations, variables: sampling.variables, dimensions: sampling.dimensions,
        limits: .standard, context: CheckContext(seed: 1, key: "wlog/\(id)"))
    {
      throw fail(
        en:
          "the part is not unchanged by the swap or shift behind 'wlog' assumption \(index + 1): an answer under it would lose generality",
        ko: "'wlog'의 \(index + 1)번째 가정에 해당하는 맞바꾸기나 평행 이동으로 문항이 그대로 유지되지 않습니다: 이 가정 아래의 답은 일반성을 잃습니다",
        at: items[index].location)
    }
    return normalisations
  }

  func relation(_ text: String, at node: AnswerNode, variables: [Variable]) throws(CatalogueError) -> Relation {
    do {
      let r = try Parser.relation(text)
      guard validates else { return r }
      let sample = Sampler(variables: variables, seed: 1, key: "load").sample(3)
      var evaluator = Evaluator(variables: sample.values)
      _ = try evaluator.evaluate(r.lhs)
      _ = try evaluator.evaluate(r.rhs)
      return r
    } catch {
      let loc: SourceLocation? = if case .scalar(let s) = node { s.location(ofOffset: error.offset) } else { node.location }
      throw fail(en: "in '\(text)': \(error.message.en)", ko: "'\(text)'에서: \(error.message.ko)", at: loc)
    }
  }

  struct Sampling {
    var variables: [Variable]
    var dimensions: ClosedRange<Int>
    var samples: Int
  }

  func sampling(_ f: [String: AnswerNode], in node: AnswerNode) throws(CatalogueError) -> Sampling {
    let vars = try variables(try required(f, "variables", in: node))
    var dims = 2...6
    if let d = f["dimensions"] {
      let text = try scalarText(d, "dimensions")
      // `2..6`, or one number as shorthand for `2..2`.
      var bounds = text.split(separator: ".", omittingEmptySubsequences: true).compactMap { Int($0) }
      if bounds.count == 1, !text.contains(".") { bounds.append(bounds[0]) }
      guard bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1], bounds[1] <= 16 else {
        throw fail(
          en: "dimensions is a range like 2..6, or one number such as 3 (at most 16)",
          ko: "dimensions 항목은 2..6 같은 범위나 3 같은 수 하나여야 합니다 (최대 16)", at: d.location)
      }
      dims = bounds[0]...bounds[1]
    }
    let samples = try number(f, "samples").map { Int($0) } ?? 64
    guard (1...1000).contains(samples) else {
      throw fail(en: "samples must be from 1 to 1000", ko: "samples 항목은 1부터 1000까지의 수여야 합니다", at: f["samples"]?.location)
    }
    return Sampling(variables: vars, dimensions: dims, samples: samples)
  }

  func variables(_ node: AnswerNode) throws(CatalogueError) -> [Variable] {
    guard case .mapping(let pairs, _) = node, !pairs.isEmpty else {
      throw fail(
        en: "'variables' maps each variable to its domain, e.g. {p: simplex, a: real}",
        ko: "'variables' 항목은 각 변수를 그 정의역에 대응시키는 매핑이어야 합니다 (예: {p: simplex, a: real})", at: node.location)
    }
    var out: [Variable] = []
    for (k, v) in pairs {
      let text = try scalarText(v, "domain")
      guard let d = Domain(rawValue: text) else {
        let names = Domain.allCases.map(\.rawValue)
        let hint = NameSuggestion.hint(for: text, among: names)
        let list = names.joined(separator: ", ")
        // The Korean hint ends in a question mark: the next sentence follows it with a space.
        throw fail(
          en: "unknown domain '\(text)'\(hint.en); domains are \(list)",
          ko: "알 수 없는 정의역 '\(text)'입니다\(hint.ko.isEmpty ? "." : hint.ko) 정의역은 \(list) 중 하나입니다", at: v.location)
      }
      out.append(Variable(name: k.text, domain: d))
    }
    return out
  }

  func forbiddenSet(_ f: [String: AnswerNode]) throws(CatalogueError) -> Set<String> {
    let names = try optionalStringList(f, "forbidden")
    for n in names where !Functions.names.contains(n) {
      throw fail(
        en: "'\(n)' in forbidden is not a function name", ko: "forbidden에 쓴 '\(n)': 함수 이름이 아닙니다", at: f["forbidden"]?.location)
    }
    return Set(names)
  }

  // MARK: - Field helpers

  /// The pairs of a mapping; `en` names what it is (`a part`), `ko` the same with its topic
  /// particle (`각 문항은`).
  /// The names are written only for the error: a Korean topic chooses its particle by reading
  /// the name, too slow to do for every mapping of every file at every start.
  func mapping(
    _ node: AnswerNode, en what: @autoclosure () -> String, ko topic: @autoclosure () -> String
  ) throws(CatalogueError) -> [String: AnswerNode] {
    guard case .mapping(let pairs, _) = node else {
      throw fail(en: "\(what()) must be a mapping", ko: "\(topic()) 매핑이어야 합니다", at: node.location)
    }
    var out: [String: AnswerNode] = [:]
    for (k, v) in pairs { out[k.text] = v }
    return out
  }

  func required(_ f: [String: AnswerNode], _ key: String, in node: AnswerNode) throws(CatalogueError) -> AnswerNode {
    guard let v = f[key] else { throw fail(en: "missing '\(key)'", ko: "'\(key)' 항목이 없습니다", at: node.location) }
    return v
  }

  func scalarText(_ node: AnswerNode, _ key: String) throws(CatalogueError) -> String {
    guard case .scalar(let s) = node else {
      throw fail(en: "'\(key)' must be a single value", ko: "'\(key)' 항목은 값 하나여야 합니다", at: node.location)
    }
    return s.text
  }

  func string(_ f: [String: AnswerNode], _ key: String, in node: AnswerNode) throws(CatalogueError) -> String {
    try scalarText(try required(f, key, in: node), key)
  }

  func optionalString(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> String? {
    guard let v = f[key] else { return nil }
    return try scalarText(v, key)
  }

  func optionalStringList(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> [String] {
    guard let v = f[key] else { return [] }
    guard case .sequence(let items, _) = v else {
      throw fail(en: "'\(key)' must be a list", ko: "'\(key)' 항목은 목록이어야 합니다", at: v.location)
    }
    var out: [String] = []
    for item in items { out.append(try scalarText(item, key)) }
    return out
  }

  /// A text a person reads: a mapping with both `en` and `ko`, each a non-empty string.
  func text(_ f: [String: AnswerNode], _ key: String, in node: AnswerNode) throws(CatalogueError) -> LocalizedText {
    try localized(try required(f, key, in: node), key)
  }

  func optionalText(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> LocalizedText? {
    guard let v = f[key] else { return nil }
    return try localized(v, key)
  }

  func optionalTextList(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> [LocalizedText] {
    guard let v = f[key] else { return [] }
    guard case .sequence(let items, _) = v else {
      throw fail(en: "'\(key)' must be a list", ko: "'\(key)' 항목은 목록이어야 합니다", at: v.location)
    }
    var out: [LocalizedText] = []
    for item in items { out.append(try localized(item, key)) }
    return out
  }

  /// Reads `{en: …, ko: …}`. A bare string is refused with the fix spelled out: every text a
  /// learner reads exists in both languages, checked when the catalogue loads.
  func localized(_ node: AnswerNode, _ key: String) throws(CatalogueError) -> LocalizedText {
    guard case .mapping(let pairs, _) = node else {
      throw fail(
        en: "'\(key)' needs both languages: write it as a mapping with 'en:' (English) and 'ko:' (Korean)",
        ko: "'\(key)' 항목은 두 언어로 모두 써야 합니다: 'en:' (영어)와 'ko:' (한국어)를 담은 매핑으로 쓰세요", at: node.location)
    }
    var texts: (en: String?, ko: String?)
    for (k, v) in pairs {
      guard let language = DisplayLanguage(rawValue: k.text) else {
        throw fail(
          en: "'\(key)' has an unknown language '\(k.text)'; the languages are 'en' and 'ko'",
          ko: "'\(key)' 항목에 알 수 없는 언어가 있습니다: '\(k.text)'. 언어는 'en'과 'ko' 두 가지뿐입니다", at: k.location(ofOffset: 0))
      }
      // Some visible character: stops at the first, where trimming walked every Korean letter.
      guard case .scalar(let s) = v, s.text.contains(where: { !$0.isWhitespace }) else {
        throw fail(
          en: "'\(key).\(k.text)' must be a non-empty text", ko: "'\(key).\(k.text)' 항목은 비어 있지 않은 텍스트여야 합니다", at: v.location)
      }
      switch language {
      case .en: texts.en = s.text
      case .ko: texts.ko = s.text
      }
    }
    for language in DisplayLanguage.allCases where (language == .en ? texts.en : texts.ko) == nil {
      let name = LocalizedText(en: language == .en ? "English" : "Korean", ko: language == .en ? "영어" : "한국어")
      throw fail(
        en: "'\(key)' lacks its \(name.en) text: add '\(language.rawValue):' beside the other language",
        ko: "'\(key)' 항목에 \(name.ko) 텍스트가 없습니다: 다른 언어 옆에 '\(language.rawValue):' 항목을 추가하세요", at: node.location)
    }
    return LocalizedText(en: texts.en!, ko: texts.ko!)
  }

  func number(_ f: [String: AnswerNode], _ key: String) throws(CatalogueError) -> Double? {
    guard let v = f[key] else { return nil }
    return try rational(v).doubleValue
  }

  func rational(_ node: AnswerNode) throws(CatalogueError) -> Rational {
    let text = try scalarText(node, "number")
    guard let q = try? Rational(parsing: text) else {
      throw fail(en: "'\(text)' is not an exact number", ko: "정확한 수로 읽을 수 없는 값입니다: '\(text)'", at: node.location)
    }
    return q
  }

  /// Parses an expression of the exercise file and checks that it evaluates (at a structural
  /// sample when it has variables): mistakes in exercise files surface at load, located.
  func expression(_ text: String, at node: AnswerNode, variables: [Variable]? = []) throws(CatalogueError) -> Expression {
    do {
      let e = try Parser.expression(text)
      if let variables, validates {
        let sample = Sampler(variables: variables, seed: 1, key: "load").sample(3)
        var evaluator = Evaluator(variables: sample.values)
        _ = try evaluator.evaluate(e)
      }
      return e
    } catch {
      let loc: SourceLocation? = if case .scalar(let s) = node { s.location(ofOffset: error.offset) } else { node.location }
      throw fail(en: "in '\(text)': \(error.message.en)", ko: "'\(text)'에서: \(error.message.ko)", at: loc)
    }
  }
}
