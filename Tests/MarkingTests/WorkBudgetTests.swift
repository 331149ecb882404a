import Catalogue
import Exact
import Foundation
import Marking
import SoftcheckTestSupport
import Testing

/// The work budget: counted units, so the same file gets the same verdicts anywhere and a batch
/// never waits long on one file; a costly part gets a clear verdict and the rest is marked.
@Suite("work budget")
struct WorkBudgetTests {
  /// Within every size limit, and a minute of work without a budget.
  static let costly = "0*(log(factorial(2000)^13+1))"

  static func file(terms: Int, term: String = costly) -> String {
    let heavy = ["-log(exp(-a)+exp(-b))"] + Array(repeating: term, count: terms)
    return """
      answers:
        realsoftmax:
          softmin: "\(heavy.joined(separator: " + "))"
          softmin-lambda: "-log(exp(-lambda*a)+exp(-lambda*b))/lambda"
          gap-sup: log(2)
        dyadic-code:
          expected-length: 3/2
      """
  }

  static func parts(_ r: FileResult) -> [String: PartResult] {
    Dictionary(uniqueKeysWithValues: r.exercises.flatMap { e in e.parts.map { ("\(e.id)/\($0.part)", $0) } })
  }

  @Test("a costly part is 'too costly to decide'; the other parts of the file are still marked")
  func costlyPart() throws {
    let r = try Fixture.marker().mark(text: Self.file(terms: 60), file: "heavy.yaml")
    let p = Self.parts(r)
    let softmin = try #require(p["realsoftmax/softmin"])
    #expect(softmin.verdict == .invalid)
    #expect(softmin.messages.map(\.id) == ["budget.part-exceeded"])
    #expect(softmin.feedback(in: .en).contains("simplify the expression"))
    #expect(softmin.method == "not decided: work budget")
    #expect(softmin.methodID == "budget")
    for key in ["realsoftmax/softmin-lambda", "realsoftmax/gap-sup", "dyadic-code/expected-length"] {
      #expect(p[key]?.verdict == .correct, "\(key): \(p[key]?.feedback(in: .en) ?? "-")")
    }
  }

  @Test("a smaller term of the same shape is within the budget and judged on its merits")
  func cheapEnough() throws {
    let r = try Fixture.marker().mark(text: Self.file(terms: 3, term: "0*(log(factorial(100)^2+1))"), file: "light.yaml")
    #expect(Self.parts(r)["realsoftmax/softmin"]?.verdict == .correct)
  }

  @Test("a file whose parts spend the file's budget: later parts are not decided, and say why")
  func fileBudget() throws {
    var marker = try Fixture.marker()
    marker.budget = WorkBudget(perPart: WorkBudget.standard.perPart, perFile: WorkBudget.standard.perPart / 2)
    let r = marker.mark(text: Self.file(terms: 60), file: "heavy.yaml")
    let p = Self.parts(r)
    #expect(p["realsoftmax/softmin"]?.messages.map(\.id) == ["budget.file-exceeded"])
    #expect(p["realsoftmax/softmin-lambda"]?.messages.map(\.id) == ["budget.file-exceeded"])
  }

  @Test("verdicts do not depend on what was marked before: alone, after itself, after other files, in a batch")
  func deterministic() async throws {
    let dir = try TemporaryFolder()
    try dir.write("heavy.yaml", Self.file(terms: 3))
    let marker = try Fixture.marker()
    let alone = marker.mark(path: dir.path("heavy.yaml"))
    let again = marker.mark(path: dir.path("heavy.yaml"))
    #expect(RobustFileTests.summary(alone) == RobustFileTests.summary(again))
    let batch = await BatchMarker(marker: marker, concurrency: 2).mark([
      RobustFileTests.complete, dir.path("heavy.yaml"), RobustFileTests.student,
    ])
    #expect(RobustFileTests.summary(batch[1]) == RobustFileTests.summary(alone))
  }

  @Test("the shipped complete answers use a fifth of the per-part budget at most, and of the file's")
  func headroom() throws {
    var marker = try Fixture.marker()
    marker.budget = WorkBudget(perPart: WorkBudget.standard.perPart / 4, perFile: WorkBudget.standard.perFile / 4)
    #expect(marker.mark(path: RobustFileTests.complete).isAllCorrect)
  }

  /// Costly terms in three parts of one exercise, so more than one costly part runs ahead at once.
  static let threeCostlyParts = """
    answers:
      realsoftmax:
        softmin: "-log(exp(-a)+exp(-b)) + \(Array(repeating: "0*(log(factorial(300)^5+1))", count: 4).joined(separator: " + "))"
        softmin-lambda: "-log(exp(-lambda*a)+exp(-lambda*b))/lambda + \(Array(repeating: "0*(log(factorial(200)^5+1))", count: 3).joined(separator: " + "))"
        gap-sup: log(2) + 0*(log(factorial(400)^3+1))
      dyadic-code:
        expected-length: 3/2
    """

  @Test(
    "parts checked several at once give the results, budgets included, of one at a time",
    arguments: [
      WorkBudget.standard,
      WorkBudget(perPart: 40_000, perFile: 60_000),
      WorkBudget(perPart: 60_000, perFile: 100_000),
      WorkBudget(perPart: 25_000, perFile: 1_000_000),
      WorkBudget(perPart: 1_000_000, perFile: 30_000),
    ])
  func aheadMatchesOneByOne(budget: WorkBudget) throws {
    var marker = try Fixture.marker()
    marker.budget = budget
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    func json(_ concurrency: Int, _ text: String) throws -> String {
      var m = marker
      m.partConcurrency = concurrency
      return String(decoding: try encoder.encode(m.mark(text: text, file: "f.yaml")), as: UTF8.self)
    }
    for text in [Self.threeCostlyParts, Self.file(terms: 2, term: "0*(log(factorial(300)^5+1))")] {
      let one = try json(1, text)
      #expect(try json(2, text) == one)
      #expect(try json(3, text) == one)
    }
  }
}
