import Catalogue
import Checks
import Exact
import Language

/// The generated drill kinds: fresh numbers from a seed, exact references, and the catalogue's
/// checks (``ValueCheck``, ``ArrayCheck``, ``CodeCheck``, ``FormulaCheck``) to judge answers.
enum Generators {
  static let all: [DrillKind] = [
    entropy, code, codeLength, kraft, softmax, gradient, hessian, realSoftMaxGap, softmin, temperature,
  ]

  // MARK: - Information theory

  /// (a) The entropy in bits of a random rational source, exactly (a ``LogLinear``).
  static let entropy = DrillKind(
    id: "entropy", title: "Entropy of a source, in bits", exercises: ["dyadic-code", "uniform3-code", "info-cards"]
  ) { r in
    let p = Draw.distribution(&r, symbols: 3...5)
    let h = try entropyBits(p)
    let reference = h.description
    return DrillQuestion(
      kind: "entropy",
      prompt: "The entropy H(p) = −Σ pᵢ·log2(pᵢ), in bits, of the source p = \(Grammar.list(p)). Exact (e.g. 3/2 or 2 - 3/4*log2(3)), or a decimal with at least 4 significant digits.",
      hints: [
        "Each symbol contributes −p·log2(p) = p·log2(1/p): log2(2) = 1, log2(4) = 2, log2(8) = 3.",
        "With p = w/d for integers w: H = log2(d) − (1/d)·Σ w·log2(w).",
      ],
      check: try value(reference, unit: .bits, misconceptions: [natsVsBits]),
      example: reference)
  }

  /// (b) An optimal binary prefix code for a random rational source.
  static let code = DrillKind(
    id: "code", title: "An optimal binary prefix code", exercises: ["dyadic-code", "uniform3-code"]
  ) { r in
    let p = Draw.distribution(&r, symbols: 3...5)
    let names = symbolNames(p.count)
    let words = canonicalCode(lengths: try huffmanLengths(p))
    let source = zip(names, p).map { "\($0): \($1)" }.joined(separator: ", ")
    return DrillQuestion(
      kind: "code",
      prompt: "An optimal binary prefix code for the source \(source): the codewords in symbol order, e.g. [\"0\", \"10\", \"11\"].",
      hints: [
        "Huffman: merge the two least probable symbols into one, repeat; each merge adds one digit to the codewords below it.",
        "More probable symbols get codewords that are no longer; check that no codeword is a prefix of another.",
      ],
      shape: .codewords,
      check: .code(CodeCheck(alphabet: .binary, probabilities: p, symbolNames: names)),
      example: Grammar.list(words.map { "\"\($0)\"" }))
  }

  /// (b) The expected length of an optimal binary prefix code (Huffman), exactly.
  static let codeLength = DrillKind(
    id: "code-length", title: "Expected length of an optimal code", exercises: ["dyadic-code", "uniform3-code"]
  ) { r in
    let p = Draw.distribution(&r, symbols: 3...5)
    let length = try Huffman.expectedLength(p)
    let h = try entropyBits(p)
    var misconceptions = [natsVsBits]
    if h.rationalValue != length {
      misconceptions.append(try misconception(
        "code-length-is-entropy", h.description,
        "That is the entropy H(p), a lower bound: an optimal code's expected length is at least H(p) and below H(p) + 1, and equals H(p) only when every probability is a power of 1/2."))
    }
    return DrillQuestion(
      kind: "code-length",
      prompt: "The expected length, in bits per symbol, of an optimal binary prefix code for the source p = \(Grammar.list(p)) (exact).",
      hints: [
        "Build a Huffman code: repeatedly merge the two smallest probabilities.",
        "The expected length is the sum of the merged probabilities (each merge adds one bit to every symbol below it).",
      ],
      check: try value(length.description, unit: .bits, misconceptions: misconceptions),
      example: length.description)
  }

  /// (c) The Kraft sum of given codeword lengths.
  static let kraft = DrillKind(
    id: "kraft", title: "Kraft sum of codeword lengths", exercises: ["dyadic-code", "uniform3-code"]
  ) { r in
    let n = r.int(in: 3...6)
    let lengths = (0..<n).map { _ in r.int(in: 1...5) }.sorted()
    let sum = lengths.reduce(Rational.zero) { $0 + Rational(1, 1 << $1) }
    let wrong = lengths.reduce(0) { $0 + (1 << $1) }
    return DrillQuestion(
      kind: "kraft",
      prompt: "The Kraft sum Σ 2^(−ℓᵢ) of the binary codeword lengths ℓ = (\(lengths.map(String.init).joined(separator: ", "))), exact. (A prefix code with these lengths exists exactly when the sum is at most 1.)",
      hints: [
        "A codeword of length ℓ uses up 2^(−ℓ) of the binary tree: length 1 takes 1/2, length 2 takes 1/4.",
        "Add the fractions over a common denominator 2^(max ℓ).",
      ],
      check: try value(sum.description, misconceptions: [
        try misconception("kraft-exponent-sign", "\(wrong)", "The exponent is negative: each codeword contributes 2^(−ℓ), a fraction, not 2^ℓ."),
      ]),
      example: sum.description)
  }

  // MARK: - Softmax at log-rational logits

  /// (d) softmax(o) at o = [log w₁, …, log wₙ]: exactly w / Σw.
  static let softmax = DrillKind(
    id: "softmax", title: "Softmax at log-rational logits", exercises: ["softmax-vs-sigmoid", "bradley-terry"]
  ) { r in
    let w = Draw.weights(&r, count: r.int(in: 3...4), upTo: 5)
    let p = normalized(w)
    return DrillQuestion(
      kind: "softmax",
      prompt: "softmax(o) at the logits o = \(Grammar.list(w.map(Grammar.log))), as an exact vector.",
      hints: [
        "exp(log(w)) = w, so softmax(o)ᵢ = exp(oᵢ)/Σⱼ exp(oⱼ) = wᵢ/Σⱼ wⱼ.",
        "The entries are positive and sum to 1.",
      ],
      check: try array(Grammar.list(p), misconceptions: [
        try misconception("softmax-unnormalized", Grammar.list(w.map { Rational($0) }), "These are the exponentials exp(oᵢ); divide them by their sum so that they form a distribution."),
        try misconception("sigmoid-not-softmax", Grammar.list(w.map { Rational($0, $0 + 1) }), "These are elementwise sigmoids, which need not sum to 1; softmax normalises the exponentials jointly: exp(oᵢ)/Σⱼ exp(oⱼ)."),
      ]),
      example: Grammar.list(p))
  }

  /// The gradient softmax(o) − y of the cross-entropy loss at log-rational logits.
  static let gradient = DrillKind(
    id: "gradient", title: "Gradient of the cross-entropy loss", exercises: ["ce-hessian", "lse-convex"]
  ) { r in
    let w = Draw.weights(&r, count: r.int(in: 3...4), upTo: 4)
    let label = r.int(in: 0...(w.count - 1))
    let p = normalized(w)
    let y = w.indices.map { $0 == label ? Rational.one : .zero }
    let g = zip(p, y).map { $0 - $1 }
    return DrillQuestion(
      kind: "gradient",
      prompt: "The gradient ∂l/∂o of the cross-entropy loss l = −Σⱼ yⱼ·log softmax(o)ⱼ at the logits o = \(Grammar.list(w.map(Grammar.log))) for the one-hot label y = \(Grammar.list(y)), as an exact vector.",
      hints: [
        "∂l/∂o = softmax(o) − y.",
        "With o = log(w), softmax(o) = w/Σw; the gradient's entries sum to 0.",
      ],
      check: try array(Grammar.list(g), misconceptions: [
        try misconception("gradient-sign", Grammar.list(zip(y, p).map { $0 - $1 }), "The sign is reversed: the loss grows with the logit of a class the label does not favour, so ∂l/∂oⱼ = softmax(o)ⱼ − yⱼ."),
        try misconception("gradient-forgot-label", Grammar.list(p), "That is softmax(o) alone; the gradient of −Σ yⱼ oⱼ adds −y: ∂l/∂o = softmax(o) − y."),
      ]),
      example: Grammar.list(g))
  }

  /// (e) The Hessian diag(p) − p pᵀ at log-rational logits, exactly.
  static let hessian = DrillKind(
    id: "hessian", title: "Hessian of the cross-entropy loss", exercises: ["ce-hessian", "lse-convex"]
  ) { r in
    let w = Draw.weights(&r, count: 3, upTo: 4)
    let p = normalized(w)
    let n = p.count
    func matrix(_ entry: (Int, Int) -> Rational) -> [[Rational]] { (0..<n).map { i in (0..<n).map { j in entry(i, j) } } }
    let h = matrix { i, j in (i == j ? p[i] : .zero) - p[i] * p[j] }
    return DrillQuestion(
      kind: "hessian",
      prompt: "The Hessian ∂²l/∂o∂oᵀ of the cross-entropy loss l = −Σⱼ yⱼ·log softmax(o)ⱼ at the logits o = \(Grammar.list(w.map(Grammar.log))), as an exact 3×3 matrix (a list of rows).",
      hints: [
        "The Hessian is diag(p) − p·pᵀ with p = softmax(o); it does not depend on the label y.",
        "With o = log(w), p = w/Σw. Entry (i, j) is pᵢ·(δᵢⱼ − pⱼ); every row sums to 0.",
      ],
      check: try array(Grammar.matrix(h), misconceptions: [
        try misconception("hessian-diag-only", Grammar.matrix(matrix { i, j in i == j ? p[i] * (.one - p[i]) : .zero }), "The off-diagonal entries are −pᵢ·pⱼ, not 0: every row of the Hessian sums to 0."),
        try misconception("hessian-sign", Grammar.matrix(matrix { i, j in p[i] * p[j] - (i == j ? p[i] : .zero) }), "The sign is reversed: ∂pᵢ/∂oᵢ = pᵢ(1 − pᵢ) > 0, so the diagonal is positive."),
        try misconception("covariance-missing-mean", Grammar.matrix(matrix { i, j in i == j ? p[i] : .zero }), "diag(p) is only the first term; subtract p·pᵀ."),
      ]),
      example: Grammar.matrix(h))
  }

  // MARK: - RealSoftMax and softmin

  /// (f) RealSoftMax(a, b) − max(a, b), optionally with a temperature λ: an irrational value,
  /// so a correctly rounded decimal is accepted.
  static let realSoftMaxGap = DrillKind(
    id: "realsoftmax-gap", title: "The gap RealSoftMax − max", exercises: ["realsoftmax"]
  ) { r in
    let a = r.int(in: -4...4), b = r.int(in: -4...4)
    let d = abs(a - b)
    let withLambda = r.chance(1, in: 2)
    let at = "a = \(a), b = \(b)"
    if !withLambda {
      let reference = d == 0 ? "log(2)" : "log(1 + exp(-\(d)))"
      var misconceptions = [try misconception("gap-forgot-max", "log(exp(\(a)) + exp(\(b)))", "That is RealSoftMax(a, b) itself; subtract max(a, b) to get the gap.")]
      if d != 0 {
        misconceptions.append(try misconception("gap-is-log2", "log(2)", "log 2 is the gap only when a = b; it shrinks as |a − b| grows: the gap is log(1 + exp(−|a − b|))."))
      }
      return DrillQuestion(
        kind: "realsoftmax-gap",
        prompt: "The gap RealSoftMax(a, b) − max(a, b), with RealSoftMax(a, b) = log(exp(a) + exp(b)), at \(at), in nats. Exact, or a decimal with at least 4 significant digits.",
        hints: [
          "Factor out the larger exponential: log(exp(a) + exp(b)) = max(a, b) + log(1 + exp(−|a − b|)).",
          "The gap is log(1 + exp(−|a − b|)): log 2 at a = b, and it tends to 0 as |a − b| grows.",
        ],
        check: try value(reference, unit: .nats, misconceptions: [natsVsBits] + misconceptions),
        example: reference)
    }
    let lambda = Draw.element(&r, [Rational(2), Rational(3), Rational(1, 2)])
    let scaled = lambda * Rational(d)
    // λ⁻¹·log(…), written as a learner would: log(…)/2, or 2*log(…) for λ = 1/2.
    func overLambda(_ e: String) throws -> String {
      lambda.isInteger ? "\(e)/\(lambda)" : "\(try lambda.reciprocal())*\(e)"
    }
    let reference = try overLambda(d == 0 ? "log(2)" : "log(1 + exp(-\(scaled)))")
    var misconceptions = [natsVsBits]
    if d != 0 {
      misconceptions.append(try misconception("lambda-scaling-forgotten", "log(1 + exp(-\(scaled)))", "Divide by λ: λ⁻¹·log(1 + exp(−λ|a − b|)) is the gap at temperature λ."))
      misconceptions.append(try misconception("lambda-ignored", "log(1 + exp(-\(d)))", "That is the gap at λ = 1; at temperature λ it is λ⁻¹·log(1 + exp(−λ|a − b|))."))
    } else {
      misconceptions.append(try misconception("lambda-scaling-forgotten", "log(2)", "Divide by λ: at a = b the gap is λ⁻¹·log(2)."))
    }
    return DrillQuestion(
      kind: "realsoftmax-gap",
      prompt: "The gap λ⁻¹·RealSoftMax(λa, λb) − max(a, b), with RealSoftMax(x, y) = log(exp(x) + exp(y)), at \(at), λ = \(lambda), in nats. Exact, or a decimal with at least 4 significant digits.",
      hints: [
        "For λ > 0, max(λa, λb) = λ·max(a, b); factor out the larger exponential.",
        "The gap is λ⁻¹·log(1 + exp(−λ|a − b|)).",
      ],
      check: try value(reference, unit: .nats, misconceptions: misconceptions),
      example: reference)
  }

  /// The softmin at a random temperature, as a formula in a and b (``FormulaCheck``).
  static let softmin = DrillKind(
    id: "softmin", title: "Softmin at temperature λ (a formula)", exercises: ["realsoftmax"]
  ) { r in
    let k = Draw.element(&r, [2, 3, 4, 5])
    let reference = "-log(exp(-\(k)*a) + exp(-\(k)*b))/\(k)"
    let formula = FormulaCheck(
      variables: [Variable(name: "a", domain: .real), Variable(name: "b", domain: .real)],
      reference: try expression(reference), referenceText: reference,
      misconceptions: [
        try misconception("softmin-sign", "-log(exp(\(k)*a) + exp(\(k)*b))/\(k)", "−RealSoftMax(a, b) tends to −max(a, b), not to min(a, b). Negate the arguments too: softmin(a, b) = −RealSoftMax(−a, −b)."),
        try misconception("softmin-missing-outer-minus", "log(exp(-\(k)*a) + exp(-\(k)*b))/\(k)", "RealSoftMax(−a, −b) approximates −min(a, b); negate the result."),
        try misconception("lambda-scaling-forgotten", "-log(exp(-\(k)*a) + exp(-\(k)*b))", "Scale back by 1/λ: without it the value grows with λ instead of tending to min(a, b)."),
      ])
    return DrillQuestion(
      kind: "softmin",
      prompt: "The softmin of a and b at λ = \(k): a smooth approximation of min(a, b) that tends to it as λ → ∞, as λ⁻¹·log(exp(λa) + exp(λb)) does to max(a, b). A formula in a and b.",
      hints: [
        "min(a, b) = −max(−a, −b).",
        "Apply the λ-scaled RealSoftMax to −a and −b, then negate the result.",
      ],
      check: .formula(formula),
      example: reference)
  }

  // MARK: - Temperature

  /// (g) Tempering: Q ∝ P^α for a random rational P and integer α (an exact vector), or the α
  /// that scales the temperature by a given factor.
  static let temperature = DrillKind(
    id: "temperature", title: "Temperature: Q ∝ P^α", exercises: ["temperature"]
  ) { r in
    if r.chance(1, in: 3) {
      let factor = Draw.element(&r, [Rational(2), Rational(3), Rational(4), Rational(1, 2), Rational(1, 3)])
      let alpha = try factor.reciprocal()
      return DrillQuestion(
        kind: "temperature",
        prompt: "Q(i) ∝ P(i)^α, where P(i) ∝ exp(−Eᵢ/T) is a Boltzmann distribution at temperature T. Which α makes Q the Boltzmann distribution at temperature \(factor)·T? (exact)",
        hints: [
          "P(i)^α ∝ exp(−α·Eᵢ/T) = exp(−Eᵢ/(T/α)): Q has temperature T/α.",
          "Solve T/α = \(factor)·T for α.",
        ],
        check: try value(alpha.description, misconceptions: [
          try misconception("temperature-alpha-inverted", factor.description, "Q ∝ P^α has temperature T/α, so α = \(factor) divides the temperature by \(factor); multiplying it by \(factor) needs α = \(alpha)."),
        ]),
        example: alpha.description)
    }
    let p = Draw.distribution(&r, symbols: 3...4)
    let alpha = r.int(in: 2...3)
    let powers = try p.map { try $0.power(alpha) }
    let total = powers.reduce(Rational.zero, +)
    let q = try powers.map { try $0 / total }
    let pText = Grammar.list(p)
    return DrillQuestion(
      kind: "temperature",
      prompt: "Sharpen the distribution P = \(pText) with α = \(alpha): Q(i) ∝ P(i)^α (the temperature divided by \(alpha)). Q as an exact vector.",
      hints: [
        "Raise every entry to the power α, then divide by the sum of the powers.",
        "Q sums to 1, and with α > 1 the largest entry grows.",
      ],
      check: try array(Grammar.list(q), misconceptions: [
        try misconception("temperature-unnormalized", Grammar.list(powers), "Normalise: divide every P(i)^α by Σⱼ P(j)^α so that Q sums to 1."),
        try misconception("temperature-alpha-inverted", "\(pText)^(1/\(alpha))/sum(\(pText)^(1/\(alpha)))", "That is P^(1/α), which raises the temperature; Q ∝ P^α with α = \(alpha) lowers it."),
      ]),
      example: Grammar.list(q))
  }

  // MARK: - Building blocks

  static let natsVsBits = Misconception(
    id: "nats-vs-bits", feedback: "Bits use log2, nats the natural log: bits = nats / ln 2.", match: .unitConversion)

  static func expression(_ text: String) throws(DrillError) -> Expression {
    do {
      return try Parser.expression(text)
    } catch {
      throw DrillError("a generated reference does not parse: '\(text)': \(error.message)")
    }
  }

  static func misconception(_ id: String, _ answer: String, _ feedback: String) throws(DrillError) -> Misconception {
    Misconception(id: id, feedback: feedback, match: .expression(try expression(answer), text: answer))
  }

  static func value(_ reference: String, unit: Unit? = nil, misconceptions: [Misconception] = []) throws(DrillError) -> PartCheck {
    .value(ValueCheck(reference: try expression(reference), referenceText: reference, unit: unit, misconceptions: misconceptions))
  }

  static func array(_ reference: String, misconceptions: [Misconception]) throws(DrillError) -> PartCheck {
    .array(ArrayCheck(reference: try expression(reference), referenceText: reference, misconceptions: misconceptions))
  }

  /// w / Σw.
  static func normalized(_ w: [Int]) -> [Rational] {
    let total = w.reduce(0, +)
    return w.map { Rational($0, total) }
  }

  /// H(p) in bits, exactly: `−Σ p·log2 p` as a ``LogLinear``.
  static func entropyBits(_ p: [Rational]) throws -> LogLinear {
    var h = LogLinear(.zero, base: .two)
    for x in p where !x.isZero {
      h = try LogLinear.difference(h, try LogLinear.log(x, base: .two).scaled(by: x))
    }
    return h
  }

  /// Codeword lengths of a Huffman code, from the answer language's `huffman_lengths`.
  static func huffmanLengths(_ p: [Rational]) throws -> [Int] {
    var evaluator = Evaluator()
    guard case .vector(let entries) = try evaluator.evaluate(try expression("huffman_lengths(\(Grammar.list(p)))")) else {
      throw DrillError("huffman_lengths did not give a vector")
    }
    return try entries.map { v in
      guard let q = v.rationalValue, q.isInteger, let n = Int(q.description) else { throw DrillError("a Huffman length is not an integer") }
      return n
    }
  }

  /// The canonical prefix code with these lengths, in symbol order.
  static func canonicalCode(lengths: [Int]) -> [String] {
    let order = lengths.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
    var words = Array(repeating: "", count: lengths.count)
    var code = 0, previous = 0
    for (k, i) in order.enumerated() {
      if k > 0 { code = (code + 1) << (lengths[i] - previous) }
      previous = lengths[i]
      let digits = String(code, radix: 2)
      words[i] = String(repeating: "0", count: lengths[i] - digits.count) + digits
    }
    return words
  }

  /// `A`, `B`, `C`, …
  static func symbolNames(_ n: Int) -> [String] {
    (0..<n).map { String(UnicodeScalar(UInt8(65 + $0))) }
  }
}
