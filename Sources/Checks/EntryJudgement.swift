import Localization
import Exact
import Language

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

  /// At most this many entries are listed by name; the rest are counted.
  static let listed = 8

  static func list(_ items: [LocalizedText]) -> LocalizedText {
    let shown = items.prefix(listed)
    let more = items.count - shown.count
    let en = shown.map(\.en).joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    let ko = shown.map(\.ko).joined(separator: ", ") + (more > 0 ? " 외 \(more)개" : "")
    return LocalizedText(en: en, ko: ko)
  }

  var credit: Double {
    guard !entries.isEmpty else { return 0 }
    if perEntry { return entries.map(\.judgement.score).reduce(0, +) / Double(entries.count) }
    if entries.contains(where: { $0.judgement == .wrong }) { return 0 }
    return entries.allSatisfy(\.judgement.isRight) ? 1 : 0.5
  }

  var messages: [Message] {
    var out: [Message] = []
    let wrong = entries.filter { $0.judgement == .wrong }
    if !wrong.isEmpty {
      let named = EntryReport.list(wrong.map { LocalizedText(en: "\($0.place.en) (you wrote \($0.written))", ko: "\($0.place.ko)(쓴 값: \($0.written))") })
      let n = wrong.count, total = entries.count
      let note = counting.map { LocalizedText(en: " (\($0.en))", ko: " (\($0.ko))") } ?? LocalizedText(en: "", ko: "")
      out.append(Message("array.entries-wrong",
        en: "\(n) of \(total) entr\(total == 1 ? "y is" : "ies are") not right: \(named.en)\(note.en)",
        ko: "\(total)개 중 \(n)개가 틀렸습니다: \(named.ko)\(note.ko)"))
    }
    let slips = entries.filter { $0.judgement == .slip }
    if !slips.isEmpty {
      let named = EntryReport.list(slips.map { LocalizedText(en: "\($0.place.en) (\($0.written))", ko: "\($0.place.ko)(\($0.written))") })
      out.append(Message("array.rounding-slip",
        en: "a rounding slip: the last digit is off by one in \(named.en); round again from more digits",
        ko: "반올림 실수입니다: \(named.ko)의 마지막 자리가 하나 어긋났습니다. 더 많은 자리에서 다시 반올림하세요"))
    }
    let few = entries.compactMap { e -> (LocalizedText, Int)? in if case .fewDigits(let d) = e.judgement { return (e.place, d) } else { return nil } }
    if !few.isEmpty {
      let named = EntryReport.list(few.map { LocalizedText(en: "\($0.0.en) (\($0.1))", ko: "\($0.0.ko)(\($0.1)자리)") })
      out.append(Message("array.too-few-digits",
        en: "correctly rounded but with too few significant digits: \(named.en); give at least \(minimumDigits)",
        ko: "올바르게 반올림되었지만 유효 숫자가 부족합니다: \(named.ko). 적어도 \(minimumDigits)자리를 쓰세요"))
    }
    let undecided = entries.filter { $0.judgement == .undecided }
    if !undecided.isEmpty {
      let named = EntryReport.list(undecided.map(\.place))
      out.append(Message("array.entries-undecided",
        en: "not decided within softcheck's limits: \(named.en); give exact expressions or fewer digits there",
        ko: "softcheck의 한도 안에서 판정하지 못했습니다: \(named.ko). 그 자리에는 정확한 식을 쓰거나 자릿수를 줄이세요"))
    }
    let truncated = entries.filter { $0.judgement == .truncated }
    if !truncated.isEmpty {
      let named = EntryReport.list(truncated.map(\.place))
      out.append(Message("array.truncated", en: "truncated, not rounded: \(named.en)", ko: "반올림이 아니라 버림한 값입니다: \(named.ko)"))
    }
    return out
  }
}

extension Expression {
  /// The expression as the learner wrote it, for echoing back (`0.165438`, not `82719/500000`).
  var writtenText: String {
    switch self {
    case .number(_, let text, _): return text
    case .name(let n, _): return n
    case .negate(let x, _): return "-\(x.writtenText)"
    case .call(let f, let args, _): return "\(f)(\(args.map(\.writtenText).joined(separator: ", ")))"
    case .list(let items, _): return "[\(items.map(\.writtenText).joined(separator: ", "))]"
    case .binary(let op, let a, let b, _):
      func wrap(_ x: Expression) -> String {
        if case .binary = x { return "(\(x.writtenText))" }
        return x.writtenText
      }
      return ["+", "-"].contains(op) ? "\(wrap(a)) \(op) \(wrap(b))" : "\(wrap(a))\(op)\(wrap(b))"
    }
  }
}
