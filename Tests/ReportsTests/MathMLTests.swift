import Catalogue
import Foundation
import Language
import Testing

@testable import Reports

/// Formulas typeset as MathML from the parsed expression: well-formed, and the structure the
/// grammar means (fractions, roots, powers, subscripts, matrices).
@Suite("MathML")
struct MathMLTests {
  static func parsed(_ markup: String) throws -> XElement { try XMLTree.parse(markup) }

  @Test("every reference answer and claim of the shipped exercises is well-formed MathML")
  func shippedReferences() throws {
    let catalogue = try Fixture.catalogue()
    var typeset = 0
    for exercise in catalogue.exercises {
      for part in exercise.parts {
        guard let example = part.example?.flattenedText, !type(of: part.check).answersAreVerbatim else { continue }
        let markup = try #require(MathML.formula(example), "\(exercise.id)/\(part.id): '\(example)' is not typeset")
        let root = try Self.parsed(markup)
        #expect(root.name == "math")
        typeset += 1
      }
      for claim in try exercise.claims {
        let root = try Self.parsed(MathML.math(MathML.relation(claim.check.claim)))
        #expect(
          root.all("mo").contains { ["=", "<", ">", "≤", "≥", "≠"].contains($0.allText) }, "\(claim.id) shows its relation")
      }
    }
    #expect(typeset > 40)
  }

  @Test("every known misconception's wrong answer is well-formed markup, shown in the legend with its explanation")
  func shippedMisconceptions() throws {
    let catalogue = try Fixture.catalogue()
    var typeset = 0
    for exercise in catalogue.exercises {
      for part in exercise.parts {
        for m in part.check.misconceptions {
          guard let markup = m.answerMarkup else { continue }
          let root = try XMLTree.parse(markup)
          if !root.all("math").isEmpty { typeset += 1 }
        }
      }
    }
    #expect(typeset > 20)
    let html = HTMLReport.render(try Fixture.summary(), catalogue: catalogue)
    let root = try XMLTree.parse(try htmlAsXML(html))
    let legend = try #require(root.all("section").first { $0.elements("h2").first?.allText == "What each part asks" })
    let softmin = try #require(legend.all("tr").first { $0.elements("td").first?.allText == "realsoftmax/softmin" })
    #expect(softmin.allText.contains("softmin-sign"))
    #expect(!softmin.elements("td")[3].all("math").isEmpty)
  }

  @Test("fractions, roots, powers, sums, subscripts and matrices")
  func structure() throws {
    let m = try Self.parsed(try #require(MathML.formula("(mu1 - mu2)^2/(2*s2^2) + sqrt(x_i) - sum(p*log(p/q))")))
    #expect(m.all("mfrac").count == 2)
    #expect(m.all("msqrt").count == 1)
    #expect(m.all("msub").contains { $0.all("mi").first?.allText == "μ" && $0.all("mn").first?.allText == "1" })
    #expect(m.all("msub").contains { $0.allText == "xi" })
    #expect(m.all("mo").contains { $0.allText == "∑" })
    let matrix = try Self.parsed(try #require(MathML.formula("[[1, 2], [3, 4]]")))
    #expect(matrix.all("mtr").count == 2)
    #expect(matrix.all("mtd").count == 4)
    let kl = try Self.parsed(try #require(MathML.formula("kl(p, q) >= 0")))
    #expect(kl.allText.contains("D(p‖q)≥0"))
    let chain = try Self.parsed(try #require(MathML.formula("a = b  # because\n  <= c")))
    #expect(chain.all("mtr").count == 2)
    #expect(chain.all("mtext").first?.allText.contains("because") == true)
  }

  @Test("parentheses only where the grammar needs them")
  func parentheses() throws {
    func text(_ s: String) throws -> String { try Self.parsed(try #require(MathML.formula(s))).allText }
    #expect(try text("a - (b + c)") == "a−(b+c)")
    #expect(try text("(a - b) + c") == "a−b+c")
    #expect(try text("-(a + b)") == "−(a+b)")
    #expect(try text("(a*b)^2") == "(a·b)2")
    #expect(try text("2^(1/2)") == "212")
  }

  @Test("learner text in a justification or counterexample is escaped")
  func escaping() throws {
    let chain = try #require(MathML.formula("a = b  # <script>&x</script>\n = c"))
    #expect(!chain.contains("<script>"))
    #expect(throws: Never.self) { try Self.parsed(chain) }
    let c = MathML.assignments(["p": "[1/2, 1/2]", "q": "<b>&"])
    #expect(!c.contains("<b>"))
    #expect(try Self.parsed(c).all("mfrac").count == 2)
  }

  @Test("relations written with ≤ ≥ ≠ are typeset too")
  func unicodeRelations() throws {
    for text in ["kl(p, q) ≥ 0", "a ≤ b", "p ≠ q"] {
      #expect(MathML.formula(text) != nil, "\(text) is typeset")
    }
  }

  @Test("a plain decimal is typeset as the parser reads it")
  func decimals() throws {
    for text in ["0.0074033921", "2", " 709.78271 ", "3.", ".5", "1.2.3"] {
      let parsed = (try? Parser.expression(text)).map { MathML.math(MathML.expression($0)) }
      #expect(MathML.formula(text) == parsed, "\(text.debugDescription)")
    }
  }

  @Test("prose is not typeset")
  func prose() {
    #expect(MathML.formula("Two trits carry about 3 bits.") == nil)
  }
}
