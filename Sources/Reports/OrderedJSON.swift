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

  /// The JSON text: two-space indents and one member a line when `pretty`, else one line.
  func render(pretty: Bool, indent: Int = 0) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(to: &out, pretty: pretty, indent: indent)
    return String(decoding: out, as: UTF8.self)
  }

  /// Writes the text as bytes: a class's results are megabytes, and building a string for
  /// every value to join them was most of the time `--format json` took.
  private func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null".utf8
    case .bool(let b): out += (b ? "true" : "false").utf8
    case .integer(let n): out += String(n).utf8
    case .number(let x):
      if x == x.rounded(), abs(x) < 1e15 {
        out += String(Int64(x)).utf8
      } else {
        out += (x.isFinite ? String(x) : "null").utf8
      }
    case .string(let s): OrderedJSON.quote(s, to: &out)
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]".utf8
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        OrderedJSON.separate(first: i == 0, pretty: pretty, indent: indent + 1, to: &out)
        item.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      OrderedJSON.close(UInt8(ascii: "]"), pretty: pretty, indent: indent, to: &out)
    case .object(let pairs):
      guard !pairs.isEmpty else {
        out += "{}".utf8
        return
      }
      out.append(UInt8(ascii: "{"))
      for (i, (key, value)) in pairs.enumerated() {
        OrderedJSON.separate(first: i == 0, pretty: pretty, indent: indent + 1, to: &out)
        OrderedJSON.quote(key, to: &out)
        out += (pretty ? ": " : ":").utf8
        value.write(to: &out, pretty: pretty, indent: indent + 1)
      }
      OrderedJSON.close(UInt8(ascii: "}"), pretty: pretty, indent: indent, to: &out)
    }
  }

  /// Before a member: a comma after the previous one, and the new line and indent when pretty.
  private static func separate(first: Bool, pretty: Bool, indent: Int, to out: inout [UInt8]) {
    if !first { out.append(UInt8(ascii: ",")) }
    guard pretty else { return }
    out.append(UInt8(ascii: "\n"))
    out += repeatElement(UInt8(ascii: " "), count: 2 * indent)
  }

  private static func close(_ bracket: UInt8, pretty: Bool, indent: Int, to out: inout [UInt8]) {
    if pretty {
      out.append(UInt8(ascii: "\n"))
      out += repeatElement(UInt8(ascii: " "), count: 2 * indent)
    }
    out.append(bracket)
  }

  /// `s` as a JSON string literal.
  static func quote(_ s: String) -> String {
    var out: [UInt8] = []
    quote(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `s` as a JSON string literal: control characters, `"`, `\\` and the line and
  /// paragraph separators U+2028/U+2029 escaped; a string with none of them is copied whole.
  static func quote(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    let bytes = s.utf8
    if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
      out += bytes
    } else {
      for u in s.unicodeScalars { escape(u, to: &out) }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func escape(_ u: Unicode.Scalar, to out: inout [UInt8]) {
    switch u {
    case "\"": out += "\\\"".utf8
    case "\\": out += "\\\\".utf8
    case "\n": out += "\\n".utf8
    case "\r": out += "\\r".utf8
    case "\t": out += "\\t".utf8
    default:
      if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
        let hex = String(u.value, radix: 16)
        out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
      } else {
        out += String(u).utf8
      }
    }
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
