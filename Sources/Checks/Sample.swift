import Exact
import Language

/// One sampled input: a value for each of the part's variables, with the text that writes it
/// in the answer grammar (so a counterexample can be pasted back into an answer).
public struct Sample: Sendable {
  /// The variables' values, for the evaluator.
  public var values: [String: Value]
  /// The same values written in the answer grammar, e.g. `[1/2, 1/4, 1/4]` or `[log(2), 0]`.
  public var texts: [String: String]
  /// The case index this sample was drawn as (for the replay token).
  public var index: Int

  public init(values: [String: Value], texts: [String: String], index: Int) {
    self.values = values
    self.texts = texts
    self.index = index
  }

  /// Builds a sample from written values, evaluating each text exactly.
  public static func written(_ texts: [String: String], index: Int) throws -> Sample {
    var values: [String: Value] = [:]
    for (name, text) in texts {
      var evaluator = Evaluator()
      values[name] = try evaluator.evaluate(try Parser.expression(text))
    }
    return Sample(values: values, texts: texts, index: index)
  }

  /// A rough size for shrinking: total bits of all rational entries plus a weight per entry.
  var complexity: Int {
    texts.values.reduce(0) { $0 + $1.count }
  }
}
