import Catalogue
import Checks
import Marking
import Testing

/// "Without loss of generality" (issue 11): a formula right under the hint's normalisation earns
/// credit and is shown the general form; a part's `wlog` is refused at load unless the claim or
/// reference is unchanged by it.
@Suite("Without loss of generality")
struct WlogTests {
  @Test(
    "the gap as a formula: general forms correct, the normalised form partial, wrong forms wrong",
    arguments: [
      ("log(1 + exp(-lambda*abs(a - b)))/lambda", Verdict.correct),
      ("(1/λ) ln(1 + e^{-λ|a-b|})", .correct),
      ("log(exp(lambda*a) + exp(lambda*b))/lambda - max(a, b)", .correct),
      ("log(1 + exp(-lambda*a))/lambda", .partial),
      ("log(1+exp(-λ a))/λ", .partial),
      ("log(1 + exp(-a))", .incorrect),
      ("log(2)/lambda", .incorrect),
      ("log(1 + exp(-lambda*(a - b)))/lambda", .partial),
    ])
  func gapFormula(_ answer: String, _ verdict: Verdict) throws {
    let r = try Shipped.mark("realsoftmax", "gap-formula", yaml: Shipped.quoted(answer))
    #expect(r.verdict == verdict, "'\(answer)': \(r.verdict) \(r.feedback.en)")
    if verdict == .partial {
      #expect(r.feedback.en.contains("in general it is log(1 + exp(-lambda*abs(a - b)))/lambda"), "\(r.feedback.en)")
      #expect(r.score == 0.5)
    }
  }

  @Test("a malformed gap formula is invalid at its column")
  func malformed() throws {
    let r = try Shipped.mark("realsoftmax", "gap-formula", yaml: Shipped.quoted("log(1 + exp(-lambda*a)/lambda"))
    #expect(r.verdict == .invalid)
  }

  static func exercise(claim: String, wlog: String) -> String {
    """
    id: wlog-test
    title: {en: A test, ko: 시험}
    statement: {en: A test., ko: 시험입니다.}
    parts:
      - id: proof
        kind: chain
        example: |
          a = a
          = a
        prompt: {en: Prove it., ko: 증명하세요.}
        variables: {a: real, b: real}
        claim: \(claim)
        wlog: [\(wlog)]
    """
  }

  @Test("a wlog the claim is not symmetric under is refused at load, at the assumption")
  func unjustifiedRefused() {
    do {
      _ = try Catalogue.parse(Self.exercise(claim: "exp(a) - exp(b) >= a - b", wlog: "\"b = 0\", \"a >= b\""), file: "w.yaml")
      Issue.record("loaded an unjustified shift")
    } catch {
      #expect("\(error)".contains("w.yaml:13:"), "\(error)")
      #expect("\(error)".contains("'wlog' assumption 1"), "\(error)")
    }
    do {
      // Shifts leave exp(a - b) alone, but swapping a and b does not.
      _ = try Catalogue.parse(Self.exercise(claim: "exp(a - b) > a - b", wlog: "\"b = 0\", \"a >= b\""), file: "w.yaml")
      Issue.record("loaded an unjustified swap")
    } catch {
      #expect("\(error)".contains("'wlog' assumption 2"), "\(error)")
    }
  }

  @Test("a wlog the claim is symmetric under loads")
  func justifiedLoads() throws {
    _ = try Catalogue.parse(Self.exercise(claim: "abs(a - b) >= 0", wlog: "\"a >= b\", \"b = 0\""), file: "w.yaml")
  }
}
