import AnswerDocument
import Catalogue
import Checks
import Exact
import Identity
import Language
import Sampling
import SoftcheckTestSupport
import Testing

/// Compiled programs against the tree walk: the same value, the same error at the same node,
/// the same steps and the same work charged, for every root, at every point, under any budget;
/// and what roots share is executed once a point.
@Suite("Compiled programs")
struct CompiledProgramTests {
  @Test("the shipped formula tables: every form, compiled together, evaluates as the tree walk", arguments: shippedReferences)
  func shippedTables(_ r: Reference) throws {
    let variables = r.variables.map { Variable(name: $0.name, domain: CrossCheckTests.domain($0.kind)) }
    let texts = [r.reference] + r.equivalent + r.wrong
    try agree(texts.map(expr), variables: variables, key: "compiled/\(r.name)", points: 12)
  }

  @Test("every shipped formula and chain part: reference, example, misconceptions and claim sides")
  func catalogue() throws {
    var compared = 0
    for exercise in try Catalogue.shipped().exercises {
      let variant = try exercise.variant(seed: 1, student: "s1")
      for part in variant.parts {
        guard let (expressions, variables) = Self.expressions(of: part) else { continue }
        try agree(expressions, variables: variables, key: "\(exercise.id)/\(part.id)", points: 16)
        compared += 1
      }
    }
    #expect(compared >= 20)
  }

  @Test("random expressions of the grammar, with errors and exhausted budgets", arguments: 0..<24)
  func random(_ seed: Int) throws {
    var generator = ExpressionGenerator(seed: UInt64(seed))
    let variables = [
      Variable(name: "x", domain: .real), Variable(name: "y", domain: .positive), Variable(name: "o", domain: .logits),
      Variable(name: "p", domain: .simplex),
    ]
    let texts = (0..<16).map { _ in generator.expression(depth: 4) }
    let expressions = try texts.map { try Parser.expression($0) }
    let values = try agree(expressions, variables: variables, key: "compiled/random/\(seed)", points: 8)
    #expect(values >= 4, "some random expressions have values at the points, not only errors")
    for limit in [0, 40, 200, 1_000, 5_000] {
      try agree(expressions, variables: variables, key: "compiled/random/\(seed)", points: 3, budget: limit)
    }
    var tight = LanguageLimits()
    tight.maxSteps = 12
    try agree(expressions, variables: variables, key: "compiled/random/\(seed)", points: 3, limits: tight)
  }

  @Test("a subexpression the roots share is executed once a point, and charged to each as written")
  func sharing() throws {
    let texts = ["exp(o) / sum(exp(o))", "log(sum(exp(o)))", "exp(o)[0] + exp(o)[0]"]
    let program = Program(try texts.map(expr), variables: ["o"])
    // o, exp(o), sum, /, log, 0, index, +: eight instructions for the 19 nodes written.
    #expect(program.instructionCount == 8)
    var run = ProgramRun(program, limits: .standard)
    let point: [String: Value] = ["o": .rationals([Rational(1), Rational(2)])]
    for root in 0..<3 {
      let meter = WorkMeter(limit: .max)
      _ = WorkMeter.$current.withValue(meter) { run.evaluate(root, at: point, point: 0) }
      let walked = WorkMeter(limit: .max)
      var evaluator = Evaluator(variables: point)
      _ = try WorkMeter.$current.withValue(walked) { try evaluator.evaluate(program.expressions[root]) }
      #expect(meter.spent == walked.spent, "\(texts[root])")
    }
    #expect(run.executions == 8)
  }

  @Test("a constant subexpression is computed once a run and charged at every point")
  func constants() throws {
    let program = Program([try expr("x*log(2) + log(2)/x")], variables: ["x"])
    // x, 2, log(2), *, /, +
    #expect(program.instructionCount == 6)
    var run = ProgramRun(program, limits: .standard)
    for (point, x) in [3, 5, 7].enumerated() {
      let variables: [String: Value] = ["x": .rational(Rational(x))]
      let (meter, walked) = (WorkMeter(limit: .max), WorkMeter(limit: .max))
      let value = WorkMeter.$current.withValue(meter) { run.evaluate(0, at: variables, point: point) }
      let tree = WorkMeter.$current.withValue(walked) { Self.walk(program.expressions[0], variables, .standard) }
      #expect(Self.render(value) == Self.render(tree))
      #expect(meter.spent == walked.spent)
    }
    #expect(run.executions == 6 + 2 * 4)
  }

  /// Evaluates every expression at the first `points` samples both ways and compares; returns
  /// how many evaluations gave a value.
  @discardableResult func agree(
    _ expressions: [Expression], variables: [Variable], key: String, points: Int, budget: Int = .max,
    limits: LanguageLimits = .standard
  ) throws -> Int {
    let sampler = Sampler(variables: variables, dimensions: 2...5, seed: 3, key: key)
    var run = ProgramRun(Program(expressions, variables: variables.map(\.name)), limits: limits)
    var values = 0
    for i in 0..<points {
      let s = sampler.sample(i)
      for (root, e) in expressions.enumerated() {
        let (compiledMeter, walkMeter) = (WorkMeter(limit: budget), WorkMeter(limit: budget))
        let treeWalks = run.treeWalks
        let compiled = WorkMeter.$current.withValue(compiledMeter) { run.evaluate(root, at: s.values, point: i) }
        let walked = WorkMeter.$current.withValue(walkMeter) { Self.walk(e, s.values, limits) }
        let what = "root \(root) at case \(i), budget \(budget)"
        #expect(Self.render(compiled) == Self.render(walked), "\(what)")
        #expect(compiledMeter.spent == walkMeter.spent, "\(what)")
        if case .success = walked { values += 1 }
        // Only a limit sends a root back to the tree walk; values and errors are the program's.
        if budget == .max, limits == .standard, Self.limitError(walked) == nil {
          #expect(run.treeWalks == treeWalks, "\(what): compiled, not walked")
        }
      }
    }
    return values
  }

  static func limitError(_ result: Result<Value, ExpressionError>) -> ExpressionError? {
    if case .failure(let e) = result, e.kind == .limit { return e }
    return nil
  }

  /// The tree walk's answer.
  static func walk(_ e: Expression, _ variables: [String: Value], _ limits: LanguageLimits) -> Result<Value, ExpressionError> {
    var evaluator = Evaluator(variables: variables, limits: limits)
    do throws(ExpressionError) { return .success(try evaluator.evaluate(e)) } catch { return .failure(error) }
  }

  static func expressions(of part: Part) -> ([Expression], [Variable])? {
    if let formula = part.check as? FormulaKind {
      let f = formula.check
      var expressions = [f.reference]
      for m in f.misconceptions + f.accepted { if case .expression(let e, _) = m.match { expressions.append(e) } }
      if case .scalar(let s)? = part.example, let e = try? Parser.expression(s.text) { expressions.append(e) }
      return (expressions, f.variables)
    }
    if let chain = part.check as? ChainKind {
      return ([chain.check.claim.lhs, chain.check.claim.rhs], chain.check.variables)
    }
    return nil
  }

  /// A value or error written out whole: exact forms, computations node by node, or the
  /// error's kind, place and sentence.
  static func render(_ result: Result<Value, ExpressionError>) -> String {
    switch result {
    case .success(let v): return v.entries.map(render).joined(separator: "; ") + " \(v.shapeText.en)"
    case .failure(let e): return "error \(e.kind) at \(e.offset): \(e.message.en)"
    }
  }

  static func render(_ x: RealValue) -> String {
    switch x {
    case .rational(let q): return "\(q)"
    case .logLinear(let l): return "L(\(l))"
    case .computed(let node): return render(node.operation)
    }
  }

  static func render(_ c: RealValue.Computation) -> String {
    switch c {
    case .sum(let a, let b): return "(\(render(a)) + \(render(b)))"
    case .product(let a, let b): return "(\(render(a)) * \(render(b)))"
    case .quotient(let a, let b): return "(\(render(a)) / \(render(b)))"
    case .negation(let a): return "-(\(render(a)))"
    case .exp(let a): return "exp(\(render(a)))"
    case .log(let a): return "log(\(render(a)))"
    case .squareRoot(let a): return "sqrt(\(render(a)))"
    case .magnitude(let a): return "abs(\(render(a)))"
    case .maximum(let a, let b): return "max(\(render(a)), \(render(b)))"
    case .minimum(let a, let b): return "min(\(render(a)), \(render(b)))"
    case .integerPower(let a, let n): return "(\(render(a)))^\(n)"
    }
  }
}

/// Random expressions of the answer grammar over `x`, `y` (numbers), `o` and `p` (vectors),
/// reusing earlier subexpressions often, as answers do.
struct ExpressionGenerator {
  var random: SplitMix
  var made: [String] = []

  init(seed: UInt64) { random = SplitMix(state: seed) }

  mutating func next(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }

  mutating func expression(depth: Int) -> String {
    if !made.isEmpty, next(4) == 0 { return made[next(made.count)] }
    let leaves = ["x", "y", "o", "p", "1", "2", "1/2", "0", "e", "-3", "o[0]", "p[1]"]
    guard depth > 0, next(5) != 0 else { return leaves[next(leaves.count)] }
    let a = expression(depth: depth - 1)
    let text: String
    switch next(8) {
    case 0, 1:
      let op = ["+", "-", "*", "/", "^"][next(5)]
      text = "(\(a) \(op) \(expression(depth: depth - 1)))"
    case 2: text = "-(\(a))"
    case 3: text = "e^(\(a))"
    case 4:
      let f = ["exp", "log", "sqrt", "abs", "sigmoid", "sum", "softmax", "floor", "mean", "max"][next(10)]
      text = "\(f)(\(a))"
    case 5: text = "\(["max", "min", "dot", "kl"][next(4)])(\(a), \(expression(depth: depth - 1)))"
    case 6: text = "[\(a), \(expression(depth: depth - 1))]"
    default: text = "(\(a) @ \(expression(depth: depth - 1)))"
    }
    made.append(text)
    return text
  }
}
