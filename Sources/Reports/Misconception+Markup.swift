import Catalogue
import Checks

extension Misconception {
  /// The wrong answer as markup: typeset when it is a formula or relation, else as written.
  var answerMarkup: String? {
    switch match {
    case .expression(let e, _): return "<span class=\"f\">\(MathML.math(MathML.expression(e)))</span>"
    case .relation(let r, _): return "<span class=\"f\">\(MathML.math(MathML.relation(r)))</span>"
    case .choice(let word): return "<code>\(MathML.escape(word))</code>"
    case .codeLengths(let lengths): return "<code>\(lengths.map(String.init).joined(separator: ", "))</code>"
    case .codeProperty(let property): return "<code>\(MathML.escape(property.rawValue))</code>"
    case .unitConversion: return nil
    }
  }
}
