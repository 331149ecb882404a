import Exact
import Language
import Localization

/// How one entry of a vector, matrix or map compares with its target, and what it is worth:
/// right (1), a rounding issue (½: too few digits, truncated, or a last digit off by one), wrong (0).
enum EntryJudgement: Equatable {
  case right(rounded: Bool)
  case fewDigits(Int)
  case truncated
  case slip
  case wrong
  /// Not decided within the limits: earns nothing, and is said so rather than called wrong.
  case undecided

  init(_ match: ValueMatch, minimumDigits: Int) {
    switch match {
    case .exact, .certifiedAgreement: self = .right(rounded: false)
    case .rounded(let d) where d >= minimumDigits: self = .right(rounded: true)
    case .rounded(let d): self = .fewDigits(d)
    case .truncated: self = .truncated
    case .lastDigitSlip: self = .slip
    case .different: self = .wrong
    case .undecided: self = .undecided
    }
  }

  var score: Double {
    switch self {
    case .right: return 1
    case .fewDigits, .truncated, .slip: return 0.5
    case .wrong, .undecided: return 0
    }
  }

  var isRight: Bool { if case .right = self { return true } else { return false } }
}

/// The feedback for a list of judged entries: every wrong entry named with what the learner
/// wrote, then the entries with rounding issues, each group in one sentence.
struct EntryReport {
  /// Each entry: where it is (`entry 2`, `(1, 3) 성분`, `n = 4`), what was written, its judgement.
  var entries: [(place: LocalizedText, written: String, judgement: EntryJudgement)]
  var minimumDigits: Int
  /// Credit per entry (the default), or nothing unless every entry is right or only rounded.
  var perEntry: Bool
  /// How places are counted, said once after the first list (`entries count from 1`).
  var counting: LocalizedText?
  /// The entries an expression computed (`diag(v) - 1`, a row written as `softmax(o)`) rather
  /// than written one by one: a wrong one shows the value the expression gives there.
  var computed: Set<Int> = []

  /// At most this many entries are listed by name; the rest are counted.
  static let listed = 8

  var credit: Double {
    guard !entries.isEmpty else { return 0 }
    if perEntry { return entries.map(\.judgement.score).reduce(0, +) / Double(entries.count) }
    if entries.contains(where: { $0.judgement == .wrong }) { return 0 }
    return entries.allSatisfy(\.judgement.isRight) ? 1 : 0.5
  }

  var messages: [Message] {
    var out: [Reason] = []
    let wrongAt = entries.indices.filter { entries[$0].judgement == .wrong }
    if !wrongAt.isEmpty {
      let named = Self.list(
        wrongAt.map { k in
          computed.contains(k)
            ? Self.gives(entries[k].place, entries[k].written) : Self.wrote(entries[k].place, entries[k].written)
        })
      out.append(.wrong(count: wrongAt.count, total: entries.count, named: named, counting: counting))
    }
    let slips = entries.filter { $0.judgement == .slip }
    if !slips.isEmpty { out.append(.roundingSlip(named: Self.list(slips.map { Self.noted($0.place, $0.written) }))) }
    let few = entries.compactMap { e -> LocalizedText? in
      if case .fewDigits(let d) = e.judgement { return Self.noted(e.place, "\(d)", digits: true) } else { return nil }
    }
    if !few.isEmpty { out.append(.tooFewDigits(named: Self.list(few), minimum: minimumDigits)) }
    let undecided = entries.filter { $0.judgement == .undecided }
    if !undecided.isEmpty { out.append(.undecided(named: Self.list(undecided.map(\.place)))) }
    let truncated = entries.filter { $0.judgement == .truncated }
    if !truncated.isEmpty { out.append(.truncated(named: Self.list(truncated.map(\.place)))) }
    return out.map(\.message)
  }
}

extension Expression {
  /// How tightly a binary operator binds, as the parser reads it.
  static func precedence(_ op: String) -> Int { op == "+" || op == "-" ? 1 : op == "^" ? 3 : 2 }

  /// The expression as the learner wrote it, for echoing back (`0.165438`, not `82719/500000`).
  var writtenText: String {
    switch self {
    case .number(_, let text, _): return text
    case .name(let n, _): return n
    case .negate(let x, _):
      // `-(1 + 2)`, not `-1 + 2`: a sum or another sign under the minus keeps its parentheses.
      switch x {
      case .binary, .negate: return "-(\(x.writtenText))"
      default: return "-\(x.writtenText)"
      }
    case .call(let f, let args, _): return "\(f)(\(args.map(\.writtenText).joined(separator: ", ")))"
    case .list(let items, _): return "[\(items.map(\.writtenText).joined(separator: ", "))]"
    case .binary(let op, let a, let b, _):
      // Parentheses only where the grammar needs them to read the same tree back: a looser
      // operator below, or the same one on the right (`a - (b - c)`, `a^(b^c)`), or on the left
      // of `^` (`(a^b)^c`); `(-a)^2`, not `-a^2` (which is -(a^2)).
      func wrap(_ x: Expression, right: Bool) -> String {
        switch x {
        case .binary(let inner, _, _, _):
          let (mine, theirs) = (Self.precedence(op), Self.precedence(inner))
          return theirs > mine || (theirs == mine && !right && op != "^") ? x.writtenText : "(\(x.writtenText))"
        case .negate where op == "^": return "(\(x.writtenText))"
        default: return x.writtenText
        }
      }
      return ["+", "-"].contains(op)
        ? "\(wrap(a, right: false)) \(op) \(wrap(b, right: true))" : "\(wrap(a, right: false))\(op)\(wrap(b, right: true))"
    }
  }
}
