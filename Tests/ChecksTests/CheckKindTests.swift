import AnswerDocument
import Checks
import Exact
import Language
import Sampling
import Testing

@Suite("Formula, condition, choice, chain, bound, stable and map checks")
struct CheckKindTests {
  // MARK: formula

  @Test(
    "equivalent forms are correct; the verdict says how it was decided",
    arguments: [
      "-log(e^(-a) + e^(-b))", "min(a, b) - log(1 + exp(-abs(a - b)))", "a + b - log(exp(a) + exp(b))",
      "-log(exp(-b) + exp(-a))",
    ])
  func formulaCorrect(_ answer: String) throws {
    let outcome = try formula(ab, "-log(exp(-a) + exp(-b))").check(scalar(answer), context: context)
    #expect(outcome.verdict == .correct, "\(outcome.feedback.map(\.text.en))")
    // Each of these is an exp–log identity (max/min/abs by cases), so it is proved, not sampled.
    #expect(outcome.method == .identity)
    #expect(outcome.feedback.first?.id == "identity.equal")
  }

  @Test(
    "the reference's own expression is correct with nothing to test, however it is spaced or bracketed",
    arguments: ["-log(exp(-a) + exp(-b))", "-log( exp(-a)+exp(-b) )", "-(log((exp((-a)) + exp(-b))))"])
  func formulaSameAsReference(_ answer: String) throws {
    let outcome = try formula(ab, "-log(exp(-a) + exp(-b))").check(scalar(answer), context: context)
    #expect(outcome.verdict == .correct, "\(outcome.feedback.map(\.text.en))")
    #expect(outcome.method == .identity)
    #expect(outcome.feedback.map(\.id) == ["identity.same-expression"])
  }

  @Test("the reference's own expression, undefined somewhere on the domain, is still sampled")
  func sameExpressionNotTotal() throws {
    // log(a) is not defined for a <= 0: no proof "everywhere", so the points decide.
    let outcome = try formula(ab, "log(a) + b").check(scalar("log(a) + b"), context: context)
    #expect(outcome.feedback.map(\.id) != ["identity.same-expression"])
    #expect(outcome.method != .identity)
  }

  @Test(
    "a formula the identity test cannot prove is still judged on sampled points",
    arguments: [
      "-log(exp(-a) + exp(-b)) + 0*floor(a)", "-log(exp(-a) + exp(-b)) + sqrt(a^2) - abs(a)",
    ])
  func formulaSampled(_ answer: String) throws {
    let outcome = try formula(ab, "-log(exp(-a) + exp(-b))").check(scalar(answer), context: context)
    #expect(outcome.verdict == .correct, "\(outcome.feedback.map(\.text.en))")
    #expect(outcome.feedback.first?.id == "sampled.equal")
    #expect(outcome.method == .exact || outcome.method == .certified, "\(String(describing: outcome.method))")
  }

  @Test("a misconception is recognised by equivalence to its wrong reference")
  func formulaMisconception() throws {
    let m = Misconception(
      id: "softmin-sign", feedback: .init(en: "sign", ko: "부호"), match: .expression(try expr("-log(exp(a) + exp(b))"), text: ""))
    let outcome = try formula(ab, "-log(exp(-a) + exp(-b))", misconceptions: [m])
      .check(scalar("-(log(exp(b) + exp(a)))"), context: context)
    #expect(outcome.verdict == .incorrect)
    #expect(outcome.misconception == "softmin-sign")
  }

  @Test(
    "malformed formulas are invalid with a location",
    arguments: [
      ("-log(exp(-a) + ", 1), ("sofmax(a)", 1), ("c + a", 1),
    ])
  func formulaMalformed(_ answer: String, _ line: Int) throws {
    let outcome = try formula(ab, "-log(exp(-a) + exp(-b))").check(scalar(answer), context: context)
    #expect(outcome.verdict == .invalid)
    #expect(outcome.location?.line == line)
  }

  @Test("forbidden functions are rejected")
  func forbidden() throws {
    let pq = [Variable(name: "p", domain: .simplex), Variable(name: "q", domain: .simplex)]
    let check = FormulaCheck(variables: pq, reference: try expr("sum(p*log(p/q))"), referenceText: "x", forbidden: ["kl"])
    #expect(check.check(scalar("kl(p, q)"), context: context).verdict == .invalid)
  }

  // MARK: condition

  @Test(
    "a condition must hold exactly where the property does",
    arguments: [
      ("a = b", Verdict.correct), ("b == a", .correct), ("a - b = 0", .correct), ("a >= b", .incorrect), ("a != b", .incorrect),
    ])
  func condition(_ answer: String, _ verdict: Verdict) throws {
    let check = ConditionCheck(variables: ab, reference: try relation("a = b"), samples: 32)
    #expect(check.check(scalar(answer), context: context).verdict == verdict)
  }

  @Test("a condition that is not a relation is invalid")
  func conditionMalformed() throws {
    let check = ConditionCheck(variables: ab, reference: try relation("a = b"), samples: 8)
    #expect(check.check(scalar("a"), context: context).verdict == .invalid)
  }

  // MARK: choice

  static let pq = [Variable(name: "p", domain: .simplex), Variable(name: "q", domain: .simplex)]

  func klChoice() throws -> ChoiceCheck {
    ChoiceCheck(
      options: ["yes", "no"], answer: "no", witnessVariables: Self.pq, witnessCondition: try relation("kl(p, q) != kl(q, p)"),
      misconceptions: [Misconception(id: "kl-symmetric", feedback: .init(en: "no", ko: "아니요"), match: .choice("yes"))])
  }

  func mapping(_ pairs: [(String, AnswerNode)]) -> AnswerNode {
    .mapping(
      pairs.map { (key: .init(text: $0.0, lineStarts: [SourceLocation(line: 1, column: 1)]), value: $0.1) },
      at: SourceLocation(line: 1, column: 1))
  }

  @Test("a witness is checked exactly, and must be a distribution")
  func witness() throws {
    let c = try klChoice()
    let good = mapping([
      ("answer", scalar("No")), ("witness", mapping([("p", scalar("[1/2, 1/2]")), ("q", scalar("[9/10, 1/10]"))])),
    ])
    #expect(c.check(good).verdict == .correct)
    let equal = mapping([
      ("answer", scalar("no")), ("witness", mapping([("p", scalar("[1/2, 1/2]")), ("q", scalar("[1/2, 1/2]"))])),
    ])
    #expect(c.check(equal).verdict == .partial)
    let notDistribution = mapping([
      ("answer", scalar("no")), ("witness", mapping([("p", scalar("[1/2, 1/3]")), ("q", scalar("[9/10, 1/10]"))])),
    ])
    #expect(c.check(notDistribution).verdict == .partial)
    #expect(c.check(scalar("no")).verdict == .partial)
    let wrong = c.check(scalar("yes"))
    #expect(wrong.verdict == .incorrect && wrong.misconception == "kl-symmetric")
    // A word outside the options states some other claim: wrong, with the options shown; a
    // near miss or code-like text cannot be read.
    let maybe = c.check(scalar("maybe"))
    #expect(maybe.verdict == .incorrect && maybe.feedback.map(\.text.en).joined().contains("choose one of yes, no"))
    #expect(c.check(scalar("yse")).verdict == .invalid)
    #expect(c.check(scalar("no(")).verdict == .invalid)
    #expect(c.check(scalar("No, D(q‖p) differs")).verdict == .partial)
  }

  @Test("예 and 아니요 answer a yes/no part like yes and no; other choices have no aliases")
  func koreanYesNo() throws {
    let c = try klChoice()
    #expect(c.check(scalar("아니요")).verdict == c.check(scalar("no")).verdict)
    let wrong = c.check(scalar("예"))
    #expect(wrong.verdict == .incorrect && wrong.misconception == "kl-symmetric")
    let witnessed = mapping([
      ("answer", scalar("아니오")), ("witness", mapping([("p", scalar("[1/2, 1/2]")), ("q", scalar("[9/10, 1/10]"))])),
    ])
    #expect(c.check(witnessed).verdict == .correct)
    let other = ChoiceCheck(options: ["argmax", "uniform"], answer: "uniform")
    #expect(other.check(scalar("예")).verdict == .incorrect)
  }

  // MARK: chain

  let claim = "sum(p*log(p/q)) >= 0"
  var open: [Variable] { [Variable(name: "p", domain: .openSimplex), Variable(name: "q", domain: .openSimplex)] }

  func chain() throws -> ChainCheck {
    ChainCheck(variables: open, claim: try relation(claim), samples: 24, forbidden: ["kl"])
  }

  @Test("the Jensen chain is correct; the verdict is evidence, not a proof")
  func chainCorrect() throws {
    let outcome = try chain().check(
      block([
        "sum(p * log(p / q)) = -sum(p * log(q / p))",
        "                   >= -log(sum(p * (q / p)))   # Jensen",
        "                    = -log(sum(q))",
        "                    = 0",
      ]), context: context)
    #expect(outcome.verdict == .correct, "\(outcome.feedback.map(\.text.en))")
    // The equalities are proved and not sampled; Jensen's step is judged on samples, and the
    // verdict says that part is evidence.
    #expect(outcome.feedback.map(\.id).prefix(2) == ["chain.others-hold-on-samples", "chain.equalities-proved"])
    #expect(outcome.feedback[0].text.en.hasPrefix("step 2 holds on 24 sampled inputs"), "\(outcome.feedback[0].text.en)")
    #expect(outcome.feedback[1].text.en.hasPrefix("steps 1, 3, 4 are proved"), "\(outcome.feedback[1].text.en)")
    #expect(outcome.feedback.map(\.text.en).joined().contains("not a proof"))
    #expect(outcome.method != .identity)
  }

  var reals: [Variable] { [Variable(name: "a", domain: .real), Variable(name: "b", domain: .real)] }

  @Test("a chain of proved equalities from one side of the claim to the other is a proof")
  func chainProved() throws {
    let check = ChainCheck(variables: reals, claim: try relation("log(exp(a) + exp(b)) = a + log(1 + exp(b - a))"))
    let outcome = check.check(
      block(["log(exp(a) + exp(b)) = log(exp(a) * (1 + exp(b - a)))", "= a + log(1 + exp(b - a))"]), context: context)
    #expect(outcome.verdict == .correct, "\(outcome.feedback.map(\.text.en))")
    #expect(outcome.feedback.map(\.id) == ["chain.proved"])
    #expect(outcome.method == .identity)
    // Backwards, from the right side to the left, it proves the same equation.
    let back = check.check(
      block(["a + log(1 + exp(b - a)) = log(exp(a) * (1 + exp(b - a)))", "= log(exp(a) + exp(b))"]), context: context)
    #expect(back.method == .identity, "\(back.feedback.map(\.text.en))")
  }

  @Test("proved equalities whose ends are the claim's sides only in value: the ends are matched on samples")
  func chainProvedEndsSampled() throws {
    let check = ChainCheck(variables: reals, claim: try relation("log(exp(a) + exp(b)) = a + log(1 + exp(b - a))"))
    let outcome = check.check(
      block(["log(exp(b) + exp(a)) = log(exp(a) * (1 + exp(b - a)))", "= a + log(1 + exp(b - a))"]), context: context)
    #expect(outcome.verdict == .correct, "\(outcome.feedback.map(\.text.en))")
    #expect(outcome.feedback.map(\.id) == ["chain.equalities-proved", "chain.ends-on-samples"])
    #expect(outcome.method == .certified)
    // A wrong equality is not proved, and sampling finds where it fails.
    let wrong = check.check(
      block(["log(exp(a) + exp(b)) = log(exp(a) * (1 + exp(b + a)))", "= a + log(1 + exp(b - a))"]), context: context)
    #expect(wrong.verdict == .incorrect)
    #expect(wrong.feedback.first?.id == "chain.step-fails")
  }

  @Test("the first failing step is named, with its line")
  func chainWrongStep() throws {
    let outcome = try chain().check(
      block([
        "sum(p * log(p / q)) >= log(sum(p * (p / q)))",
        "                    >= 0",
      ]), context: context)
    #expect(outcome.verdict == .incorrect)
    #expect(outcome.feedback.map(\.id) == ["chain.step-fails", "chain.step-values"])
    #expect(outcome.feedback.first?.text.en.contains("step 1") == true)
    #expect(outcome.method == .sampledPoint)
    #expect(outcome.location?.line == 2)
    #expect(outcome.counterexample?["p"] != nil)
  }

  @Test("steps in opposite directions, restating the claim, or forbidden functions are not proofs")
  func chainStructure() throws {
    let c = try chain()
    #expect(c.check(block(["sum(p*log(p/q)) >= 0", "<= 1"]), context: context).verdict == .incorrect)
    #expect(c.check(block(["sum(p*log(p/q)) >= 0"]), context: context).verdict == .incorrect)
    #expect(c.check(block(["sum(p*log(p/q)) = kl(p, q)", ">= 0"]), context: context).verdict == .incorrect)
  }

  @Test("a chain that proves a weaker relation than claimed is partial")
  func chainWeaker() throws {
    let c = ChainCheck(variables: ab, claim: try relation("log(exp(a) + exp(b)) > max(a, b)"), samples: 16)
    let outcome = c.check(
      block([
        "log(exp(a) + exp(b)) = max(a, b) + log(1 + exp(-abs(a - b)))",
        ">= max(a, b)",
      ]), context: context)
    #expect(outcome.verdict == .partial, "\(outcome.feedback.map(\.text.en))")
  }

  @Test("a malformed chain line is invalid at that line")
  func chainMalformed() throws {
    let outcome = try chain().check(block(["sum(p*log(p/q)) = -sum(p*log(q/p))", "-log(sum(q))"]), context: context)
    #expect(outcome.verdict == .invalid)
    #expect(outcome.location?.line == 3)
  }

  // MARK: bound

  func gapBound() throws -> BoundCheck {
    let vars = ab + [Variable(name: "lambda", domain: .positive)]
    return BoundCheck(
      variables: vars, quantity: try expr("log(exp(lambda*a) + exp(lambda*b))/lambda - max(a, b)"),
      limit: ("lambda", .zero), samples: 24)
  }

  @Test(
    "a bound that holds and tends to 0 is correct; one that does not tend to 0 is partial; a non-bound is wrong",
    arguments: [("log(2)/lambda", Verdict.correct), ("1 + log(2)/lambda", .partial), ("1/(2*lambda)", .incorrect)])
  func bound(_ answer: String, _ verdict: Verdict) throws {
    #expect(try gapBound().check(scalar(answer), context: context).verdict == verdict)
  }

  // MARK: stable

  @Test("stable: equivalent and finite in binary64, or flagged with the overflowing point")
  func stable() throws {
    let x = [Variable(name: "x", domain: .realVector)]
    let f = FormulaCheck(variables: x, reference: try expr("log(sum(exp(x)))"), referenceText: "lse", samples: 16)
    let check = StableCheck(formula: f, points: [["x": "[1000, 1000]"], ["x": "[-1000, -1000]"]])
    #expect(check.check(scalar("max(x) + log(sum(exp(x - max(x))))"), context: context).verdict == .correct)
    let naive = check.check(scalar("log(sum(exp(x)))"), context: context)
    #expect(naive.verdict == .incorrect)
    #expect(naive.counterexample?["x"] == "[1000, 1000]")
  }

  // MARK: map

  @Test("map entries are judged against the reference at each key")
  func map() throws {
    let check = MapCheck(key: "n", keys: 1...64, reference: try expr("(floor(n*log2(3)) + 2*(3^n - 2^floor(n*log2(3)))/3^n)/n"))
    func answer(_ pairs: [(String, String)]) -> AnswerNode {
      .mapping(
        pairs.map { (key: .init(text: $0.0, lineStarts: [SourceLocation(line: 1, column: 1)]), value: scalar($0.1)) },
        at: SourceLocation(line: 1, column: 1))
    }
    #expect(check.check(answer([("1", "5/3"), ("2", "29/18"), ("5", "1931/1215")])).verdict == .correct)
    // Each key is judged: one right of two earns half, and the wrong key is named as written.
    let half = check.check(answer([("1", "5/3"), ("2", "2")]))
    #expect(half.verdict == .partial && half.credit == 0.5)
    #expect(half.feedback.map(\.text.en).joined().contains("n = 2 (you wrote 2)"))
    var strict = check
    strict.perEntryCredit = false
    #expect(strict.check(answer([("1", "5/3"), ("2", "2")])).verdict == .incorrect)
    let none = check.check(answer([("1", "2"), ("2", "1.7")]))
    #expect(none.verdict == .incorrect && none.credit == 0)
    #expect(none.feedback.map(\.text.en).joined().contains("n = 1 (you wrote 2), n = 2 (you wrote 1.7)"))
    #expect(check.check(answer([("0", "1")])).verdict == .invalid)
    #expect(check.check(scalar("5/3")).verdict == .invalid)
  }
}
