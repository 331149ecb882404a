import Checks
import Localization
import Marking

/// A JSON value whose objects keep their key order, for results in the field order of `Docs/cli.md`
/// (this platform's `JSONEncoder` does not keep declaration order).
indirect enum OrderedJSON {
  case null
  case bool(Bool)
  case number(Double)
  case integer(UInt64)
  case string(String)
  case array([OrderedJSON])
  case object([(String, OrderedJSON)])

  func render(pretty: Bool, indent: Int = 0) -> String {
    let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
    let end = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
    let sep = pretty ? ",\n" : ","
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .integer(let n): return String(n)
    case .number(let x):
      if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
      return x.isFinite ? String(x) : "null"
    case .string(let s): return OrderedJSON.quote(s)
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[" + (pretty ? "\n" : "") + items.map { pad + $0.render(pretty: pretty, indent: indent + 1) }.joined(separator: sep)
        + end + "]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      let colon = pretty ? ": " : ":"
      return "{" + (pretty ? "\n" : "")
        + pairs.map { pad + OrderedJSON.quote($0.0) + colon + $0.1.render(pretty: pretty, indent: indent + 1) }.joined(
          separator: sep) + end + "}"
    }
  }

  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  static func optional(_ s: String?) -> OrderedJSON { s.map { .string($0) } ?? .null }
  static func optional(_ n: Int?) -> OrderedJSON { n.map { .number(Double($0)) } ?? .null }
}

extension FileResult {
  /// The result as `Docs/cli.md` shows it, fields in that order (extra fields after the documented ones).
  /// `message`/`feedback` are in `language`; everything else, including each message's stable
  /// `id` and its text in both languages, is the same whatever the language.
  func orderedJSON(_ language: DisplayLanguage) -> OrderedJSON {
    .object([
      ("format", .string(format)), ("file", .string(file)), ("id", .string(id)), ("student", .optional(student)),
      ("seed", .integer(seed)), ("score", .number(score)), ("max", .number(max)),
      (
        "errors",
        .array(
          errors.map { e in
            .object([
              ("line", .optional(e.line)), ("column", .optional(e.column)), ("message", .string(e.message[language])),
              ("id", .string(e.message.id)), ("text", e.message.text.orderedJSON),
            ])
          })
      ),
      ("exercises", .array(exercises.map { $0.orderedJSON(language) })),
      ("lang", .string(language.rawValue)),
    ])
  }
}

extension ExerciseResult {
  func orderedJSON(_ language: DisplayLanguage) -> OrderedJSON {
    .object([
      ("id", .string(id)), ("score", .number(score)), ("max", .number(max)),
      ("parts", .array(parts.map { $0.orderedJSON(language) })),
    ])
  }
}

extension PartResult {
  func orderedJSON(_ language: DisplayLanguage) -> OrderedJSON {
    var fields: [(String, OrderedJSON)] = [
      ("part", .string(part)), ("verdict", .string(verdict.rawValue)), ("score", .number(score)), ("max", .number(max)),
      ("feedback", .string(feedback(in: language))), ("misconception", .optional(misconception)),
      ("counterexample", counterexample.map { c in .object(c.keys.sorted().map { ($0, .string(c[$0] ?? "")) }) } ?? .null),
      ("kind", .string(kind)),
      ("messages", .array(messages.map { m in .object([("id", .string(m.id)), ("text", m.text.orderedJSON)]) })),
    ]
    if let method { fields.append(("method", .string(method))) }
    if let methodID { fields.append(("method_id", .string(methodID))) }
    if let work { fields.append(("work", .number(Double(work)))) }
    if let line { fields.append(("line", .number(Double(line)))) }
    if let column { fields.append(("column", .number(Double(column)))) }
    if let replay { fields.append(("replay", .string(replay))) }
    if let reference { fields.append(("reference", .string(reference))) }
    if let answer { fields.append(("answer", answer.orderedJSON)) }
    if manual { fields.append(("manual", .bool(true))) }
    if let note { fields.append(("note", .string(note))) }
    return .object(fields)
  }
}

extension WrittenAnswer {
  var orderedJSON: OrderedJSON {
    switch self {
    case .text(let t): return .string(t)
    case .list(let items): return .array(items.map(\.orderedJSON))
    case .map(let entries): return .object(entries.map { ($0.key, $0.value.orderedJSON) })
    }
  }
}

extension LocalizedText {
  var orderedJSON: OrderedJSON { .object([("en", .string(en)), ("ko", .string(ko))]) }
}
