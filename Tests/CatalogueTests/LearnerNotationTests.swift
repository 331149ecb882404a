import Catalogue
import Checks
import Marking
import Testing

/// Notation learners write (issue 11): implicit multiplication, functions on one atom, `ln`,
/// `√ ² ½ Σ`, a LaTeX subset, numpy forms, `eye`/`ones`, indexing. Each is marked through the
/// shipped parts end to end; ambiguous forms are invalid with the fix named, at the right column.
@Suite("Learners' notation")
struct LearnerNotationTests {
  static let correct: [(String, String, String)] = [
    ("realsoftmax", "gap-sup", "log 2"),
    ("realsoftmax", "gap-sup", "ln 2"),
    ("realsoftmax", "gap-sup", "\\ln 2"),
    ("realsoftmax", "gap-sup", "\\log(2)"),
    ("realsoftmax", "softmin", "-ln(e^{-a} + e^{-b})"),
    ("realsoftmax", "softmin-lambda", "-(1/lambda) log(exp(-lambda a) + exp(-lambda b))"),
    ("realsoftmax", "softmin-lambda", "-\\frac{1}{\\lambda}\\log(e^{-\\lambda a} + e^{-\\lambda b})"),
    ("realsoftmax", "softmin-lambda", "-1/λ · ln(exp(-λ*a) + exp(-λ*b))"),
    ("realsoftmax", "n-ary-bound", "np.log(len(x))/lambda"),
    ("realsoftmax", "n-ary-bound", "log(sum(np.ones(len(x))))/lambda"),
    ("lse-convex", "quadratic-form", "sum(softmax(o)*v²) - sum(softmax(o)*v)²"),
    ("lse-convex", "quadratic-form", "Σ(softmax(o)*v^2) - Σ(softmax(o)*v)^2"),
    ("lse-convex", "quadratic-form", "np.sum(softmax(o) * v**2) - np.sum(softmax(o) * v)**2"),
    ("lse-convex", "quadratic-form", "(softmax(o)*v**2).sum() - (softmax(o)*v).sum()**2"),
    ("lse-convex", "quadratic-form", "v.T @ (np.diag(softmax(o)) - np.outer(softmax(o), softmax(o))) @ v"),
    ("lse-convex", "hessian", "diag(softmax(o)) - outer(softmax(o), softmax(o).T)"),
    ("lse-convex", "hessian", "eye(len(o)) @ diag(softmax(o)) - outer(softmax(o), softmax(o))"),
    ("ce-hessian", "diagonal", "softmax(o)(1 - softmax(o))"),
    ("ce-hessian", "diagonal", "softmax(o) \\cdot (1 - softmax(o))"),
    ("kl-gaussians", "formula", "ln(s2/s1) + (s1² + (mu1 - mu2)²)/(2 s2²) - ½"),
    ("kl-gaussians", "formula", "\\log\\frac{s2}{s1} + \\frac{s1^2 + (mu1 - mu2)^2}{2 s2^2} - \\frac{1}{2}"),
    ("dyadic-code", "entropy-nats", "3/2 log(2)"),
    ("dyadic-code", "entropy-nats", "1.5 ln 2"),
    ("dyadic-code", "entropy-bits", "½ + ½ + ½"),
    ("realsoftmax", "gap-sup", "\\log 2"),
    ("lse-convex", "hessian", "diag(p) - p pᵀ"),
    ("uniform3-code", "entropy-bits", "log_2(3)"),
    ("lse-convex", "quadratic-form", "Σ p v² - (Σ p v)²"),
    ("lse-convex", "quadratic-form", "Σ_i p_i v_i^2 - (Σ_j p_j v_j)^2"),
    ("lse-convex", "quadratic-form", "\\sum_{i=1}^{n} p_i v_i^2 - \\left(\\sum_{j} p_j v_j\\right)^2"),
    ("realsoftmax", "n-ary", "log Σ_i exp(x_i)"),
    ("info-cards", "deck", "log2(52!)"),
    ("uniform3-code", "entropy-bits", "H = log2(3)"),
    ("uniform3-code", "single-length", "E[L] = 5/3"),
    ("realsoftmax", "softmin", "softmin(a, b) = -log(exp(-a) + exp(-b))"),
    ("dyadic-code", "entropy-nats", "H(p) = 1.5 ln 2"),
    ("realsoftmax", "limit-bound", "ln 2 / λ"),
    ("realsoftmax", "n-ary-bound", "log n / λ"),
    ("uniform3-code", "entropy-bits", "log2(3) ≈ 1.585"),
    ("uniform3-code", "entropy-bits", "log_{2} 3"),
    ("uniform3-code", "entropy-bits", "\\log_2 3"),
    ("lse-convex", "hessian", "diag(p) - p p^T"),
    ("lse-convex", "hessian", "\\mathrm{diag}(p) - p p^{\\top}"),
    ("ce-hessian", "variance", "diag(softmax(o)) - softmax(o) softmax(o)^T"),
    ("lse-convex", "quadratic-form", "vᵀ (diag(p) - p pᵀ) v"),
    ("lse-convex", "quadratic-form", "v^T diag(p) v - (pᵀ v)^2"),
    ("realsoftmax", "n-ary", "\\log\\sum_{i=1}^{n}(e^{x})"),
    ("realsoftmax", "n-ary", "log(Σ(exp(x)))"),
    ("kl-gaussians", "formula", "log(s2/s1) + (s1^2 + |mu1 - mu2|^2)/(2*s2^2) - 1/2"),
  ]

  static let wrong: [(String, String, String)] = [
    ("realsoftmax", "gap-sup", "log 3"),
    ("realsoftmax", "softmin", "-ln(e^{a} + e^{b})"),
    ("lse-convex", "quadratic-form", "sum(softmax(o)*v²)"),
    ("ce-hessian", "diagonal", "softmax(o)(1 + softmax(o))"),
  ]

  /// Right answers in learners' notation are correct; wrong ones are still incorrect.
  @Test(
    "learners' notation is read, not judged",
    arguments: correct.map { ($0, $1, $2, Verdict.correct) } + wrong.map { ($0, $1, $2, Verdict.incorrect) })
  func read(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    let r = try Shipped.mark(exercise, part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == verdict, "\(exercise)/\(part) '\(answer)': \(r.verdict) \(r.feedback.en)")
  }

  static let ambiguous: [(String, String, String, Int, String)] = [
    ("realsoftmax", "gap-sup", "log 2x", 5, "log(2)"),
    ("realsoftmax", "gap-sup", "ln 2^2", 4, "ln(2)"),
    ("lse-convex", "quadratic-form", "sum softmax(o)*v^2", 14, "sum(softmax(...))"),
    ("lse-convex", "gradient", "\\mathbb{E}[o]", 0, "\\frac{1}{2}"),
    ("ce-hessian", "diagonal", "softmax(o)[3", 12, "']'"),
    ("seed-numerics", "softmax", "[0.2092 0.7676 0.02318]", 8, "','"),
    ("lse-convex", "quadratic-form", "v(v - 1, 2)", 0, "v*(...)"),
    ("realsoftmax", "gap-sup", "gap = log(2", 11, "')'"),
  ]

  @Test("an ambiguous or unread form is invalid, located, and names the fix", arguments: ambiguous)
  func ambiguousNamed(_ exercise: String, _ part: String, _ answer: String, _ column: Int, _ fix: String) throws {
    let r = try Shipped.mark(exercise, part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == .invalid, "\(answer): \(r.verdict)")
    #expect(r.feedback.en.contains(fix), "\(answer): \(r.feedback.en)")
    #expect(!r.feedback.en.lowercased().hasPrefix("unexpected"), "\(r.feedback.en)")
    if column > 0 { #expect(r.column == Shipped.valueColumn(part) + 1 + column, "\(answer): column \(r.column ?? -1)") }
  }

  @Test("a labelled answer says which side was judged")
  func labelled() throws {
    let formula = try Shipped.mark("realsoftmax", "softmin", yaml: Shipped.quoted("softmin(a, b) = -log(exp(-a) + exp(-b))"))
    #expect(formula.messages.contains { $0.id == "answer.label-read" })
    let value = try Shipped.mark("uniform3-code", "entropy-bits", yaml: Shipped.quoted("H = log2(3)"))
    #expect(value.feedback.en.contains("Read as the value of H"), "\(value.feedback.en)")
  }

  @Test("an index out of range says indices count from 0")
  func indexBase() throws {
    let r = try Shipped.mark("lse-convex", "gradient", yaml: Shipped.quoted("softmax(o) + 0*o[len(o)]"))
    #expect(r.feedback.en.contains("indices count from 0"), "\(r.feedback.en)")
  }
}
