import Foundation
import SoftcheckTestSupport
import Testing

/// Same input, same output, in every process: Swift seeds its hash tables afresh in each
/// process, so work charged while walking a dictionary in its own order would differ from run to
/// run, and an answer near its budget would be marked one way today and another tomorrow. The
/// JSON shows the units each part was charged, so three processes must agree to the unit.
@Suite("one input, one output, in every process")
struct ProcessDeterminismTests {
  /// Formula answers that make the identity test expand big sums, and one that runs it to its
  /// limit of 1,000,000 units (where a different order of the same work once cost a different
  /// number of units): sixteen 16th powers of 20-term sums, each about 62,500 units.
  static let hostile = """
    student: hostile
    answers:
      realsoftmax:
        softmin: "(\((1...40).map { "exp(\($0)*a)" }.joined(separator: " + ")))^8"
        softmin-lambda: "-log(exp(-lambda*a) + exp(-lambda*b) + exp(-lambda*(a+b)/2)^2 - exp(-lambda*a)*exp(-lambda*b))/lambda"
        gap-formula: "(a + b + lambda + 1)^40 - (a + b + lambda + 1)^40 + log(1 + exp(-lambda*abs(a - b)))/lambda"
        n-ary: "\((1...16).map { "(\($0)*(\(sumOfExps)))^16" }.joined(separator: " + "))"

    """
  static let sumOfExps = (1...20).map { "exp(\($0)*lambda)" }.joined(separator: " + ")

  @Test("the shipped examples and costly answers: byte-identical JSON, work units included, in three processes")
  func threeProcesses() throws {
    let tmp = try TemporaryFolder()
    try tmp.write("hostile.yaml", Self.hostile)
    let examples = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("Examples").path)
      .filter { $0.hasSuffix(".yaml") }.sorted().map { CLI.packageRoot.appendingPathComponent("Examples/\($0)").path }
    let args = ["mark", "--format", "jsonl", tmp.path("hostile.yaml")] + examples
    // One run with Swift's fixed hash seed, two with the usual per-process seeds.
    let runs = try [["SWIFT_DETERMINISTIC_HASHING": "1"], [:], [:]].map { try CLI.run(args, environment: $0) }
    for run in runs { #expect(run.status <= 1, "\(run.stderr)") }
    #expect(runs[0].stdout.contains("\"work\":"), "every checked part says what it was charged")
    let units = runs[0].stdout.split(separator: "\"work\":").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    #expect(units.contains { $0 >= 1_000_000 }, "the costly answer runs the identity test to its limit")
    for run in runs.dropFirst() {
      #expect(run.stdout == runs[0].stdout, "first difference: \(Self.firstDifference(runs[0].stdout, run.stdout))")
    }
  }

  /// A short window around where two outputs first differ (the whole outputs are pages long).
  static func firstDifference(_ a: String, _ b: String) -> String {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    let common = min(x.count, y.count)
    guard let i = (0..<common).first(where: { x[$0] != y[$0] }) ?? (x.count == y.count ? nil : common) else { return "none" }
    func window(_ s: [UInt8]) -> String { String(decoding: s[max(0, i - 120)..<min(s.count, i + 40)], as: UTF8.self) }
    return "…\(window(x))… against …\(window(y))…"
  }
}
