import Catalogue
import Checks
import Exact
import Language
import Localization
import Sampling

/// The generated drill kinds: fresh numbers from a seed, exact references, and the catalogue's
/// checks (``ValueCheck``, ``ArrayCheck``, ``CodeCheck``, ``FormulaCheck``) to judge answers.
/// Every prompt, hint and misconception is written in English and Korean.
enum Generators {
  static let all: [DrillKind] = [
    entropy, code, codeLength, kraft, softmax, gradient, hessian, realSoftMaxGap, softmin, temperature,
  ]

  // MARK: - Information theory

  /// (a) The entropy in bits of a random rational source, exactly (a ``LogLinear``).
  static let entropy = DrillKind(
    id: "entropy", title: LocalizedText(en: "Entropy of a source, in bits", ko: "정보원의 엔트로피 (비트)"),
    exercises: ["dyadic-code", "uniform3-code", "info-cards"]
  ) { r in
    let p = Draw.distribution(&r, symbols: 3...5)
    let h = try entropyBits(p)
    let reference = h.description
    let pText = Grammar.list(p)
    return DrillQuestion(
      kind: "entropy",
      prompt: LocalizedText(
        en:
          "The entropy H(p) = −Σ pᵢ·log2(pᵢ), in bits, of the source p = \(pText). Exact (e.g. 3/2 or 2 - 3/4*log2(3)), or a decimal with at least 4 significant digits.",
        ko:
          "정보원 p = \(pText)의 엔트로피 H(p) = −Σ pᵢ·log2(pᵢ)를 비트 단위로 구하세요. 정확한 값 (예: 3/2 또는 2 - 3/4*log2(3))이나 유효 숫자 4자리 이상의 소수로 쓰세요."),
      hints: [
        LocalizedText(
          en: "Each symbol contributes −p·log2(p) = p·log2(1/p): log2(2) = 1, log2(4) = 2, log2(8) = 3.",
          ko: "기호마다 −p·log2(p) = p·log2(1/p) 만큼 기여합니다: log2(2) = 1, log2(4) = 2, log2(8) = 3."),
        LocalizedText(
          en: "With p = w/d for integers w: H = log2(d) − (1/d)·Σ w·log2(w).",
          ko: "정수 w에 대해 p = w/d로 쓰면 H = log2(d) − (1/d)·Σ w·log2(w)입니다."),
      ],
      check: try value(reference, unit: .bits, misconceptions: [natsVsBits]),
      example: reference)
  }

  /// (b) An optimal binary prefix code for a random rational source.
  static let code = DrillKind(
    id: "code", title: LocalizedText(en: "An optimal binary prefix code", ko: "최적 이진 접두어 부호"),
    exercises: ["dyadic-code", "uniform3-code"]
  ) { r in
    let p = Draw.distribution(&r, symbols: 3...5)
    let names = symbolNames(p.count)
    let words = canonicalCode(lengths: try huffmanLengths(p))
    let source = zip(names, p).map { "\($0): \($1)" }.joined(separator: ", ")
    return DrillQuestion(
      kind: "code",
      prompt: LocalizedText(
        en:
          "An optimal binary prefix code for the source \(source): the codewords in symbol order, e.g. [\"0\", \"10\", \"11\"].",
        ko: "정보원 \(source)에 대한 최적 이진 접두어 부호를 구하세요. 부호어를 기호 순서대로 쓰세요 (예: [\"0\", \"10\", \"11\"])."),
      hints: [
        LocalizedText(
          en:
            "Huffman: merge the two least probable symbols into one, repeat; each merge adds one digit to the codewords below it.",
          ko: "허프만 부호: 확률이 가장 작은 두 기호를 하나로 합치는 일을 되풀이하세요. 한 번 합칠 때마다 그 아래에 있는 부호어에 숫자가 하나씩 붙습니다."),
        LocalizedText(
          en: "More probable symbols get codewords that are no longer; check that no codeword is a prefix of another.",
          ko: "확률이 더 큰 기호일수록 부호어가 더 길지 않아야 합니다. 어떤 부호어도 다른 부호어의 접두어가 아닌지 확인하세요."),
      ],
      shape: .codewords,
      check: CodeKind(check: CodeCheck(alphabet: .binary, probabilities: p, symbolNames: names)),
      example: Grammar.list(words.map { "\"\($0)\"" }))
  }

  /// (b) The expected length of an optimal binary prefix code (Huffman), exactly.
  static let codeLength = DrillKind(
    id: "code-length", title: LocalizedText(en: "Expected length of an optimal code", ko: "최적 부호의 기대 부호 길이"),
    exercises: ["dyadic-code", "uniform3-code"]
  ) { r in
    let p = Draw.distribution(&r, symbols: 3...5)
    let length = try Huffman.expectedLength(p)
    let h = try entropyBits(p)
    var misconceptions = [natsVsBits]
    if h.rationalValue != length {
      misconceptions.append(
        try misconception(
          "code-length-is-entropy", h.description,
          en:
            "That is the entropy H(p), a lower bound: an optimal code's expected length is at least H(p) and below H(p) + 1, and equals H(p) only when every probability is a power of 1/2.",
          ko: "그것은 엔트로피 H(p)로, 하한일 뿐입니다. 최적 부호의 기대 부호 길이는 H(p) 이상 H(p) + 1 미만이며, 모든 확률이 1/2의 거듭제곱일 때에만 H(p)와 같습니다."))
    }
    let pText = Grammar.list(p)
    return DrillQuestion(
      kind: "code-length",
      prompt: LocalizedText(
        en: "The expected length, in bits per symbol, of an optimal binary prefix code for the source p = \(pText) (exact).",
        ko: "정보원 p = \(pText)에 대한 최적 이진 접두어 부호의 기대 부호 길이를 기호당 비트 수로 구하세요 (정확한 값)."),
      hints: [
        LocalizedText(
          en: "Build a Huffman code: repeatedly merge the two smallest probabilities.",
          ko: "허프만 부호를 만드세요: 가장 작은 두 확률을 합치는 일을 되풀이합니다."),
        LocalizedText(
          en: "The expected length is the sum of the merged probabilities (each merge adds one bit to every symbol below it).",
          ko: "기대 부호 길이는 합친 확률들의 합입니다 (한 번 합칠 때마다 그 아래의 모든 기호에 1비트가 더해집니다)."),
      ],
      check: try value(length.description, unit: .bits, misconceptions: misconceptions),
      example: length.description)
  }

  /// (c) The Kraft sum of given codeword lengths.
  static let kraft = DrillKind(
    id: "kraft", title: LocalizedText(en: "Kraft sum of codeword lengths", ko: "부호어 길이의 크래프트 합"),
    exercises: ["dyadic-code", "uniform3-code"]
  ) { r in
    let n = r.int(in: 3...6)
    let lengths = (0..<n).map { _ in r.int(in: 1...5) }.sorted()
    let sum = lengths.reduce(Rational.zero) { $0 + Rational(1, 1 << $1) }
    let wrong = lengths.reduce(0) { $0 + (1 << $1) }
    let ls = lengths.map(String.init).joined(separator: ", ")
    return DrillQuestion(
      kind: "kraft",
      prompt: LocalizedText(
        en:
          "The Kraft sum Σ 2^(−ℓᵢ) of the binary codeword lengths ℓ = (\(ls)), exact. (A prefix code with these lengths exists exactly when the sum is at most 1.)",
        ko: "이진 부호어 길이 ℓ = (\(ls))의 크래프트 합 Σ 2^(−ℓᵢ)를 정확한 값으로 구하세요. (이 길이들을 갖는 접두어 부호는 합이 1 이하일 때, 그리고 그때에만 존재합니다.)"),
      hints: [
        LocalizedText(
          en: "A codeword of length ℓ uses up 2^(−ℓ) of the binary tree: length 1 takes 1/2, length 2 takes 1/4.",
          ko: "길이가 ℓ인 부호어는 이진 트리의 2^(−ℓ) 만큼을 차지합니다: 길이 1은 1/2, 길이 2는 1/4을 차지합니다."),
        LocalizedText(
          en: "Add the fractions over a common denominator 2^(max ℓ).",
          ko: "공통 분모 2^(max ℓ)로 통분해서 분수들을 더하세요."),
      ],
      check: try value(
        sum.description,
        misconceptions: [
          try misconception(
            "kraft-exponent-sign", "\(wrong)",
            en: "The exponent is negative: each codeword contributes 2^(−ℓ), a fraction, not 2^ℓ.",
            ko: "지수는 음수입니다. 각 부호어는 2^ℓ 이 아니라 분수 2^(−ℓ) 만큼 기여합니다.")
        ]),
      example: sum.description)
  }

  // MARK: - Softmax at log-rational logits

  /// (d) softmax(o) at o = [log w₁, …, log wₙ]: exactly w / Σw.
  static let softmax = DrillKind(
    id: "softmax", title: LocalizedText(en: "Softmax at log-rational logits", ko: "로짓이 log(w) 꼴일 때의 소프트맥스"),
    exercises: ["softmax-vs-sigmoid", "bradley-terry"]
  ) { r in
    let w = Draw.weights(&r, count: r.int(in: 3...4), upTo: 5)
    let p = normalized(w)
    let logits = Grammar.list(w.map(Grammar.log))
    return DrillQuestion(
      kind: "softmax",
      prompt: LocalizedText(
        en: "softmax(o) at the logits o = \(logits), as an exact vector.",
        ko: "로짓 o = \(logits)에서 softmax(o)를 정확한 벡터로 구하세요."),
      hints: [
        LocalizedText(
          en: "exp(log(w)) = w, so softmax(o)ᵢ = exp(oᵢ)/Σⱼ exp(oⱼ) = wᵢ/Σⱼ wⱼ.",
          ko: "exp(log(w)) = w이므로 softmax(o)ᵢ = exp(oᵢ)/Σⱼ exp(oⱼ) = wᵢ/Σⱼ wⱼ입니다."),
        LocalizedText(
          en: "The entries are positive and sum to 1.",
          ko: "성분은 모두 양수이고, 합은 1입니다."),
      ],
      check: try array(
        Grammar.list(p),
        misconceptions: [
          try misconception(
            "softmax-unnormalized", Grammar.list(w.map { Rational($0) }),
            en: "These are the exponentials exp(oᵢ); divide them by their sum so that they form a distribution.",
            ko: "이것은 지수값 exp(oᵢ) 들입니다. 분포가 되도록 그 합으로 나누세요."),
          try misconception(
            "sigmoid-not-softmax", Grammar.list(w.map { Rational($0, $0 + 1) }),
            en:
              "These are elementwise sigmoids, which need not sum to 1; softmax normalises the exponentials jointly: exp(oᵢ)/Σⱼ exp(oⱼ).",
            ko: "이것은 원소별로 시그모이드를 적용한 값이라 합이 1이 된다는 보장이 없습니다. 소프트맥스는 지수값들을 한꺼번에 정규화합니다: exp(oᵢ)/Σⱼ exp(oⱼ)."),
        ]),
      example: Grammar.list(p))
  }

  /// The gradient softmax(o) − y of the cross-entropy loss at log-rational logits.
  static let gradient = DrillKind(
    id: "gradient", title: LocalizedText(en: "Gradient of the cross-entropy loss", ko: "교차 엔트로피 손실의 그래디언트"),
    exercises: ["ce-hessian", "lse-convex"]
  ) { r in
    let w = Draw.weights(&r, count: r.int(in: 3...4), upTo: 4)
    let label = r.int(in: 0...(w.count - 1))
    let p = normalized(w)
    let y = w.indices.map { $0 == label ? Rational.one : .zero }
    let g = zip(p, y).map { $0 - $1 }
    let logits = Grammar.list(w.map(Grammar.log))
    let yText = Grammar.list(y)
    return DrillQuestion(
      kind: "gradient",
      prompt: LocalizedText(
        en:
          "The gradient ∂l/∂o of the cross-entropy loss l = −Σⱼ yⱼ·log softmax(o)ⱼ at the logits o = \(logits) for the one-hot label y = \(yText), as an exact vector.",
        ko: "원-핫 레이블 y = \(yText)에 대해, 로짓 o = \(logits)에서 교차 엔트로피 손실 l = −Σⱼ yⱼ·log softmax(o)ⱼ의 그래디언트 ∂l/∂o를 정확한 벡터로 구하세요."),
      hints: [
        LocalizedText(
          en: "∂l/∂o = softmax(o) − y.",
          ko: "∂l/∂o = softmax(o) − y입니다."),
        LocalizedText(
          en: "With o = log(w), softmax(o) = w/Σw; the gradient's entries sum to 0.",
          ko: "o = log(w)이면 softmax(o) = w/Σw입니다. 그래디언트의 성분을 모두 더하면 0입니다."),
      ],
      check: try array(
        Grammar.list(g),
        misconceptions: [
          try misconception(
            "gradient-sign", Grammar.list(zip(y, p).map { $0 - $1 }),
            en:
              "The sign is reversed: the loss grows with the logit of a class the label does not favour, so ∂l/∂oⱼ = softmax(o)ⱼ − yⱼ.",
            ko: "부호가 반대입니다. 레이블이 지지하지 않는 클래스의 로짓이 커지면 손실도 커지므로 ∂l/∂oⱼ = softmax(o)ⱼ − yⱼ입니다."),
          try misconception(
            "gradient-forgot-label", Grammar.list(p),
            en: "That is softmax(o) alone; the gradient of −Σ yⱼ oⱼ adds −y: ∂l/∂o = softmax(o) − y.",
            ko: "그것은 softmax(o) 뿐입니다. −Σ yⱼ oⱼ의 그래디언트인 −y를 더해야 합니다: ∂l/∂o = softmax(o) − y."),
        ]),
      example: Grammar.list(g))
  }

  /// (e) The Hessian diag(p) − p pᵀ at log-rational logits, exactly.
  static let hessian = DrillKind(
    id: "hessian", title: LocalizedText(en: "Hessian of the cross-entropy loss", ko: "교차 엔트로피 손실의 헤시안"),
    exercises: ["ce-hessian", "lse-convex"]
  ) { r in
    let w = Draw.weights(&r, count: 3, upTo: 4)
    let p = normalized(w)
    let n = p.count
    func matrix(_ entry: (Int, Int) -> Rational) -> [[Rational]] { (0..<n).map { i in (0..<n).map { j in entry(i, j) } } }
    let h = matrix { i, j in (i == j ? p[i] : .zero) - p[i] * p[j] }
    let logits = Grammar.list(w.map(Grammar.log))
    return DrillQuestion(
      kind: "hessian",
      prompt: LocalizedText(
        en:
          "The Hessian ∂²l/∂o∂oᵀ of the cross-entropy loss l = −Σⱼ yⱼ·log softmax(o)ⱼ at the logits o = \(logits), as an exact 3×3 matrix (a list of rows).",
        ko: "로짓 o = \(logits)에서 교차 엔트로피 손실 l = −Σⱼ yⱼ·log softmax(o)ⱼ의 헤시안 ∂²l/∂o∂oᵀ를 정확한 3×3 행렬 (행의 목록)로 구하세요."),
      hints: [
        LocalizedText(
          en: "The Hessian is diag(p) − p·pᵀ with p = softmax(o); it does not depend on the label y.",
          ko: "p = softmax(o) 라 하면 헤시안은 diag(p) − p·pᵀ이며, 레이블 y 와는 무관합니다."),
        LocalizedText(
          en: "With o = log(w), p = w/Σw. Entry (i, j) is pᵢ·(δᵢⱼ − pⱼ); every row sums to 0.",
          ko: "o = log(w)이면 p = w/Σw입니다. (i, j) 성분은 pᵢ·(δᵢⱼ − pⱼ)이고, 각 행의 합은 0입니다."),
      ],
      check: try matrixKind(
        Grammar.matrix(h),
        misconceptions: [
          try misconception(
            "hessian-diag-only", Grammar.matrix(matrix { i, j in i == j ? p[i] * (.one - p[i]) : .zero }),
            en: "The off-diagonal entries are −pᵢ·pⱼ, not 0: every row of the Hessian sums to 0.",
            ko: "비대각 성분은 0이 아니라 −pᵢ·pⱼ입니다. 헤시안의 각 행의 합은 0이 되어야 합니다."),
          try misconception(
            "hessian-sign", Grammar.matrix(matrix { i, j in p[i] * p[j] - (i == j ? p[i] : .zero) }),
            en: "The sign is reversed: ∂pᵢ/∂oᵢ = pᵢ(1 − pᵢ) > 0, so the diagonal is positive.",
            ko: "부호가 반대입니다. ∂pᵢ/∂oᵢ = pᵢ(1 − pᵢ) > 0이므로 대각 성분은 양수입니다."),
          try misconception(
            "covariance-missing-mean", Grammar.matrix(matrix { i, j in i == j ? p[i] : .zero }),
            en: "diag(p) is only the first term; subtract p·pᵀ.",
            ko: "diag(p)는 첫 번째 항일 뿐입니다. p·pᵀ를 빼세요."),
        ]),
      example: Grammar.matrix(h))
  }

  // MARK: - RealSoftMax and softmin

  /// (f) RealSoftMax(a, b) − max(a, b), optionally with a temperature λ: an irrational value,
  /// so a correctly rounded decimal is accepted.
  static let realSoftMaxGap = DrillKind(
    id: "realsoftmax-gap", title: LocalizedText(en: "The gap RealSoftMax − max", ko: "RealSoftMax − max의 차이"),
    exercises: ["realsoftmax"]
  ) { r in
    let a = r.int(in: -4...4)
    let b = r.int(in: -4...4)
    let d = abs(a - b)
    let withLambda = r.chance(1, in: 2)
    let at = "a = \(a), b = \(b)"
    if !withLambda {
      let reference = d == 0 ? "log(2)" : "log(1 + exp(-\(d)))"
      var misconceptions = [
        try misconception(
          "gap-forgot-max", "log(exp(\(a)) + exp(\(b)))",
          en: "That is RealSoftMax(a, b) itself; subtract max(a, b) to get the gap.",
          ko: "그것은 RealSoftMax(a, b) 자체입니다. 차이를 구하려면 max(a, b)를 빼세요.")
      ]
      if d != 0 {
        misconceptions.append(
          try misconception(
            "gap-is-log2", "log(2)",
            en: "log 2 is the gap only when a = b; it shrinks as |a − b| grows: the gap is log(1 + exp(−|a − b|)).",
            ko: "차이가 log 2인 것은 a = b일 때뿐이며, |a − b|가 커질수록 차이는 줄어듭니다: 차이는 log(1 + exp(−|a − b|))입니다."))
      }
      return DrillQuestion(
        kind: "realsoftmax-gap",
        prompt: LocalizedText(
          en:
            "The gap RealSoftMax(a, b) − max(a, b), with RealSoftMax(a, b) = log(exp(a) + exp(b)), at \(at), in nats. Exact, or a decimal with at least 4 significant digits.",
          ko:
            "RealSoftMax(a, b) = log(exp(a) + exp(b))일 때, \(at)에서 차이 RealSoftMax(a, b) − max(a, b)를 내트 단위로 구하세요. 정확한 값이나 유효 숫자 4자리 이상의 소수로 쓰세요."
        ),
        hints: [
          LocalizedText(
            en: "Factor out the larger exponential: log(exp(a) + exp(b)) = max(a, b) + log(1 + exp(−|a − b|)).",
            ko: "더 큰 지수항을 묶어 내세요: log(exp(a) + exp(b)) = max(a, b) + log(1 + exp(−|a − b|))."),
          LocalizedText(
            en: "The gap is log(1 + exp(−|a − b|)): log 2 at a = b, and it tends to 0 as |a − b| grows.",
            ko: "차이는 log(1 + exp(−|a − b|))입니다. a = b이면 log 2이고, |a − b|가 커지면 0으로 다가갑니다."),
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
      misconceptions.append(
        try misconception(
          "lambda-scaling-forgotten", "log(1 + exp(-\(scaled)))",
          en: "Divide by λ: λ⁻¹·log(1 + exp(−λ|a − b|)) is the gap at temperature λ.",
          ko: "λ로 나누세요: 온도 λ에서의 차이는 λ⁻¹·log(1 + exp(−λ|a − b|))입니다."))
      misconceptions.append(
        try misconception(
          "lambda-ignored", "log(1 + exp(-\(d)))",
          en: "That is the gap at λ = 1; at temperature λ it is λ⁻¹·log(1 + exp(−λ|a − b|)).",
          ko: "그것은 λ = 1일 때의 차이입니다. 온도 λ에서의 차이는 λ⁻¹·log(1 + exp(−λ|a − b|))입니다."))
    } else {
      misconceptions.append(
        try misconception(
          "lambda-scaling-forgotten", "log(2)",
          en: "Divide by λ: at a = b the gap is λ⁻¹·log(2).",
          ko: "λ로 나누세요: a = b이면 차이는 λ⁻¹·log(2)입니다."))
    }
    return DrillQuestion(
      kind: "realsoftmax-gap",
      prompt: LocalizedText(
        en:
          "The gap λ⁻¹·RealSoftMax(λa, λb) − max(a, b), with RealSoftMax(x, y) = log(exp(x) + exp(y)), at \(at), λ = \(lambda), in nats. Exact, or a decimal with at least 4 significant digits.",
        ko:
          "RealSoftMax(x, y) = log(exp(x) + exp(y))일 때, \(at), λ = \(lambda)에서 차이 λ⁻¹·RealSoftMax(λa, λb) − max(a, b)를 내트 단위로 구하세요. 정확한 값이나 유효 숫자 4자리 이상의 소수로 쓰세요."
      ),
      hints: [
        LocalizedText(
          en: "For λ > 0, max(λa, λb) = λ·max(a, b); factor out the larger exponential.",
          ko: "λ > 0이면 max(λa, λb) = λ·max(a, b)입니다. 더 큰 지수항을 묶어 내세요."),
        LocalizedText(
          en: "The gap is λ⁻¹·log(1 + exp(−λ|a − b|)).",
          ko: "차이는 λ⁻¹·log(1 + exp(−λ|a − b|))입니다."),
      ],
      check: try value(reference, unit: .nats, misconceptions: misconceptions),
      example: reference)
  }

  /// The softmin at a random temperature, as a formula in a and b (``FormulaCheck``).
  static let softmin = DrillKind(
    id: "softmin", title: LocalizedText(en: "Softmin at temperature λ (a formula)", ko: "온도 λ에서의 softmin (식)"),
    exercises: ["realsoftmax"]
  ) { r in
    let k = Draw.element(&r, [2, 3, 4, 5])
    let reference = "-log(exp(-\(k)*a) + exp(-\(k)*b))/\(k)"
    let formula = FormulaCheck(
      variables: [Variable(name: "a", domain: .real), Variable(name: "b", domain: .real)],
      reference: try expression(reference), referenceText: reference,
      misconceptions: [
        try misconception(
          "softmin-sign", "-log(exp(\(k)*a) + exp(\(k)*b))/\(k)",
          en:
            "−RealSoftMax(a, b) tends to −max(a, b), not to min(a, b). Negate the arguments too: softmin(a, b) = −RealSoftMax(−a, −b).",
          ko: "−RealSoftMax(a, b)는 min(a, b)가 아니라 −max(a, b)에 가까워집니다. 인자의 부호도 바꾸세요: softmin(a, b) = −RealSoftMax(−a, −b)."),
        try misconception(
          "softmin-missing-outer-minus", "log(exp(-\(k)*a) + exp(-\(k)*b))/\(k)",
          en: "RealSoftMax(−a, −b) approximates −min(a, b); negate the result.",
          ko: "RealSoftMax(−a, −b)는 −min(a, b)의 근삿값입니다. 결과의 부호를 바꾸세요."),
        try misconception(
          "lambda-scaling-forgotten", "-log(exp(-\(k)*a) + exp(-\(k)*b))",
          en: "Scale back by 1/λ: without it the value grows with λ instead of tending to min(a, b).",
          ko: "1/λ를 곱해 되돌리세요. 그러지 않으면 값이 min(a, b)에 가까워지지 않고 λ와 함께 커집니다."),
      ])
    return DrillQuestion(
      kind: "softmin",
      prompt: LocalizedText(
        en:
          "The softmin of a and b at λ = \(k): a smooth approximation of min(a, b) that tends to it as λ → ∞, as λ⁻¹·log(exp(λa) + exp(λb)) does to max(a, b). A formula in a and b.",
        ko:
          "λ = \(k)에서 a와 b의 softmin을 구하세요. softmin은 min(a, b)의 매끄러운 근사로, λ⁻¹·log(exp(λa) + exp(λb))가 max(a, b)에 가까워지듯 λ → ∞일 때 min(a, b)에 가까워집니다. a와 b에 대한 식으로 쓰세요."
      ),
      hints: [
        LocalizedText(
          en: "min(a, b) = −max(−a, −b).",
          ko: "min(a, b) = −max(−a, −b)입니다."),
        LocalizedText(
          en: "Apply the λ-scaled RealSoftMax to −a and −b, then negate the result.",
          ko: "λ로 스케일한 RealSoftMax를 −a와 −b에 적용한 다음, 결과의 부호를 바꾸세요."),
      ],
      check: FormulaKind(check: formula),
      example: reference)
  }

  // MARK: - Temperature

  /// (g) Tempering: Q ∝ P^α for a random rational P and integer α (an exact vector), or the α
  /// that scales the temperature by a given factor.
  static let temperature = DrillKind(
    id: "temperature", title: LocalizedText(en: "Temperature: Q ∝ P^α", ko: "온도: Q ∝ P^α"),
    exercises: ["temperature"]
  ) { r in
    if r.chance(1, in: 3) {
      let factor = Draw.element(&r, [Rational(2), Rational(3), Rational(4), Rational(1, 2), Rational(1, 3)])
      let alpha = try factor.reciprocal()
      return DrillQuestion(
        kind: "temperature",
        prompt: LocalizedText(
          en:
            "Q(i) ∝ P(i)^α, where P(i) ∝ exp(−Eᵢ/T) is a Boltzmann distribution at temperature T. Which α makes Q the Boltzmann distribution at temperature \(factor)·T? (exact)",
          ko: "P(i) ∝ exp(−Eᵢ/T)가 온도 T의 볼츠만 분포이고 Q(i) ∝ P(i)^α입니다. Q가 온도 \(factor)·T의 볼츠만 분포가 되게 하는 α는 얼마입니까? (정확한 값)"),
        hints: [
          LocalizedText(
            en: "P(i)^α ∝ exp(−α·Eᵢ/T) = exp(−Eᵢ/(T/α)): Q has temperature T/α.",
            ko: "P(i)^α ∝ exp(−α·Eᵢ/T) = exp(−Eᵢ/(T/α))이므로 Q의 온도는 T/α입니다."),
          LocalizedText(
            en: "Solve T/α = \(factor)·T for α.",
            ko: "T/α = \(factor)·T를 α에 대해 푸세요."),
        ],
        check: try value(
          alpha.description,
          misconceptions: [
            try misconception(
              "temperature-alpha-inverted", factor.description,
              en:
                "Q ∝ P^α has temperature T/α, so α = \(factor) divides the temperature by \(factor); multiplying it by \(factor) needs α = \(alpha).",
              ko:
                "Q ∝ P^α의 온도는 T/α이므로 \(KoreanParticle.topic.after("α = \(factor)")) 온도를 \(KoreanParticle.means.after("\(factor)")) 나눕니다. 온도에 \(KoreanParticle.object.after("\(factor)")) 곱하려면 \(KoreanParticle.means.after("α = \(alpha)")) 두어야 합니다."
            )
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
      prompt: LocalizedText(
        en:
          "Sharpen the distribution P = \(pText) with α = \(alpha): Q(i) ∝ P(i)^α (the temperature divided by \(alpha)). Q as an exact vector.",
        ko:
          "\(KoreanParticle.means.after("α = \(alpha)")) 분포 P = \(KoreanParticle.object.after(pText)) 날카롭게 만드세요: Q(i) ∝ P(i)^α (온도를 \(KoreanParticle.means.after("\(alpha)")) 나눈 것). Q를 정확한 벡터로 구하세요."
      ),
      hints: [
        LocalizedText(
          en: "Raise every entry to the power α, then divide by the sum of the powers.",
          ko: "각 성분을 α 제곱한 다음, 그 거듭제곱들의 합으로 나누세요."),
        LocalizedText(
          en: "Q sums to 1, and with α > 1 the largest entry grows.",
          ko: "Q의 합은 1이고, α > 1이면 가장 큰 성분이 더 커집니다."),
      ],
      check: try array(
        Grammar.list(q),
        misconceptions: [
          try misconception(
            "temperature-unnormalized", Grammar.list(powers),
            en: "Normalise: divide every P(i)^α by Σⱼ P(j)^α so that Q sums to 1.",
            ko: "정규화하세요: Q의 합이 1이 되도록 각 P(i)^α를 Σⱼ P(j)^α로 나누세요."),
          try misconception(
            "temperature-alpha-inverted", "\(pText)^(1/\(alpha))/sum(\(pText)^(1/\(alpha)))",
            en: "That is P^(1/α), which raises the temperature; Q ∝ P^α with α = \(alpha) lowers it.",
            ko: "그것은 온도를 높이는 P^(1/α)입니다. α = \(alpha)인 Q ∝ P^α는 온도를 낮춥니다."),
        ]),
      example: Grammar.list(q))
  }

  // MARK: - Building blocks

  static let natsVsBits = Misconception(
    id: "nats-vs-bits",
    feedback: LocalizedText(
      en: "Bits use log2, nats the natural log: bits = nats / ln 2.",
      ko: "비트는 log2를, 내트는 자연로그를 씁니다: bits = nats / ln 2."),
    match: .unitConversion)

  static func expression(_ text: String) throws(DrillError) -> Expression {
    do {
      return try Parser.expression(text)
    } catch {
      throw DrillError(
        Message(
          "drill.reference-does-not-parse",
          en: "a generated reference does not parse: '\(text)': \(error.message[.en])",
          ko: "생성한 기준 답 \(KoreanParticle.object.after("'\(text)'")) 읽을 수 없습니다: \(error.message[.ko])"))
    }
  }

  static func misconception(_ id: String, _ answer: String, en: String, ko: String) throws(DrillError) -> Misconception {
    Misconception(id: id, feedback: LocalizedText(en: en, ko: ko), match: .expression(try expression(answer), text: answer))
  }

  static func value(_ reference: String, unit: Unit? = nil, misconceptions: [Misconception] = []) throws(DrillError) -> ValueKind
  {
    ValueKind(
      check: ValueCheck(
        reference: try expression(reference), referenceText: reference, unit: unit, misconceptions: misconceptions))
  }

  static func array(_ reference: String, misconceptions: [Misconception]) throws(DrillError) -> VectorKind {
    VectorKind(check: try arrayCheck(reference, misconceptions: misconceptions))
  }

  static func matrixKind(_ reference: String, misconceptions: [Misconception]) throws(DrillError) -> MatrixKind {
    MatrixKind(check: try arrayCheck(reference, misconceptions: misconceptions))
  }

  private static func arrayCheck(_ reference: String, misconceptions: [Misconception]) throws(DrillError) -> ArrayCheck {
    ArrayCheck(reference: try expression(reference), referenceText: reference, misconceptions: misconceptions)
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
    let failed = DrillError(
      Message(
        "drill.huffman-failed", en: "huffman_lengths did not give a vector of whole numbers",
        ko: "huffman_lengths가 정수의 벡터를 돌려주지 않았습니다"))
    guard case .vector(let entries) = try evaluator.evaluate(try expression("huffman_lengths(\(Grammar.list(p)))")) else {
      throw failed
    }
    return try entries.map { v in
      guard let q = v.rationalValue, q.isInteger, let n = Int(q.description) else { throw failed }
      return n
    }
  }

  /// The canonical prefix code with these lengths, in symbol order.
  static func canonicalCode(lengths: [Int]) -> [String] {
    let order = lengths.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
    var words = Array(repeating: "", count: lengths.count)
    var code = 0
    var previous = 0
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
