import Exact
import Language

/// One sampled input: a value for each of the part's variables, with the text that writes it
/// in the answer grammar (so a counterexample can be pasted back into an answer).
package struct Sample: Sendable {
  /// The variables' values, for the evaluator.
  package var values: [String: Value]
  /// The same values written in the answer grammar, e.g. `[1/2, 1/4, 1/4]` or `[log(2), 0]`.
  package var texts: [String: String]
  /// The case index this sample was drawn as (for the replay token).
  package var index: Int

  package init(values: [String: Value], texts: [String: String], index: Int) {
    self.values = values
    self.texts = texts
    self.index = index
  }

  /// Builds a sample from the sampler's own texts: numbers, fractions, `log(w)` and flat lists
  /// of them are read directly, byte by byte (sampling is on the hot path of every check);
  /// anything else goes through the parser.
  package static func generated(_ texts: [String: String], index: Int) throws -> Sample {
    var values: [String: Value] = [:]
    for (name, text) in texts {
      let bytes = Array(text.utf8)
      if bytes.first == UInt8(ascii: "[") {
        guard bytes.last == UInt8(ascii: "]") else { return try written(texts, index: index) }
        var entries: [RealValue] = []
        for item in bytes[1..<(bytes.count - 1)].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
          guard let v = quickValue(item.drop(while: { $0 == UInt8(ascii: " ") })) else { return try written(texts, index: index) }
          entries.append(v)
        }
        values[name] = .vector(entries)
      } else {
        guard let v = quickValue(bytes[...]) else { return try written(texts, index: index) }
        values[name] = .scalar(v)
      }
    }
    return Sample(values: values, texts: texts, index: index)
  }

  private static func quickValue(_ written: ArraySlice<UInt8>) -> RealValue? {
    var item = written
    while item.last == UInt8(ascii: " ") { item = item.dropLast() }
    if item.starts(with: "log(".utf8), item.last == UInt8(ascii: ")") {
      guard let w = quickRational(item.dropFirst(4).dropLast()), let l = try? LogLinear.log(w, base: .e) else { return nil }
      return l.rationalValue.map { .rational($0) } ?? .logLinear(l)
    }
    return quickRational(item).map { .rational($0) }
  }

  /// `n` or `n/d` with machine-size integers `n` (signed) and `d` (not zero); nil otherwise.
  private static func quickRational(_ text: ArraySlice<UInt8>) -> Rational? {
    guard let slash = text.firstIndex(of: UInt8(ascii: "/")) else { return quickInt(text).map { Rational($0) } }
    guard let n = quickInt(text[..<slash]), let d = quickInt(text[(slash + 1)...]), d != 0 else { return nil }
    return Rational(n, d)
  }

  /// A decimal integer with an optional `-`, as `Int(_: String)` reads it; nil on overflow.
  private static func quickInt(_ text: ArraySlice<UInt8>) -> Int? {
    var digits = text[...]
    let negative = digits.first == UInt8(ascii: "-")
    if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
    guard !digits.isEmpty else { return nil }
    var value = 0
    for b in digits {
      guard (48...57).contains(b) else { return nil }
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (next, o2) = negative ? times.subtractingReportingOverflow(Int(b - 48)) : times.addingReportingOverflow(Int(b - 48))
      guard !o1, !o2 else { return nil }
      value = next
    }
    return value
  }

  /// Builds a sample from written values, evaluating each text exactly.
  package static func written(_ texts: [String: String], index: Int) throws -> Sample {
    var values: [String: Value] = [:]
    for (name, text) in texts {
      var evaluator = Evaluator()
      values[name] = try evaluator.evaluate(try Parser.expression(text))
    }
    return Sample(values: values, texts: texts, index: index)
  }

  /// How complicated the sample looks, for shrinking: each rational entry `n/d` costs
  /// `|n| + d − 1` (so 0 < 1 < 1/2 < 2 < 1/3 …), a `log(w)` entry costs `w`'s cost plus 2, and
  /// anything else its length.
  package var complexity: Int {
    texts.values.reduce(0) { total, text in
      let items = text.hasPrefix("[") ? text.dropFirst().dropLast().split(separator: ",").map { $0.trimmed } : [text]
      return total + items.reduce(0) { $0 + Sample.cost($1) }
    }
  }

  static func cost(_ item: String) -> Int {
    if item.hasPrefix("log("), item.hasSuffix(")") { return cost(String(item.dropFirst(4).dropLast())) + 2 }
    guard let q = try? Rational(parsing: item), let n = q.numerator.magnitude.intValue, let d = q.denominator.intValue,
      n < 1 << 40, d < 1 << 40
    else { return item.count * 1000 }
    return n + d - 1
  }
}
