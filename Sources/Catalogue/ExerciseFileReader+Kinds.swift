import Sampling
import Checks
import Exact
import AnswerDocument
import Language
import Localization

/// What every part of an exercise file has, handed to the reader of its kind.
struct PartFields {
  var fields: [String: AnswerNode]
  var node: AnswerNode
  var id: String
  var kind: String
  var unit: Unit?
  var misconceptions: [Misconception]
}

/// One reader per kind of part: each reads its own fields, builds its check, and says what
/// answer it expects (used when the file gives no `answer-form`).
extension ExerciseFileReader {
  func valuePart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, unit = p.unit, misconceptions = p.misconceptions
    let check: PartCheck, form: LocalizedText
    let refNode = try required(fields, "reference", in: node)
    let refText = try scalarText(refNode, "reference")
    let reference = try expression(refText, at: refNode)
    let digits = try number(fields, "significant-digits").map { Int($0) } ?? 4
    let alternatives = try (fields["accepted"].map { (n) throws(CatalogueError) -> [Misconception] in try self.misconceptions(n, defaultID: "accepted") }) ?? []
    var value = ValueCheck(reference: reference, referenceText: refText, unit: unit,
                           minimumSignificantDigits: digits, misconceptions: misconceptions, alternatives: alternatives)
    if let bound = fields["entropy-bound"] { value.entropyBound = try expressionText(bound) }
    check = .value(value)
    form = LocalizedText(en: "a number or expression, e.g. 7/4, 0.25 or log2(5)", ko: "수 또는 식 (예: 7/4, 0.25, log2(5))")
    return (check, form)
  }

  func codePart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, misconceptions = p.misconceptions
    let check: PartCheck, form: LocalizedText
    let code = try codeCheck(fields, in: node, misconceptions: misconceptions)
    let alphabet = code.alphabet
    check = .code(code)
    form = (alphabet == .binary
      ? LocalizedText(en: "a list of codewords in symbol order, quoted, like [\"1\", \"01\", \"001\", \"000\"]",
                      ko: "기호 순서대로 따옴표로 감싼 부호어 목록 (예: [\"1\", \"01\", \"001\", \"000\"])")
      : LocalizedText(en: "a list of ternary codewords: [\"--\", \"-0\"] or [[-1, -1], [-1, 0]]",
                      ko: "삼진 부호어 목록: [\"--\", \"-0\"] 또는 [[-1, -1], [-1, 0]]"))
    return (check, form)
  }

  func mapPart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node
    let check: PartCheck, form: LocalizedText
    let keyNode = try required(fields, "keys", in: node)
    let kf = try mapping(keyNode, en: "keys", ko: "keys 항목은")
    let keyName = try string(kf, "variable", in: keyNode)
    guard let from = try number(kf, "from").map({ Int($0) }), let to = try number(kf, "to").map({ Int($0) }), from <= to else {
      throw fail(en: "keys needs integer 'from' and 'to' with from <= to",
                 ko: "keys 항목에는 from <= to 를 만족하는 정수 'from'과 'to'가 있어야 합니다", at: keyNode.location)
    }
    let refNode = try required(fields, "reference", in: node)
    let refText = try scalarText(refNode, "reference")
    let reference = try expression(refText, at: refNode, variables: [Variable(name: keyName, domain: .count)])
    let digits = try number(fields, "significant-digits").map { Int($0) } ?? 4
    var map = MapCheck(key: keyName, keys: from...to, reference: reference, minimumSignificantDigits: digits)
    if let bound = fields["entropy-bound"] { map.entropyBound = try expressionText(bound) }
    map.perEntryCredit = try optionalString(fields, "entry-credit") != "all"
    check = .map(map)
    form = LocalizedText(en: "a mapping from \(keyName) (\(from) to \(to)) to a value, e.g. {1: ..., 4: ...}",
                         ko: "\(keyName) (\(from)부터 \(to)까지) 에서 값으로 가는 매핑 (예: {1: ..., 4: ...})")
    return (check, form)
  }

  func arrayPart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, kind = p.kind, misconceptions = p.misconceptions
    let check: PartCheck, form: LocalizedText
    let refNode = try required(fields, "reference", in: node)
    let refText = try scalarText(refNode, "reference")
    let digits = try number(fields, "significant-digits").map { Int($0) } ?? 4
    var array = ArrayCheck(reference: try expression(refText, at: refNode), referenceText: refText,
                           minimumSignificantDigits: digits, misconceptions: misconceptions)
    array.perEntryCredit = try optionalString(fields, "entry-credit") != "all"
    check = .array(array)
    form = (kind == "vector"
      ? LocalizedText(en: "a list of numbers, e.g. [0.2, 1/3, log(2)]", ko: "수의 목록 (예: [0.2, 1/3, log(2)])")
      : LocalizedText(en: "a list of rows, e.g. [[1/4, -1/4], [-1/4, 1/4]]", ko: "행의 목록 (예: [[1/4, -1/4], [-1/4, 1/4]])"))
    return (check, form)
  }

  func formulaPart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, id = p.id, kind = p.kind, misconceptions = p.misconceptions
    let check: PartCheck, form: LocalizedText
    let sampling = try self.sampling(fields, in: node)
    let refNode = try required(fields, "reference", in: node)
    let refText = try scalarText(refNode, "reference")
    let reference = try expression(refText, at: refNode, variables: sampling.variables)
    var formula = FormulaCheck(variables: sampling.variables, reference: reference, referenceText: refText,
                               samples: sampling.samples, dimensions: sampling.dimensions,
                               misconceptions: misconceptions, forbidden: try forbiddenSet(fields))
    formula.normalisations = try wlog(fields, of: reference, sampling: sampling, part: id)
    formula.aliases = try aliases(fields, variables: sampling.variables)
    formula.normalisedCredit = try number(fields, "wlog-credit") ?? 0.5
    if kind == "formula" {
      check = .formula(formula)
    } else {
      let pointsNode = try required(fields, "extreme-points", in: node)
      guard case .sequence(let items, _) = pointsNode, !items.isEmpty else {
        throw fail(en: "'extreme-points' is a list of mappings from variable to value",
                   ko: "'extreme-points' 항목은 변수에서 값으로 가는 매핑의 목록이어야 합니다", at: pointsNode.location)
      }
      var points: [[String: String]] = []
      for item in items {
        let f = try mapping(item, en: "a point", ko: "extreme-points 의 각 점은")
        var point: [String: String] = [:]
        for (k, v) in f { point[k] = v.flattenedText ?? "" }
        points.append(point)
      }
      let tolerance = try number(fields, "relative-error") ?? 1e-12
      check = .stable(StableCheck(formula: formula, points: points, relativeError: tolerance))
    }
    form = Self.formulaForm(sampling.variables)
    return (check, form)
  }

  func conditionPart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, misconceptions = p.misconceptions
    let check: PartCheck, form: LocalizedText
    let sampling = try self.sampling(fields, in: node)
    let refNode = try required(fields, "reference", in: node)
    check = .condition(ConditionCheck(variables: sampling.variables, reference: try relation(try scalarText(refNode, "reference"), at: refNode, variables: sampling.variables),
                                      samples: sampling.samples, dimensions: sampling.dimensions, misconceptions: misconceptions))
    form = LocalizedText(en: "a condition such as 'p = q'", ko: "'p = q' 와 같은 조건")
    return (check, form)
  }

  func chainPart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, id = p.id
    let check: PartCheck, form: LocalizedText
    check = .chain(try chainCheck(fields, in: node, part: id))
    form = LocalizedText(en: "a chain, one step a line: 'LHS rel RHS', then 'rel RHS' (use `|` for a block)",
                         ko: "한 줄에 한 단계씩 쓰는 체인: 'LHS rel RHS', 이어서 'rel RHS' (블록은 `|` 를 쓰세요)")
    return (check, form)
  }

  func boundPart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, misconceptions = p.misconceptions
    let check: PartCheck, form: LocalizedText
    let sampling = try self.sampling(fields, in: node)
    let qNode = try required(fields, "quantity", in: node)
    let quantity = try expression(try scalarText(qNode, "quantity"), at: qNode, variables: sampling.variables)
    let relText = try optionalString(fields, "relation") ?? "<="
    guard let rel = Relation.Operator(rawValue: relText), rel == .lessOrEqual || rel == .greaterOrEqual || rel == .less || rel == .greater else {
      throw fail(en: "relation must be <=, <, >= or >", ko: "relation 항목은 <=, <, >=, > 중 하나여야 합니다", at: fields["relation"]?.location)
    }
    var limit: (variable: String, value: Rational)?
    if let l = fields["limit"] {
      let lf = try mapping(l, en: "limit", ko: "limit 항목은")
      let variable = try string(lf, "variable", in: l)
      guard sampling.variables.contains(where: { $0.name == variable }) else {
        throw fail(en: "the limit variable '\(variable)' is not a variable of this part",
                   ko: "limit 의 변수 '\(variable)' 은(는) 이 소문항의 변수가 아닙니다", at: l.location)
      }
      limit = (variable, try lf["value"].map { (n) throws(CatalogueError) -> Rational in try rational(n) } ?? .zero)
    }
    var bound = BoundCheck(variables: sampling.variables, quantity: quantity, relation: rel, limit: limit,
                           samples: sampling.samples, dimensions: sampling.dimensions)
    bound.misconceptions = misconceptions
    check = .bound(bound)
    form = Self.formulaForm(sampling.variables)
    return (check, form)
  }

  func choicePart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node, misconceptions = p.misconceptions
    let check: PartCheck, form: LocalizedText
    let options = try optionalStringList(fields, "options")
    guard options.count >= 2 else { throw fail(en: "a choice part lists at least two 'options'", ko: "choice 소문항의 'options' 에는 선택지가 두 개 이상 있어야 합니다", at: node.location) }
    let answer = try string(fields, "answer", in: node)
    guard options.contains(where: { $0.lowercased() == answer.lowercased() }) else {
      throw fail(en: "the answer '\(answer)' is not one of the options",
                 ko: "정답 '\(answer)' 에 해당하는 선택지가 options 에 없습니다", at: fields["answer"]?.location)
    }
    var witnessVariables: [Variable] = []
    var condition: Relation?
    if let w = fields["witness"] {
      let wf = try mapping(w, en: "witness", ko: "witness 항목은")
      witnessVariables = try variables(try required(wf, "variables", in: w))
      let c = try required(wf, "condition", in: w)
      condition = try relation(try scalarText(c, "condition"), at: c, variables: witnessVariables)
    }
    check = .choice(ChoiceCheck(options: options, answer: answer, witnessVariables: witnessVariables, witnessCondition: condition,
                                withoutWitnessCredit: try number(fields, "partial-credit") ?? 0.5, misconceptions: misconceptions))
    if condition == nil {
      form = LocalizedText(en: "one of: \(options.joined(separator: ", "))", ko: "다음 중 하나: \(options.joined(separator: ", "))")
    } else {
      let shape = "{answer: \(options.joined(separator: "/")), witness: {\(witnessVariables.map { "\($0.name): ..." }.joined(separator: ", "))}}"
      form = LocalizedText(en: "\(shape) (answer: one of the options)", ko: "\(shape) (answer: 선택지 중 하나)")
    }
    return (check, form)
  }

  func blockCodePart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let fields = p.fields, node = p.node
    let check: PartCheck, form: LocalizedText
    check = .blockCode(try blockCodeCheck(fields, in: node))
    form = LocalizedText(en: "{symbols: n, bits: b}: n symbols coded together in b bits",
                         ko: "{symbols: n, bits: b}: 기호 n개를 함께 b비트로 부호화")
    return (check, form)
  }

  func textPart(_ p: PartFields) throws(CatalogueError) -> (check: PartCheck, form: LocalizedText) {
    let check: PartCheck, form: LocalizedText
    check = .text
    form = LocalizedText(en: "prose (recorded for the instructor, not graded)", ko: "서술형 (강사에게 전달되며 채점하지 않음)")
    return (check, form)
  }
}
