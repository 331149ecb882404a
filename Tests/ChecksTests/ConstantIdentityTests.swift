import AnswerDocument
import Checks
import Exact
import Language
import Sampling
import Testing

/// Equal constants that are not both exact are proved at once (method `identity`) instead of by
/// climbing to the precision ceiling; everything else is decided as before.
@Suite("equal constants proved, not climbed")
struct ConstantIdentityTests {
  let context = CheckContext(seed: 1, key: "seed-numerics/sigmoid")

  func value(_ reference: String) throws -> ValueCheck {
    ValueCheck(reference: try expr(reference), referenceText: reference, unit: nil)
  }

  func vector(_ reference: String) throws -> ArrayCheck {
    ArrayCheck(reference: try expr(reference), referenceText: reference)
  }

  @Test(
    "an equal value written another way is proved",
    arguments: [
      ("sigmoid(1/5)", "exp(1/5)/(1 + exp(1/5))"), ("sigmoid(1/5)", "1 - sigmoid(-1/5)"),
      ("log(1 + exp(2))", "-log(1 - sigmoid(2))"), ("exp(1/3)*exp(1/7)", "exp(10/21)"),
    ])
  func valueProved(_ reference: String, _ answer: String) throws {
    let outcome = try value(reference).check(scalar(answer), context: context)
    #expect(outcome.verdict == .correct)
    #expect(outcome.method == .identity)
    #expect(outcome.feedback.map(\.id) == ["identity.equal"])
  }

  @Test("without a marking context, or for exact values, the comparison decides as before")
  func unchangedElsewhere() throws {
    let climbed = try value("sigmoid(1/5)").check(scalar("exp(1/5)/(1 + exp(1/5))"))
    #expect(climbed.verdict == .correct && climbed.method != .identity)
    let exact = try value("log2(3)").check(scalar("log(3)/log(2)"), context: context)
    #expect(exact.verdict == .correct && exact.method == .exact)
  }

  @Test("a value that differs, even far below binary64, is never proved", arguments: [
    "exp(1/5)/(1 + exp(1/5)) + 10^-40", "exp(1/5)/(1 + exp(1/6))", "0.5498",
  ])
  func differentNotProved(_ answer: String) throws {
    let outcome = try value("sigmoid(1/5)").check(scalar(answer), context: context)
    #expect(outcome.method != .identity)
    #expect(outcome.verdict != .correct || answer == "0.5498")
  }

  @Test("log of a negative value is not the log of its absolute value: never proved, never correct")
  func absoluteValueTrap() throws {
    let outcome = try value("log(2 - exp(1/5))").check(scalar("log(exp(1/5) - 2)"), context: context)
    #expect(outcome.method != .identity)
    #expect(outcome.verdict != .correct)
  }

  @Test("an equal vector written another way is proved; a wrong entry is judged entry by entry")
  func vectorProved() throws {
    let check = try vector("softmax([0, log(2), 1/3])")
    let proved = check.check(scalar("[1, 2, exp(1/3)] / (3 + exp(1/3))"), context: context)
    #expect(proved.verdict == .correct && proved.method == .identity)
    let wrong = check.check(scalar("[1, 2, exp(1/3)] / (3 + exp(1/4))"), context: context)
    #expect(wrong.verdict == .incorrect && wrong.method != .identity)
  }
}
