import Catalogue
import Checks
import Exact
import Foundation
import Language
import Sampling
import Testing

@testable import Drills

/// The drill catalogue built from the shipped exercises.
let shippedDrills: DrillCatalogue = {
  // The shipped catalogue always loads (CatalogueTests check it); a failure here is a test failure.
  DrillCatalogue(catalogue: (try? Catalogue.shipped()) ?? Catalogue(exercises: []))
}()

func question(_ kind: String, seed: UInt64, occurrence: Int = 0) throws -> DrillQuestion {
  let k = try #require(shippedDrills.kind(kind), "no drill kind '\(kind)'")
  return try k.question(seed: seed, occurrence: occurrence)
}

@Suite("drill questions: generators and checks")
struct QuestionTests {
  @Test("every kind of the spec is there, with the seeds' fixed drills")
  func kinds() {
    let ids = Set(shippedDrills.kinds.map(\.id))
    for id in [
      "entropy", "code", "code-length", "kraft", "softmax", "gradient", "hessian", "realsoftmax-gap", "softmin", "temperature",
      "seed-numerics/sigmoid", "seed-numerics/softmax", "seed-numerics/cross-entropy",
    ] {
      #expect(ids.contains(id), "missing kind \(id)")
    }
  }

  @Test("each generated question accepts its own example answer", arguments: Generators.all.map(\.id))
  func examplesAreCorrect(kind: String) throws {
    let seeds: ClosedRange<UInt64> = kind == "softmin" ? 1...6 : 1...60
    for seed in seeds {
      let q = try question(kind, seed: seed)
      let outcome = q.judge(q.example, seed: seed)
      #expect(outcome.verdict == .correct, "\(kind) seed \(seed): \(q.prompt.en) — example \(q.example): \(outcome.feedback)")
    }
  }

  @Test("the exercises' drills accept their own examples; drills of exercises with parameters draw fresh numbers")
  func seedDrills() throws {
    let drills = shippedDrills.kinds.filter { $0.id.contains("/") }
    #expect(drills.count >= 20)
    for k in drills {
      for seed in UInt64(1)...4 {
        let q = try k.question(seed: seed)
        #expect(q.judge(q.example, seed: seed).verdict == .correct, "\(k.id) seed \(seed): \(q.example)")
        #expect(!q.hints.isEmpty, "\(k.id) has no hint")
      }
      let asked = Set(
        try (UInt64(1)...20).map { seed in
          let q = try k.question(seed: seed)
          return q.prompt.en + "|" + q.example
        })
      #expect(k.isFixed == (asked.count == 1), "\(k.id): \(asked.count) different questions")
    }
    // The book's numbers are among the variants: sigmoid(0.2), with its misconception.
    let sigmoid = try #require(
      try (UInt64(1)...200).lazy.map { try question("seed-numerics/sigmoid", seed: $0) }
        .first { $0.prompt.en.hasPrefix("sigmoid(0.2) ") })
    #expect(sigmoid.judge("0.5498", seed: 1).verdict == .correct)
    let wrong = sigmoid.judge("1/(1 + exp(0.2))", seed: 1)
    #expect(wrong.verdict == .incorrect)
    #expect(wrong.misconception == "sigmoid-sign")
  }

  @Test("after skip, a vector or matrix answer is shown whole with its approximation, brackets matched")
  func revealedShapes() throws {
    for id in ["ce-hessian/hessian-at", "seed-numerics/softmax"] {
      let q = try question(id, seed: 1)
      let shown = q.revealed(seed: 1)
      let approx = try #require(shown.range(of: "    ("), "\(id): \(shown)")
      let note = shown[approx.upperBound...]
      #expect(note.hasPrefix("["), "\(id): \(shown)")
      #expect(note.filter { $0 == "[" }.count == note.filter { $0 == "]" }.count, "\(id): \(shown)")
      #expect(note.contains("≈"), "\(id): \(shown)")
    }
    // A number keeps its short form: the exact example, then its approximation alone.
    let q = try question("seed-numerics/entropy-half", seed: 1)
    #expect(q.revealed(seed: 1).contains("(≈"), "\(q.revealed(seed: 1))")
  }

  @Test("same seed, same question; other seeds, other numbers")
  func determinism() throws {
    for k in Generators.all {
      let a = try k.question(seed: 42)
      let b = try k.question(seed: 42)
      #expect(a.prompt == b.prompt && a.example == b.example, "\(k.id)")
      let prompts = Set(try (1...12).map { try k.question(seed: $0).prompt })
      #expect(prompts.count > 1, "\(k.id) asks the same question for every seed")
      // A kind asked twice in one run gets fresh numbers.
      let second = Set(try (1...12).map { try k.question(seed: 42, occurrence: $0).prompt })
      #expect(second.count > 1, "\(k.id) repeats itself within a run")
    }
  }

  @Test("random sources: 3 to 5 symbols, small denominators, sum 1")
  func distributions() {
    var r = RandomSource(seed: 5)
    for _ in 0..<500 {
      let p = Draw.distribution(&r, symbols: 3...5)
      #expect((3...5).contains(p.count))
      #expect(p.reduce(Rational.zero, +) == .one)
      #expect(p.allSatisfy { $0.signum > 0 && Int($0.denominator.description)! <= 16 })
    }
    for _ in 0..<200 {
      let parts = r.int(in: 1...6)
      let total = r.int(in: parts...20)
      let c = Draw.composition(&r, total: total, parts: parts)
      #expect(c.count == parts && c.reduce(0, +) == total && c.allSatisfy { $0 > 0 })
    }
  }

  @Test("canonical codes are prefix-free with the given lengths")
  func canonicalCode() {
    #expect(Generators.canonicalCode(lengths: [1, 2, 2]) == ["0", "10", "11"])
    #expect(Generators.canonicalCode(lengths: [2, 1, 3, 3]) == ["10", "0", "110", "111"])
  }

  @Test("entropy: exact forms, correctly rounded decimals, and bits vs nats")
  func entropy() throws {
    var found = false
    for seed in UInt64(1)...40 {
      let q = try question("entropy", seed: seed)
      guard q.example.contains("log2") else { continue }
      found = true
      let reference = try #require(q.judge(q.example, seed: seed).reference)
      // "c + r*log2(b) ≈ 1.23456789012 bits": a 6-digit rounding of the approximation is correct.
      let approx = try #require(reference.split(separator: "≈").last?.split(separator: " ").first)
      let value = try #require(Double(approx))
      #expect(q.judge(String(format: "%.6g", value), seed: seed).verdict == .correct, "\(q.prompt.en): \(approx)")
      let nats = q.judge(String(format: "%.6g", value * log(2)), seed: seed)
      #expect(nats.verdict == .incorrect && nats.misconception == "nats-vs-bits", "\(nats.feedback)")
      break
    }
    #expect(found, "no irrational entropy among 40 seeds")
  }

  @Test("RealSoftMax gap: a correctly rounded decimal is accepted, a truncated one is partial")
  func realSoftMaxGap() throws {
    for seed in UInt64(1)...40 {
      let q = try question("realsoftmax-gap", seed: seed)
      guard !q.prompt.en.contains("λ ="), q.example.hasPrefix("log(1 + exp(-") else { continue }
      let d = try #require(Double(q.example.dropFirst("log(1 + exp(-".count).prefix { $0.isNumber }))
      let gap = Foundation.log1p(Foundation.exp(-d))
      let rounded = String(format: "%.6g", gap)
      #expect(q.judge(rounded, seed: seed).verdict == .correct, "\(q.prompt.en)")
      let scale = Foundation.pow(10, 5 - Foundation.floor(Foundation.log10(gap)))
      let truncated = String(format: "%.6g", Foundation.floor(gap * scale) / scale)
      if truncated != rounded {
        #expect(q.judge(truncated, seed: seed).verdict == .partial, "\(truncated) for \(rounded)")
      }
      #expect(q.judge(String(format: "%.3g", gap), seed: seed).verdict == .partial, "too few digits")
      #expect(q.judge("log(2)", seed: seed).misconception == "gap-is-log2")
      return
    }
    Issue.record("no gap question without λ among 40 seeds")
  }

  @Test("misconceptions of generated questions are recognised")
  func misconceptions() throws {
    let s = try question("softmax", seed: 3)
    // o = [log(w1), ...]: exp(o) = w, unnormalised.
    let inside = try #require(s.prompt.en.split(separator: "[").dropFirst().first?.split(separator: "]").first)
    let w = inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      .map { $0 == "0" ? "1" : String($0.dropFirst(4).dropLast()) }
    let unnormalised = s.judge("[" + w.joined(separator: ", ") + "]", seed: 3)
    #expect(unnormalised.misconception == "softmax-unnormalized", "\(s.prompt.en): \(unnormalised.feedback)")

    let k = try question("kraft", seed: 3)
    let lengths = k.prompt.en.split(separator: "(")[2].split(separator: ")")[0].split(separator: ",").map {
      Int($0.trimmingCharacters(in: .whitespaces))!
    }
    let wrong = k.judge(String(lengths.reduce(0) { $0 + (1 << $1) }), seed: 3)
    #expect(wrong.misconception == "kraft-exponent-sign", "\(k.prompt.en)")

    let softmin = try question("softmin", seed: 3)
    let lambda = softmin.example.split(separator: "/").last!
    let sign = softmin.judge("-log(exp(\(lambda)*a) + exp(\(lambda)*b))/\(lambda)", seed: 3)
    #expect(sign.verdict == .incorrect)
    #expect(sign.misconception == "softmin-sign")
    #expect(sign.counterexample != nil)
  }

  @Test("a code answer may be a list, bare words, or unquoted YAML")
  func codeAnswers() throws {
    var q: DrillQuestion?
    for seed in UInt64(1)...30 {
      let c = try question("code", seed: seed)
      if c.example == "[\"0\", \"10\", \"11\"]" {
        q = c
        break
      }
    }
    let code = try #require(q)
    for typed in ["[\"0\", \"10\", \"11\"]", "[0, 10, 11]", "0 10 11", "0, 10, 11", "\"0\" \"10\" \"11\""] {
      #expect(code.judge(typed, seed: 1).verdict == .correct, "\(typed)")
    }
    #expect(code.judge("[\"0\", \"01\", \"11\"]", seed: 1).verdict == .incorrect)
    #expect(code.judge("[0, 10", seed: 1).verdict == .invalid)
  }

  @Test("ids: kinds, exercises, unknown ids with a suggestion")
  func selection() throws {
    let dyadic = try shippedDrills.select(["dyadic-code"]).get().map(\.id)
    #expect(
      dyadic == [
        "entropy", "code", "code-length", "kraft",
        "dyadic-code/expected-length", "dyadic-code/entropy-bits", "dyadic-code/entropy-nats",
      ])
    let mixed = try shippedDrills.select(["kraft", "softmax", "kraft"]).get().map(\.id)
    #expect(mixed == ["kraft", "softmax"])
    #expect(try shippedDrills.select([]).get().count == shippedDrills.kinds.count)
    guard case .failure(let e) = shippedDrills.select(["kraf"]) else {
      Issue.record("an unknown id was accepted")
      return
    }
    #expect(e.description.contains("did you mean 'kraft'"))
  }
}

/// A drill drawn from an exercise with parameters asks about a drawn variant: its numbers (the
/// source p, the number of classes) are in the variant's statement, so the question shows it.
@Suite("exercise drills state their numbers")
struct ExerciseDrillContextTests {
  static var variedKinds: [String] {
    shippedDrills.kinds.filter { $0.id.contains("/") && !$0.id.hasPrefix("seed-numerics/") && !$0.isFixed }.map(\.id)
  }

  @Test("there are exercise drills with drawn variants")
  func some() { #expect(Self.variedKinds.count >= 5) }

  @Test("when the answer changes, the question does", arguments: variedKinds)
  func questionsDifferWithAnswers(kind: String) throws {
    var questionFor: [String: String] = [:]
    for seed in UInt64(1)...12 {
      let q = try question(kind, seed: seed)
      if let earlier = questionFor[q.prompt.en], earlier != q.example {
        Issue.record("one question, two answers (\(earlier) and \(q.example)): \(q.prompt.en)")
      }
      questionFor[q.prompt.en] = q.example
    }
  }

  @Test("the statement comes first, then the part's question, in both languages")
  func statementThenQuestion() throws {
    let q = try question("dyadic-code/entropy-nats", seed: 11)
    #expect(q.prompt.en.hasPrefix("A source emits the symbols"))
    #expect(
      q.prompt.en.hasSuffix("The entropy H(p) of the source, in nats (an exact expression such as 3/2*log(2), or a decimal)."))
    #expect(q.prompt.en.contains("\n\n  The entropy"))
    #expect(!q.prompt.ko.isEmpty && q.prompt.ko != q.prompt.en)
    #expect(!q.prompt.en.contains(" \n"), "no trailing spaces")
  }
}
