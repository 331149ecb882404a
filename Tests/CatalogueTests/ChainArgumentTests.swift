import Catalogue
import Checks
import Marking
import Testing

/// A chain must argue, not restate (issue 11): restatements of the claim, hidden by reordering,
/// `+ 0`, `* 1`, parentheses, a constant factor or an unfolded definition, are partial at most;
/// real proofs keep full marks; forbidden names are refused on every line; `wlog` openings.
@Suite("Chains argue, not restate")
struct ChainArgumentTests {
  /// Marks a chain written as a YAML block under `proof: |`.
  static func mark(_ exercise: String, _ part: String, _ lines: [String]) throws -> PartResult {
    try Shipped.mark(exercise, part, yaml: "|\n" + lines.map { "      " + $0 }.joined(separator: "\n"))
  }

  static let gtMaxRestatements: [[String]] = [
    ["log(exp(a)+exp(b)) = log(exp(a)+exp(b))", "> max(a,b)"],
    ["log(exp(a)+exp(b)) = log(exp(a)+exp(b)) + 0", "> max(a,b)"],
    ["log(exp(a)+exp(b)) = log(exp(b)+exp(a))", "> max(b,a)"],
    ["log(exp(a)+exp(b)) = (log((exp(a))+(exp(b))))", "> (max(a,b))"],
    ["log(exp(a)+exp(b)) = 1*log(exp(a)+exp(b)*1)", "> max(a, b) + 0"],
    ["log(exp(a)+exp(b)) = 2*log(exp(a)+exp(b))/2", "> max(a,b)"],
    ["log(exp(a)+exp(b)) = max(a,b) + (log(exp(a)+exp(b)) - max(a,b))", "> max(a,b)"],
    ["log(exp(a)+exp(b)) = log(exp(a)+exp(b)) > max(a,b)"],
  ]

  @Test("a restated gt-max chain is partial, naming the step and asking what makes it true", arguments: gtMaxRestatements)
  func gtMaxRestated(_ lines: [String]) throws {
    let r = try Self.mark("realsoftmax", "gt-max", lines)
    #expect(r.verdict == .partial, "\(lines): \(r.verdict) \(r.feedback.en)")
    #expect(r.score < r.max / 2)
    #expect(r.messages.contains { $0.id == "chain.restates-claim" }, "\(r.feedback.en)")
    #expect(r.feedback.en.contains("what makes it true"))
    #expect(r.feedback.ko.contains("무엇 때문에"))
  }

  static let otherRestatements: [(String, String, [String])] = [
    ("kl-nonnegative", "proof", ["sum(p*log(p/q)) = sum(p*log(p/q)) + 0", ">= 0"]),
    ("kl-nonnegative", "proof", ["sum(p*log(p/q)) = sum(log(p/q)*p)", ">= 0"]),
    ("kl-nonnegative", "proof", ["sum(p*log(p/q)) = 3*sum(p*log(p/q))/3", ">= 0 # obvious"]),
    ("kl-nonnegative", "proof", ["sum(p*log(p/q)) = sum(p*log(p)) - sum(p*log(q))", ">= 0  # Gibbs"]),
    ("kl-nonnegative", "proof", ["sum(p*log(p/q)) = sum(p*(log(p) - log(q)))", ">= 0"]),
    ("lse-convex", "proof", ["sum(softmax(o)*v^2) - sum(softmax(o)*v)^2 = sum(softmax(o)*v^2) - sum(softmax(o)*v)^2", ">= 0"]),
    (
      "lse-convex", "proof", ["sum(softmax(o)*v^2) - sum(softmax(o)*v)^2 = -(sum(softmax(o)*v)^2 - sum(v^2*softmax(o)))", ">= 0"]
    ),
    (
      "realsoftmax", "lambda",
      ["log(exp(lambda*a) + exp(lambda*b))/lambda = log(exp(lambda*a) + exp(lambda*b))/lambda", "> max(a, b)"]
    ),
    (
      "realsoftmax", "lambda",
      ["log(exp(lambda*a) + exp(lambda*b))/lambda = (1/lambda)*log(exp(b*lambda) + exp(a*lambda))", "> max(b, a)"]
    ),
    (
      "realsoftmax", "lambda",
      [
        "log(exp(lambda*a) + exp(lambda*b))/lambda = (1/lambda) log(exp(lambda*a) + exp(lambda*b))",
        "> (1/lambda)*lambda*max(a,b)", "= max(a,b)",
      ]
    ),
    (
      "realsoftmax", "lambda",
      ["log(exp(lambda*a) + exp(lambda*b))/lambda = log(exp(lambda*a) + exp(lambda*b))/lambda", "> lambda*max(a,b)/lambda"]
    ),
    (
      "lse-convex", "proof",
      ["sum(softmax(o)*v^2) - sum(softmax(o)*v)^2 = sum(exp(o)/sum(exp(o))*v^2) - sum(exp(o)*v/sum(exp(o)))^2", ">= 0"]
    ),
  ]

  @Test("restatements in the other chain parts are partial", arguments: otherRestatements)
  func otherRestated(_ exercise: String, _ part: String, _ lines: [String]) throws {
    let r = try Self.mark(exercise, part, lines)
    #expect(r.verdict == .partial, "\(exercise)/\(part) \(lines): \(r.verdict) \(r.feedback.en)")
    #expect(r.messages.contains { $0.id == "chain.restates-claim" }, "\(r.feedback.en)")
  }

  static let realProofs: [(String, String, [String])] = [
    ("realsoftmax", "gt-max", ["log(exp(a)+exp(b)) > log(exp(max(a,b)))", "= max(a,b)"]),
    ("realsoftmax", "gt-max", ["log(exp(a)+exp(b)) > log(exp(max(a,b))) = max(a,b)"]),
    ("realsoftmax", "gt-max", ["log(exp(a) + exp(b)) = max(a,b) + log(exp(a-max(a,b)) + exp(b-max(a,b))) > max(a,b)"]),
    ("kl-nonnegative", "proof", ["sum(p*log(p/q)) = -sum(p*log(q/p)) >= -log(sum(p*(q/p))) = -log(sum(q)) = 0"]),
    ("kl-nonnegative", "proof", ["sum(p*log(p/q)) >= sum(p*(1 - q/p))  # log x >= 1 - 1/x", "= sum(p) - sum(q)", "= 0"]),
    (
      "kl-nonnegative", "proof",
      ["Σ_i p_i log(p_i/q_i) = -Σ_i p_i log(q_i/p_i)", "≥ -log(Σ_i p_i q_i/p_i)  # Jensen", "= -log Σ_i q_i", "= 0"]
    ),
    (
      "realsoftmax", "gt-max",
      ["log(exp(a) + exp(b)) = log(exp(max(a,b))*(1 + exp(-abs(a-b))))", "= max(a,b) + log(1 + exp(-abs(a-b)))", "> max(a,b)"]
    ),
    ("realsoftmax", "gt-max", ["log(exp(a) + exp(b)) = max(a,b) + log(exp(a-max(a,b)) + exp(b-max(a,b)))", "> max(a,b)"]),
    ("realsoftmax", "gt-max", ["log(exp(a)+exp(b)) = max(a, b) + log(1 + exp(-abs(a - b)))", "> max(a, b)  # log(1+t) > 0"]),
    ("realsoftmax", "lambda", ["log(exp(lambda*a)+exp(lambda*b))/lambda > log(exp(lambda*max(a,b)))/lambda", "= max(a,b)"]),
    (
      "realsoftmax", "lambda",
      [
        "log(exp(lambda*a) + exp(lambda*b))/lambda = max(a,b) + log(exp(lambda*(a-max(a,b))) + exp(lambda*(b-max(a,b))))/lambda",
        "> max(a,b)",
      ]
    ),
    (
      "kl-nonnegative", "proof",
      ["sum(p * log(p / q)) = -sum(p * log(q / p))", ">= -log(sum(p * (q / p)))  # Jensen", "= -log(sum(q))", "= 0"]
    ),
    (
      "kl-nonnegative", "proof",
      [
        "sum(p*log(p/q)) = -sum(p*log(q/p))", ">= -sum(p*(q/p - 1))  # log x <= x - 1",
        "= -sum(q - p)", "= sum(p) - sum(q)", "= 0",
      ]
    ),
    ("lse-convex", "proof", ["sum(softmax(o)*v^2) - sum(softmax(o)*v)^2 = sum(softmax(o)*(v - sum(softmax(o)*v))^2)", ">= 0"]),
    ("realsoftmax", "gt-max", ["\\log(e^a + e^b) = \\max(a,b) + \\log(1 + e^{-|a-b|})", "> \\max(a,b)  # log(1+t) > 0"]),
    (
      "kl-nonnegative", "proof",
      [
        "\\sum_{i}(p \\log(p/q)) = -\\sum_i(p \\log(q/p))", "\\geq -\\log(\\sum(p \\cdot q/p))",
        "= -log Σ(q)".replacingOccurrences(of: "log Σ", with: "log(sum") + ")", "= 0",
      ]
    ),
  ]

  @Test("real proofs keep full marks", arguments: realProofs)
  func realProofsCorrect(_ exercise: String, _ part: String, _ lines: [String]) throws {
    let r = try Self.mark(exercise, part, lines)
    #expect(r.verdict == .correct, "\(exercise)/\(part) \(lines): \(r.verdict) \(r.feedback.en)")
    #expect(r.score == r.max)
  }

  @Test("a one-line chain written as a plain scalar is read like a block")
  func oneLineScalar() throws {
    let proof = try Shipped.mark(
      "realsoftmax", "gt-max", yaml: Shipped.quoted("log(exp(a) + exp(b)) > log(exp(max(a, b))) = max(a, b)"))
    #expect(proof.verdict == .correct, "\(proof.feedback.en)")
    let claim = try Shipped.mark("realsoftmax", "gt-max", yaml: Shipped.quoted("log(exp(a) + exp(b)) > max(a, b)"))
    #expect(claim.verdict == .incorrect)
    #expect(claim.messages.first?.id == "chain.too-short")
    let bad = try Shipped.mark("realsoftmax", "gt-max", yaml: Shipped.quoted("log(exp(a) + exp(b)) > > max(a, b)"))
    #expect(bad.verdict == .invalid)
  }

  @Test("a forbidden name is refused on every line, the first included")
  func forbiddenEverywhere() throws {
    for lines in [
      ["kl(p,q) = sum(p*log(p/q))", ">= 0"],
      ["sum(p*log(p/q)) = kl(p, q)", ">= 0"],
      ["sum(p*log(p/q)) = cross_entropy(p, q) - entropy(p)", ">= 0"],
    ] {
      let r = try Self.mark("kl-nonnegative", "proof", lines)
      #expect(r.verdict == .incorrect, "\(lines): \(r.verdict)")
      #expect(r.messages.first?.id == "chain.forbidden-function", "\(r.feedback.en)")
      #expect(r.feedback.en.contains("any line"))
    }
  }

  @Test("a wrong step still fails first; a malformed line is invalid at its line")
  func wrongAndMalformed() throws {
    let wrong = try Self.mark("realsoftmax", "gt-max", ["log(exp(a)+exp(b)) = log(exp(a)) + log(exp(b))", "> max(a,b)"])
    #expect(wrong.verdict == .incorrect)
    #expect(wrong.messages.first?.id == "chain.step-fails")
    let malformed = try Self.mark("realsoftmax", "gt-max", ["log(exp(a)+exp(b)) = log(exp(a)+exp(b)", "> max(a,b)"])
    #expect(malformed.verdict == .invalid)
    #expect(malformed.line == 4)
  }

  @Test(
    "a chain may open with the hint's wlog assumption and earn full credit",
    arguments: [
      ["wlog a >= b", "log(exp(a)+exp(b)) > log(exp(a))", "= a", "= max(a,b)"],
      ["WLOG: a >= b", "log(exp(a)+exp(b)) = a + log(1 + exp(b - a))", "> a", "= max(a, b)"],
      ["일반성을 잃지 않고 a >= b", "log(exp(a)+exp(b)) > log(exp(a))", "= max(a,b)"],
      ["不妨设 b <= a", "log(exp(a)+exp(b)) > log(exp(a))", "= max(a,b)"],
      ["w.l.o.g. b = 0", "log(exp(a)+exp(b)) = log(exp(a) + 1)", "> log(exp(max(a, 0)))", "= max(a,b)"],
      ["WLOG b = 0 and a >= b", "log(exp(a)+exp(b)) = log(exp(a) + 1) > log(exp(a)) = a = max(a,b)"],
      ["wlog: b = 0, a >= 0", "log(exp(a)+exp(b)) = log(exp(a) + 1)", "> a", "= max(a,b)"],
    ])
  func wlogAllowed(_ lines: [String]) throws {
    let r = try Self.mark("realsoftmax", "gt-max", lines)
    #expect(r.verdict == .correct, "\(lines): \(r.verdict) \(r.feedback.en)")
    #expect(r.messages.contains { $0.id == "chain.wlog-allowed" })
  }

  @Test("without the assumption the same chain fails at b > a; an assumption the part does not allow is partial")
  func wlogNeededAndNotAllowed() throws {
    let bare = try Self.mark("realsoftmax", "gt-max", ["log(exp(a)+exp(b)) > log(exp(a))", "= a", "= max(a,b)"])
    #expect(bare.verdict == .incorrect)
    let strict = try Self.mark("realsoftmax", "gt-max", ["wlog a > b + 1", "log(exp(a)+exp(b)) > log(exp(a))", "= max(a,b)"])
    #expect(strict.verdict == .partial, "\(strict.feedback.en)")
    #expect(strict.messages.contains { $0.id == "chain.wlog-not-allowed" })
    let kl = try Self.mark("kl-nonnegative", "proof", ["wlog p = q", "sum(p*log(p/q)) = sum(p*log(1))", "= 0"])
    #expect(kl.verdict != .correct)
  }
}
