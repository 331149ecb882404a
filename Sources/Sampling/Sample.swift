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
  /// of them are read directly (sampling is on the hot path of every check); anything else goes
  /// through the parser.
  package static func generated(_ texts: [String: String], index: Int) throws -> Sample {
    var values: [String: Value] = [:]
    for (name, text) in texts {
      if text.hasPrefix("[") {
        let items = text.dropFirst().dropLast().split(separator: ",").map { $0.trimmed }
        var entries: [RealValue] = []
        for item in items {
          guard let v = quickValue(item) else { return try written(texts, index: index) }
          entries.append(v)
        }
        values[name] = .vector(entries)
      } else {
        guard let v = quickValue(text) else { return try written(texts, index: index) }
        values[name] = .scalar(v)
      }
    }
    return Sample(values: values, texts: texts, index: index)
  }

  private static func quickValue(_ item: String) -> RealValue? {
    if item.hasPrefix("log("), item.hasSuffix(")") {
      guard let w = quickRational(String(item.dropFirst(4).dropLast())),
        let l = try? LogLinear.log(w, base: .e)
      else { return nil }
      return l.rationalValue.map { .rational($0) } ?? .logLinear(l)
    }
    return quickRational(item).map { .rational($0) }
  }

  private static func quickRational(_ text: String) -> Rational? {
    let parts = text.split(separator: "/", maxSplits: 1)
    guard let n = Int(parts[0]) else { return nil }
    guard parts.count == 2 else { return Rational(n) }
    guard let d = Int(parts[1]), d != 0 else { return nil }
    return Rational(n, d)
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
