/// A proof written as a chain of relations: `A = B`, then `>= C`, `= D`, each step continuing
/// from the previous right-hand side (`Docs/answer-format.md`, "Chains").
public struct Chain: Sendable {
  /// One link `from rel to`.
  public struct Step: Sendable {
    public var from: Expression
    public var relation: Relation.Operator
    public var to: Expression
    /// The text after `#` on the step's line: the learner's justification.
    public var justification: String?
    /// Which line of the chain (0-based) the step is written on.
    public var line: Int
  }

  /// The first expression of the chain.
  public var start: Expression
  public var steps: [Step]
  /// An opening `wlog b = 0, a >= b` line: the chain is argued under these assumptions.
  public var assumptions: [Relation] = []
  /// The line (0-based) of the assumptions.
  public var assumptionLine: Int?

  /// The end of the chain.
  public var end: Expression { steps.last?.to ?? start }

  /// A chain error: which line, and the expression error within it.
  public struct Failure: Error, Sendable {
    public var line: Int
    public var error: ExpressionError
  }

  /// Parses a chain from its lines. Blank lines and comment-only lines are skipped.
  ///
  /// - Throws: ``Failure`` naming the line, for a syntax error or a line that does not start
  ///   with a relation (after the first).
  public static func parse(lines: [String], limits: LanguageLimits = .standard) throws(Failure) -> Chain {
    var start: Expression?
    var steps: [Step] = []
    var assumption: ([Relation], Int)?
    guard lines.count <= 200 else {
      throw Failure(
        line: 200,
        error: ExpressionError(
          .limit, en: "a chain of more than 200 lines",
          ko: "체인이 200줄보다 깁니다", at: 0))
    }
    for (index, raw) in lines.enumerated() {
      let (body, note) = split(raw)
      if body.trimmed.isEmpty { continue }
      do {
        if start == nil, assumption == nil, let opened = wlogBody(body) {
          var relations: [Relation] = []
          for part in assumptionParts(opened) { relations.append(try Parser.relation(part, limits: limits)) }
          assumption = (relations, index)
          continue
        }
        // A line may hold several links: `A > B = C`, or `= B > C` after the first line.
        let line = try Parser.chainLine(body, continuation: start != nil, limits: limits)
        if let first = line.start { start = first }
        for (op, rhs, _) in line.links {
          guard let previous = steps.last?.to ?? start else { break }
          steps.append(Step(from: previous, relation: op, to: rhs, justification: note, line: index))
        }
      } catch {
        throw Failure(line: index, error: error)
      }
    }
    guard let start else {
      throw Failure(
        line: 0,
        error: ExpressionError(
          .syntax, en: "the chain is empty: write 'LHS rel RHS' on the first line",
          ko: "체인이 비어 있습니다: 첫 줄에 'LHS rel RHS' 꼴로 쓰세요", at: 0))
    }
    return Chain(start: start, steps: steps, assumptions: assumption?.0 ?? [], assumptionLine: assumption?.1)
  }

  /// The assumptions of a `wlog` line, one text each, split at a top-level `,`, `;`, `and`,
  /// `그리고`, `且`; every other character blanked so offsets still point into the line.
  static func assumptionParts(_ body: String) -> [String] {
    let chars = Array(body)
    var cuts: [(Int, Int)] = []  // separator ranges at depth 0
    var depth = 0
    var k = 0
    while k < chars.count {
      let c = chars[k]
      if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth -= 1 }
      if depth == 0 {
        if ",;，；".contains(c) {
          cuts.append((k, k + 1))
        } else {
          for word in [" and ", " 그리고 ", "且"] where String(chars[k..<min(chars.count, k + word.count)]) == word {
            cuts.append((k, k + word.count))
            break
          }
        }
      }
      k = (cuts.last?.0 == k) ? cuts.last!.1 : k + 1
    }
    var parts: [String] = []
    var from = 0
    for (a, b) in cuts + [(chars.count, chars.count)] {
      parts.append(String(repeating: " ", count: from) + String(chars[from..<a]))
      from = b
    }
    return parts.filter { !$0.trimmed.isEmpty }
  }

  /// The words learners open an assumption with: `wlog`, `WLOG`, `w.l.o.g.`, `不妨设`, `일반성을 잃지 않고`.
  public static let wlogWords = ["w.l.o.g.", "wlog", "不妨设", "일반성을 잃지 않고"]

  /// The relation after an opening "without loss of generality", with the words (and a `:` or `,`
  /// after them) blanked so offsets still point into the line; nil when the line does not open so.
  static func wlogBody(_ body: String) -> String? {
    let lead = body.prefix { $0 == " " || $0 == "\t" }.count
    let rest = body.dropFirst(lead)
    for word in wlogWords where rest.lowercased().hasPrefix(word) {
      var blanked = String(repeating: " ", count: lead + word.count)
      var tail = rest.dropFirst(word.count)
      if let c = tail.first, c == ":" || c == "," || c == "，" || c == "：" {
        blanked += " "
        tail = tail.dropFirst()
      }
      return blanked + tail
    }
    return nil
  }

  private static func split(_ line: String) -> (String, String?) {
    guard let hash = line.firstIndex(of: "#") else { return (line, nil) }
    let note = line[line.index(after: hash)...].trimmed
    // Keep the body's characters in place so error offsets still point into the line.
    return (String(line[..<hash]), note.isEmpty ? nil : note)
  }

  /// The relation the whole chain establishes between its start and end, or `nil` when the
  /// steps point in opposite directions (`a <= b >= c` proves nothing about `a` and `c`).
  public var composite: Relation.Operator? {
    var strict = false
    var direction = 0  // -1: <, <= ; +1: >, >=
    for step in steps {
      switch step.relation {
      case .equal: continue
      case .notEqual: return steps.count == 1 ? .notEqual : nil
      case .less, .lessOrEqual:
        if direction > 0 { return nil }
        direction = -1
        strict = strict || step.relation == .less
      case .greater, .greaterOrEqual:
        if direction < 0 { return nil }
        direction = 1
        strict = strict || step.relation == .greater
      }
    }
    switch direction {
    case 0: return .equal
    case -1: return strict ? .less : .lessOrEqual
    default: return strict ? .greater : .greaterOrEqual
    }
  }
}

extension Relation.Operator {
  /// Whether establishing `self` also establishes `claim` (`>` implies `>=`, `=` implies `>=`).
  public func implies(_ claim: Relation.Operator) -> Bool {
    if self == claim { return true }
    switch (self, claim) {
    case (.equal, .lessOrEqual), (.equal, .greaterOrEqual), (.less, .lessOrEqual), (.greater, .greaterOrEqual),
      (.less, .notEqual), (.greater, .notEqual):
      return true
    default:
      return false
    }
  }

  /// The relation with its sides swapped (`a <= b` is `b >= a`).
  public var flipped: Relation.Operator {
    switch self {
    case .less: return .greater
    case .lessOrEqual: return .greaterOrEqual
    case .greater: return .less
    case .greaterOrEqual: return .lessOrEqual
    case .equal, .notEqual: return self
    }
  }
}
