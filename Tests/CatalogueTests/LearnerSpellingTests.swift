import Catalogue
import Checks
import Language
import Marking
import Testing

/// What learners really write, read as they mean it: the book's own symbols (`σ(z)`, `ŷ`,
/// `log₂`, `⊙`) and the unit the part states after a number.
@Suite("learners' spellings of right answers")
struct LearnerSpellingTests {
  @Test(
    "the book's symbols read as the book means them",
    arguments: [
      ("bce-vs-mse", "bce-curvature", "σ(z)(1-σ(z))", Verdict.correct),
      ("bce-vs-mse", "bce-curvature", "σ (z)*(1 - σ (z))", .correct),
      ("ce-hessian", "gradient", "ŷ - y", .correct),
      ("ce-hessian", "diagonal", "p ⊙ (1 - p)", .correct),
      ("info-cards", "three-of-spades", "log₂52", .correct),
      ("info-cards", "three-of-spades", "log₂(52)", .correct),
      ("info-cards", "three-of-spades", "-log₂(1/52)", .correct),
      ("info-cards", "three-of-spades", "log₁₀(52)/log₁₀(2)", .correct),
      ("realsoftmax", "softmin-lambda", "−log(e^(−λa) + e^(−λb))/λ", .correct),
      // σ is the sigmoid only when called: `σ1` is a name, the book's standard deviation where
      // the part says so, and unknown elsewhere.
      ("kl-gaussians", "formula", "log(σ2/σ1) + (σ1^2 + (mu1 - mu2)^2)/(2*σ2^2) - 1/2", .correct),
      ("kl-gaussians", "formula", "ln(σ2/σ1) + (σ1² + (μ1 − μ2)²)/(2σ2²) − ½", .correct),
      ("realsoftmax", "softmin", "σ1", .invalid),
      ("dyadic-code", "entropy-nats", "1.5 ln2", .correct),
      ("dyadic-code", "entropy-nats", "3/2*ln2", .correct),
      // The prompt's own notation, and its hint's: P(apple)·P(orange).
      ("bradley-terry", "derivative", "P(1-P)", .correct),
      ("bradley-terry", "derivative", "P(apple)*P(orange)", .correct),
      ("bradley-terry", "derivative", "P(apple)(1 - P(apple))", .correct),
      ("bradley-terry", "derivative", "P(apple)", .incorrect),
      // g as the statement defines it, and the question's own left side as a label.
      ("log-partition", "shift", "g(x) + b", .correct),
      ("log-partition", "shift", "g(x + b) = g(x) + b", .correct),
      ("log-partition", "shift", "g(x+b) = log(sum(exp(x))) + b", .correct),
    ])
  func symbols(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    try Self.expect(exercise, part, answer, verdict)
  }

  /// Marks `answer` in the shipped part and expects `verdict`; the result, for more checks.
  @discardableResult
  static func expect(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws -> PartResult {
    let r = try Shipped.mark(exercise, part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == verdict, "\(exercise)/\(part) '\(answer)': \(r.verdict) \(r.feedback.en)")
    return r
  }

  @Test(
    "options written in Korean or in other words are read as the option",
    arguments: [
      ("temperature", "to-infinity", "균등 분포", Verdict.correct),
      ("temperature", "to-infinity", "uniform distribution", .correct),
      ("temperature", "to-infinity", "원-핫", .incorrect),
      ("temperature", "to-zero", "원-핫", .correct),
      ("temperature", "to-zero", "one-hot", .correct),
      ("temperature", "to-zero", "그대로", .incorrect),
      ("softmax-vs-sigmoid", "multilabel", "시그모이드", .correct),
      ("softmax-vs-sigmoid", "multilabel", "소프트맥스", .incorrect),
      ("softmax-vs-sigmoid", "shift-invariance", "예", .correct),
      ("log-partition", "erratum", "아니요", .correct),
    ])
  func options(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    try Self.expect(exercise, part, answer, verdict)
  }

  @Test(
    "codewords written on one line, without brackets, are the list they spell out",
    arguments: [
      ("dyadic-code", "code", "0, 10, 11", Verdict.correct),
      ("dyadic-code", "code", "0 10 11", .correct),
      ("uniform3-code", "single-code", "0; 10; 11", .correct),
      ("dyadic-code", "code", "0, 1, 11", .incorrect),
      ("dyadic-code", "code", "0, 10", .invalid),
      ("dyadic-code", "code", "0, 10, 12", .invalid),
      ("pam3", "mapping", "-- -0 -+ 0- 00 0+ +- +0", .correct),
    ])
  func oneLineCodes(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    try Self.expect(exercise, part, answer, verdict)
  }

  @Test(
    "a condition inside the words around it is the condition",
    arguments: [
      ("realsoftmax", "gap-where", "when a = b", Verdict.correct),
      ("realsoftmax", "gap-where", "If a == b.", .correct),
      ("realsoftmax", "gap-where", "a = b일 때", .correct),
      ("kl-nonnegative", "equality", "p = q인 경우", .correct),
      ("realsoftmax", "gap-where", "when a >= b", .incorrect),
      // An equation said in words.
      ("realsoftmax", "gap-where", "a equals b", .correct),
      ("realsoftmax", "gap-where", "when a and b are equal", .correct),
      ("realsoftmax", "gap-where", "a is equal to b", .correct),
      ("kl-nonnegative", "equality", "p와 q가 같을 때", .correct),
      ("kl-nonnegative", "equality", "p와 q가 서로 같으면", .correct),
      ("kl-nonnegative", "equality", "p and q are the same", .correct),
      ("realsoftmax", "gap-where", "a와 b가 다를 때", .invalid),
    ])
  func conditionsInWords(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    try Self.expect(exercise, part, answer, verdict)
  }

  @Test("an error in a condition after 'when' points into what was written")
  func conditionErrorLocation() throws {
    let r = try Self.expect("realsoftmax", "gap-where", "when a = c", .invalid)
    let plain = try Self.expect("realsoftmax", "gap-where", "a = c", .invalid)
    #expect(r.messages.map(\.id) == plain.messages.map(\.id))
    // Said in words, the equation keeps every character in its place.
    let words = try Self.expect("kl-nonnegative", "equality", "p와 qq가 같을 때", .invalid)
    #expect(words.feedback.en.contains("'qq'"), "\(words.feedback.en)")
    let written = try Self.expect("kl-nonnegative", "equality", "p = qq", .invalid)
    #expect(words.messages.map(\.id) == written.messages.map(\.id))
    #expect(words.column == written.column, "\(String(describing: words.column))")
    // A slip in the expression is found where it is written: `+` with nothing after it.
    let slip = try Self.expect("kl-nonnegative", "equality", "p와 q+가 같을 때", .invalid)
    #expect(slip.column == 21, "just after q+, where the operand is missing: \(String(describing: slip.column))")
  }

  @Test(
    "the part's own unit after the number is fine; another unit is named",
    arguments: [
      ("dyadic-code", "expected-length", "1.5 bits", Verdict.correct),
      ("dyadic-code", "expected-length", "3/2 bit", .correct),
      ("dyadic-code", "expected-length", "1.5bits", .correct),
      ("info-cards", "card", "0 bits", .correct),
      ("info-cards", "heart", "2 비트", .correct),
      ("dyadic-code", "entropy-nats", "3/2*log(2) nats", .correct),
      ("dyadic-code", "entropy-nats", "1.0397 nats", .correct),
      ("dyadic-code", "expected-length", "1.5 nats", .invalid),
      ("dyadic-code", "expected-length", "2 bits", .incorrect),
      ("dyadic-code", "expected-length", "bits", .invalid),
    ])
  func units(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    let r = try Self.expect(exercise, part, answer, verdict)
    if verdict == .invalid, answer.hasSuffix("nats") {
      #expect(r.feedback.en.contains("leave out the unit 'nats'") || r.feedback.en.contains("Leave out the unit 'nats'"))
    }
  }
}

/// The KL divergence as the book prints it, `D(p‖q)`, and as learners type it.
@Suite("the KL divergence as printed")
struct DivergenceNotationTests {
  @Test(
    "D(p‖q), KL(p || q), D_KL(p \\| q) and D(p \\parallel q) are kl(p, q)",
    arguments: ["D(p‖q)", "KL(p || q)", "D_KL(p||q)", "D_{KL}(p \\| q)", "D(p \\parallel q)", "kl(p ‖ q)", "KLD(p‖q)"])
  func spellings(_ written: String) throws {
    #expect(try key(written) == key("kl(p, q)"), "\(written)")
    #expect(try key("2*\(written) + 1") == key("2*kl(p, q) + 1"), "\(written)")
  }

  @Test("bars that are not a divergence's stay absolute values")
  func absoluteValues() throws {
    #expect(try key("|a|*|b|") == key("abs(a)*abs(b)"))
    #expect(try key("max(|a|, |b|)") == key("max(abs(a), abs(b))"))
    #expect(try key("D(|a - b|)") == key("D(abs(a - b))"))
    #expect((try? key("Dx(p || q)")) != (try key("kl(p, q)")))
  }

  func key(_ text: String) throws -> String { try Parser.expression(text).structuralKey }

  @Test("in the equality condition D(p‖q) = 0 is read as kl(p, q) = 0")
  func condition() throws {
    let written = try LearnerSpellingTests.expect("kl-nonnegative", "equality", "D(p‖q) = 0", .correct)
    let plain = try LearnerSpellingTests.expect("kl-nonnegative", "equality", "kl(p, q) = 0", .correct)
    #expect(written.feedback.en == plain.feedback.en)
  }

  @Test("a proof that opens with D(p‖q) uses kl, which the proof may not: said so, not 'unknown name D'")
  func forbiddenInProof() throws {
    let r = try ChainArgumentTests.mark(
      "kl-nonnegative", "proof",
      ["D(p‖q) = sum(p * log(p / q)) = -sum(p * log(q / p))", ">= -log(sum(p * (q / p)))", "= 0"])
    #expect(r.verdict == .incorrect, "\(r.feedback.en)")
    #expect(r.messages.first?.id == "chain.forbidden-function", "\(r.feedback.en)")
    #expect(r.feedback.en.contains("'kl'"), "\(r.feedback.en)")
  }
}

/// Codewords written by symbol, `{A: 0, B: 10, C: 11}`, as learners lay out a code table.
@Suite("codewords by symbol")
struct CodewordsBySymbolTests {
  @Test(
    "a mapping from the symbols to their codewords is read in symbol order",
    arguments: ["{A: \"0\", B: \"10\", C: \"11\"}", "{a: 0, b: 10, c: 11}", "{C: 11, A: 0, B: 10}"])
  func bySymbol(_ yaml: String) throws {
    let r = try Shipped.mark("dyadic-code", "code", yaml: yaml)
    #expect(r.verdict == .correct, "\(yaml): \(r.feedback.en)")
  }

  @Test("the symbols decide which codeword is whose: the short word on a rare symbol is named")
  func misassigned() throws {
    let r = try Shipped.mark("dyadic-code", "code", yaml: "{A: 10, B: 0, C: 11}")
    #expect(r.verdict != .correct, "\(r.feedback.en)")
    #expect(r.misconception == "short-code-wrong-symbol", "\(r.feedback.en)")
  }

  @Test("a key that is no symbol, or a symbol left out, is invalid where it is")
  func wrongKeys() throws {
    let stranger = try Shipped.mark("dyadic-code", "code", yaml: "{A: 0, B: 10, D: 11}")
    #expect(stranger.verdict == .invalid)
    #expect(stranger.messages.first?.id == "code.not-a-symbol", "\(stranger.feedback.en)")
    #expect(stranger.feedback.en.contains("'D'"), "\(stranger.feedback.en)")
    let missing = try Shipped.mark("dyadic-code", "code", yaml: "{A: 0, B: 10}")
    #expect(missing.verdict == .invalid)
    #expect(missing.messages.first?.id == "code.symbol-missing", "\(missing.feedback.en)")
    #expect(missing.feedback.en.contains("C"), "\(missing.feedback.en)")
    let twice = try Shipped.mark("dyadic-code", "code", yaml: "{A: 0, a: 10, C: 11}")
    #expect(twice.messages.first?.id == "code.not-a-symbol", "\(twice.feedback.en)")
  }
}

/// Feedback a careful instructor would give on answers learners really write.
@Suite("what a learner wrote, named")
struct LearnerFeedbackTests {
  @Test("log2(52) for 'a card is drawn' is the information of one card: said so")
  func cardIsOneCard() throws {
    let r = try LearnerSpellingTests.expect("info-cards", "card", "log2 52", .incorrect)
    #expect(r.misconception == "card-is-one-card", "\(r.feedback.en)")
    #expect(r.feedback.en.contains("0 bits"), "\(r.feedback.en)")
  }

  @Test("the printed erratum g(x + b) = g(x) is named, in one well-stopped paragraph")
  func erratum() throws {
    let r = try LearnerSpellingTests.expect("log-partition", "shift", "g(x + b) = g(x)", .incorrect)
    #expect(r.misconception == "lse-shift-invariant", "\(r.feedback.en)")
    #expect(!r.feedback.en.contains(".)."), "\(r.feedback.en)")
  }

  @Test("names written together, pp for p·p, are told to be multiplied with '*' or a space")
  func juxtaposed() throws {
    let r = try LearnerSpellingTests.expect("lse-convex", "hessian", "diag(p) - ppᵀ", .invalid)
    #expect(r.feedback.en.contains("to multiply p and p, put '*' or a space between them"), "\(r.feedback.en)")
    #expect(r.feedback.ko.contains("p와 p를 곱하려면"), "\(r.feedback.ko)")
    try LearnerSpellingTests.expect("lse-convex", "hessian", "diag(p) - p pᵀ", .correct)
  }

  @Test("∇ and ∂ as the book prints them: the learner is told to write the derivative out")
  func nabla() throws {
    let r = try ChainArgumentTests.mark("lse-convex", "proof", ["vᵀ∇²g(o)v = sum(p*v^2) - sum(p*v)^2", ">= 0"])
    #expect(r.verdict == .invalid)
    #expect(r.feedback.en.contains("'∇' is not computed here"), "\(r.feedback.en)")
    #expect(r.line == 4, "on the first line of the chain: \(String(describing: r.line))")
  }

  @Test("a matrix an expression computes is shown entry by entry by its values, never as 'you wrote 0'")
  func computedEntries() throws {
    let whole = try LearnerSpellingTests.expect("ce-hessian", "hessian-at", "diag([0.2092, 0.7676, 0.0232]) - 1", .incorrect)
    #expect(whole.feedback.en.contains("entry (1, 2) (your expression gives -1)"), "\(whole.feedback.en)")
    #expect(!whole.feedback.en.contains("you wrote 0"), "\(whole.feedback.en)")
    // A row computed by an expression between rows written out: only that row's values are
    // shown computed, and the written decimals keep their rounding rules.
    let mixed = try LearnerSpellingTests.expect(
      "ce-hessian", "hessian-at",
      "[[0.165436, -0.160586, -0.00484929], [0.2, 0.7, 0.1] - 1, [-0.00484929, -0.0177935, 0.0226428]]", .partial)
    #expect(
      mixed.feedback.en.hasPrefix("3 of 9 entries are not right: entry (2, 1) (your expression gives -4/5)"),
      "\(mixed.feedback.en)")
  }

  @Test("p @ p.T for the outer product is named: for vectors it is the inner product, as in numpy")
  func innerNotOuter() throws {
    for (exercise, answer) in [
      ("lse-convex", "diag(p) - p @ p.T"), ("ce-hessian", "diag(softmax(o)) - softmax(o) @ softmax(o).T"),
    ] {
      let r = try LearnerSpellingTests.expect(exercise, "hessian", answer, .incorrect)
      #expect(r.misconception == "inner-not-outer", "\(exercise): \(r.feedback.en)")
    }
    try LearnerSpellingTests.expect("lse-convex", "hessian", "diag(p) - outer(p, p.T)", .correct)
  }

  @Test("a value exactly zero that intervals cannot prove so is shown as ≈0, not as an end of its enclosure")
  func nearZeroShown() throws {
    let r = try Shipped.mark("lse-convex", "strict", yaml: "{answer: no, witness: {o: [1, 2], v: [1, 1]}}")
    #expect(r.verdict == .correct)
    #expect(r.feedback.en.contains("there ≈0 = 0"), "\(r.feedback.en)")
  }

  @Test("a one-letter name that is no variable gets no 'did you mean' another letter")
  func oneLetterName() throws {
    let r = try LearnerSpellingTests.expect("bradley-terry", "p-apple", "Q/(1+Q)", .invalid)
    #expect(!r.feedback.en.contains("did you mean"), "\(r.feedback.en)")
    #expect(r.feedback.en.contains("oa, oo"), "\(r.feedback.en)")
  }
}
