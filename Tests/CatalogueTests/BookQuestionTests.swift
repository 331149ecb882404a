import Catalogue
import Checks
import Marking
import Testing

/// Parts ask what the book asks (issue 11): RealSoftMax of n numbers, choices answered with
/// another claim, lengths below the entropy named impossible, codes quoted back.
@Suite("What the book asks")
struct BookQuestionTests {
  @Test(
    "RealSoftMax of n numbers is λ⁻¹ log Σ exp(λ x_i), as the contract says; RealSoftMax itself (λ = 1) is accepted with a note",
    arguments: [
      ("n-ary", "log(sum(exp(lambda*x)))/lambda", Verdict.correct, nil as String?),
      ("n-ary", "(1/λ) log(sum(exp(λ x)))", .correct, nil),
      ("n-ary", "max(x) + log(sum(exp(lambda*(x - max(x)))))/lambda", .correct, nil),
      ("n-ary", "log(sum(exp(x)))", .correct, nil),
      ("n-ary", "np.log(np.sum(np.exp(x)))", .correct, nil),
      ("n-ary", "max(x) + log(sum(exp(x - max(x))))", .correct, nil),
      ("n-ary", "log(sum(exp(lambda*x)))", .incorrect, "lambda-scaling-forgotten"),
      ("n-ary", "log(sum(exp(x)))/lambda", .incorrect, "lambda-inside-forgotten"),
      ("n-ary", "log(sum(exp(2*x)))/2", .incorrect, nil),
      ("n-ary", "sum(exp(x))", .incorrect, "nary-missing-log"),
      ("n-ary", "softmax(x)", .incorrect, "nary-softmax-not-realsoftmax"),
      ("n-ary", "softmax(lambda*x)", .incorrect, "nary-softmax-not-realsoftmax"),
      ("n-ary", "log(sum(exp(lambda*x))/lambda", .invalid, nil),
    ])
  func nAry(_ part: String, _ answer: String, _ verdict: Verdict, _ misconception: String?) throws {
    let r = try Shipped.mark("realsoftmax", part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == verdict, "\(part) '\(answer)': \(r.verdict) \(r.feedback.en)")
    #expect(r.misconception == misconception)
    // The other reading is named, so the learner sees which question was answered.
    let noted = r.messages.contains { $0.id == "misconception.accepted" }
    #expect(noted == (verdict == .correct && !answer.contains("λ") && !answer.contains("lambda")))
  }

  @Test(
    "a choice answered with another claim is incorrect with the options shown; a near miss is invalid",
    arguments: [
      ("temperature", "to-zero", "every probability goes to 0", Verdict.incorrect),
      ("temperature", "to-zero", "the distribution becomes one-hot", .incorrect),
      ("softmax-vs-sigmoid", "multilabel", "both", .incorrect),
      ("temperature", "to-zero", "argmx", .invalid),
      ("temperature", "to-zero", "argmax.", .correct),
      ("temperature", "to-zero", "it becomes one-hot at the argmax", .correct),
      ("temperature", "to-zero", "not argmax but uniform", .incorrect),
      ("temperature", "to-infinity", "it tends to the uniform distribution", .correct),
      ("temperature", "to-infinity", "argmax or uniform", .incorrect),
      ("lse-convex", "strict", "yes, it is", .incorrect),
      ("log-partition", "erratum", "예. 오류입니다", .incorrect),
      ("log-partition", "erratum", "아니요. 틀리지 않았습니다", .correct),
    ])
  func choiceClaims(_ exercise: String, _ part: String, _ answer: String, _ verdict: Verdict) throws {
    let r = try Shipped.mark(exercise, part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == verdict, "\(exercise)/\(part) '\(answer)': \(r.verdict) \(r.feedback.en)")
    if verdict == .incorrect, r.misconception == nil { #expect(r.feedback.en.contains("choose one of"), "\(r.feedback.en)") }
  }

  @Test(
    "a length below the entropy is named impossible, with the learner's number",
    arguments: [
      ("uniform3-code", "single-length", "1.5"), ("uniform3-code", "pair-length", "3/2"),
      ("uniform3-code", "limit", "1.4"), ("dyadic-code", "expected-length", "1.25"),
    ])
  func belowEntropy(_ exercise: String, _ part: String, _ answer: String) throws {
    let r = try Shipped.mark(exercise, part, yaml: Shipped.quoted(answer))
    #expect(r.verdict == .incorrect)
    #expect(r.messages.first?.id == "value.below-entropy", "\(r.feedback.en)")
    #expect(r.feedback.en.contains("\(answer) bits per symbol is impossible"), "\(r.feedback.en)")
    #expect(r.feedback.ko.contains("불가능합니다"))
  }

  @Test("block lengths below the entropy are named impossible, each key")
  func blockBelowEntropy() throws {
    let r = try Shipped.mark("uniform3-code", "block-length", yaml: "{1: 5/3, 2: 1.5, 3: 1.55}")
    #expect(r.verdict == .partial)
    #expect(r.feedback.en.contains("The values for n = 2, n = 3 are impossible"), "\(r.feedback.en)")
  }

  @Test("a length above the entropy is judged as before; the entropy itself keeps its misconception")
  func aboveEntropy() throws {
    #expect(try Shipped.mark("uniform3-code", "single-length", yaml: "5/3").verdict == .correct)
    let entropy = try Shipped.mark("uniform3-code", "single-length", yaml: "log2(3)")
    #expect(entropy.misconception == "entropy-achievable")
    #expect(try Shipped.mark("uniform3-code", "limit", yaml: "1.585").verdict == .correct)
  }

  @Test("feedback on a code quotes the learner's codewords and names one to shorten")
  func codeQuoted() throws {
    let r = try Shipped.mark("uniform3-code", "single-code", yaml: "[\"00\", \"01\", \"10\"]")
    #expect(r.verdict == .partial)
    #expect(r.feedback.en.contains("[\"00\", \"01\", \"10\"]"), "\(r.feedback.en)")
    #expect(r.feedback.en.contains("The codeword \"10\" of 3 can become \"1\""), "\(r.feedback.en)")
  }

  @Test("a code shorter than the entropy is not decodable, and the feedback says why")
  func codeBelowEntropy() throws {
    let r = try Shipped.mark("uniform3-code", "single-code", yaml: "[\"0\", \"1\", \"10\"]")
    #expect(r.verdict == .incorrect)
    #expect(r.messages.contains { $0.id == "code.below-entropy" }, "\(r.feedback.en)")
  }
}
