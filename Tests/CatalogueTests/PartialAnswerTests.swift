import Catalogue
import Checks
import Marking
import Testing

/// Partial answers real learners give (issue 11): partial credit and a named misconception in
/// every part where the mistake can occur, also when the answer has another shape; per-entry
/// credit naming every wrong entry as written; rounding slips.
@Suite("Partial answers")
struct PartialAnswerTests {
  /// Each row: the part, the learner's answer, the misconception, and whether it earns partial
  /// credit (right as far as it goes) or none (a different quantity, often of another shape).
  static let recognised: [(String, String, String, String, Bool)] = [
    ("lse-convex", "hessian", "diag(softmax(o)*(1 - softmax(o)))", "hessian-diag-only", true),
    ("lse-convex", "hessian", "np.diag(softmax(o)(1 - softmax(o)))", "hessian-diag-only", true),
    ("lse-convex", "hessian", "softmax(o)*(1 - softmax(o))", "hessian-diag-only", true),
    ("ce-hessian", "hessian", "diag(softmax(o) - softmax(o)^2)", "hessian-diag-only", true),
    ("ce-hessian", "hessian", "softmax(o)*(1-softmax(o))", "hessian-diag-only", true),
    ("ce-hessian", "variance", "softmax(o)*(1 - softmax(o))", "per-class-variances", true),
    ("ce-hessian", "variance", "diag(exp(o)/sum(exp(o)) * (1 - exp(o)/sum(exp(o))))", "hessian-diag-only", true),
    ("ce-hessian", "variance", "sum((softmax(o) - 1/len(o))^2)", "variance-of-entries", false),
    ("ce-hessian", "variance", "sum(softmax(o)^2) - 1/len(o)", "variance-of-entries", false),
    ("ce-hessian", "variance", "np.mean((softmax(o) - np.mean(softmax(o)))**2)", "variance-of-entries", false),
    ("ce-hessian", "variance", "sum(softmax(o)*o^2) - sum(softmax(o)*o)^2", "logit-variance", false),
    ("lse-convex", "quadratic-form", "sum(softmax(o)*o²) - sum(softmax(o)*o)²", "logit-variance", false),
    ("lse-convex", "hessian", "diag(softmax(o))", "hessian-diag-only", false),
  ]

  @Test("a partial or wrong answer, of any shape, names its misconception", arguments: recognised)
  func named(_ exercise: String, _ part: String, _ answer: String, _ id: String, _ partial: Bool) throws {
    let r = try Shipped.mark(exercise, part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == (partial ? .partial : .incorrect), "\(exercise)/\(part) '\(answer)': \(r.verdict) \(r.feedback.en)")
    #expect(r.misconception == id, "\(answer): \(r.misconception ?? "nil") \(r.feedback.en)")
    #expect(partial ? (r.score > 0 && r.score < r.max) : r.score == 0)
  }

  @Test("the logit variance is named as the Hessian's quadratic form at v = o")
  func logitVarianceSaysWhy() throws {
    let r = try Shipped.mark("ce-hessian", "variance", yaml: Shipped.quoted("sum(softmax(o)*o^2) - sum(softmax(o)*o)^2"))
    #expect(r.feedback.en.contains("quadratic form at v = o"))
    #expect(r.messages.contains { $0.id == "formula.wrong-shape" })
  }

  @Test("a vector earns credit per entry and every wrong entry is named as written")
  func perEntry() throws {
    let one = try Shipped.mark("seed-numerics", "softmax", yaml: "[0.2092, 0.7676, 0.02318]")
    #expect(one.verdict == .correct, "\(one.feedback.en)")
    let twoWrong = try Shipped.mark("seed-numerics", "softmax", yaml: "[0.3, 0.7676, 0.05]")
    #expect(twoWrong.verdict == .partial)
    #expect(abs(twoWrong.score - 1.0 / 3) < 1e-9, "\(twoWrong.score)")
    #expect(
      twoWrong.feedback.en.contains("2 of 3 entries are not right: entry 1 (you wrote 0.3), entry 3 (you wrote 0.05)"),
      "\(twoWrong.feedback.en)")
    #expect(twoWrong.feedback.ko.contains("3개 중 2개가 틀렸습니다"))
    #expect(twoWrong.feedback.en.contains("entries count from 1"))
    let allWrong = try Shipped.mark("seed-numerics", "softmax", yaml: "[1, 2, 3]")
    #expect(allWrong.verdict == .incorrect && allWrong.score == 0)
    let digits = try Shipped.mark("seed-numerics", "softmax", yaml: "[0.209, 0.7676, 0.0233]")
    #expect(digits.verdict == .partial)
    #expect(digits.feedback.en.contains("entry 1 (3)"), "\(digits.feedback.en)")
    #expect(
      digits.feedback.en.contains("rounding slip") && digits.feedback.en.contains("entry 3 (0.0233)"), "\(digits.feedback.en)")
  }

  @Test("a matrix names every wrong entry; the diagonal-only Hessian keeps its misconception's credit")
  func matrixEntries() throws {
    let diagOnly = "[[0.1654357, 0, 0], [0, 0.1783799, 0], [0, 0, 0.02264278]]"
    let r = try Shipped.mark("ce-hessian", "hessian-at", yaml: diagOnly)
    #expect(r.verdict == .partial, "\(r.feedback.en)")
    #expect(r.misconception == "hessian-diag-only")
    #expect(r.feedback.en.contains("6 of 9 entries are not right"), "\(r.feedback.en)")
    #expect(r.feedback.en.contains("entry (1, 2) (you wrote 0)") && r.feedback.en.contains("entry (3, 2) (you wrote 0)"))
  }

  @Test("malformed partial answers are invalid with a location")
  func malformed() throws {
    let r = try Shipped.mark("lse-convex", "hessian", yaml: Shipped.quoted("diag(softmax(o)*(1 - softmax(o))"))
    #expect(r.verdict == .invalid)
    #expect(r.line == 3)
    let list = try Shipped.mark("seed-numerics", "softmax", yaml: "[0.2092, 0.7676]")
    #expect(list.verdict == .invalid)
  }
}

/// Names a prompt defines (`p` for `softmax(o)`) read as what they stand for (issue 11).
@Suite("Prompt aliases")
struct AliasTests {
  @Test(
    "p stands for softmax(o) where the prompt says so",
    arguments: [
      ("lse-convex", "hessian", "diag(p) - outer(p, p)", Verdict.correct),
      ("lse-convex", "quadratic-form", "sum(p*v^2) - sum(p*v)^2", .correct),
      ("lse-convex", "quadratic-form", "Σ(p v²) - (Σ(p v))²", .correct),
      ("ce-hessian", "gradient", "p - y", .correct),
      ("ce-hessian", "diagonal", "p(1-p)", .correct),
      ("ce-hessian", "variance", "p*(1 - p)", .partial),
      ("ce-hessian", "hessian", "diag(p)", .incorrect),
      ("lse-convex", "gradient", "p", .invalid),
    ])
  func alias(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    let r = try Shipped.mark(exercise, part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == verdict, "\(exercise)/\(part) '\(answer)': \(r.verdict) \(r.feedback.en)")
  }

  @Test("a chain may use p too, and still must argue")
  func chainAlias() throws {
    let proof = try ChainArgumentTests.mark("lse-convex", "proof", ["sum(p*v^2) - sum(p*v)^2 = sum(p*(v - sum(p*v))^2)", ">= 0"])
    #expect(proof.verdict == .correct, "\(proof.feedback.en)")
    let restated = try ChainArgumentTests.mark(
      "lse-convex", "proof", ["sum(p*v^2) - sum(p*v)^2 = sum(softmax(o)*v^2) - sum(p*v)^2", ">= 0"])
    #expect(restated.verdict == .partial, "\(restated.feedback.en)")
  }
}
