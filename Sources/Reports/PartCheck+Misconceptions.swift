import Catalogue
import Checks

extension PartCheck {
  /// The misconceptions this part recognises, for the report's legend (none for kinds that
  /// recognise none; a kind added later shows none until it is listed here).
  var knownMisconceptions: [Misconception] {
    switch self {
    case .value(let c): return c.misconceptions
    case .array(let c): return c.misconceptions
    case .code(let c): return c.misconceptions
    case .choice(let c): return c.misconceptions
    case .condition(let c): return c.misconceptions
    case .formula(let c): return c.misconceptions
    case .stable(let c): return c.formula.misconceptions
    case .bound(let c): return c.misconceptions
    default: return []
    }
  }
}

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
