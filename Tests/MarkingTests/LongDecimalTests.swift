import Catalogue
import Checks
import Marking
import Testing

/// A correctly rounded decimal is correct however many digits it has (up to the digit limit):
/// it is decided at the precision its digits need, and a comparison that cannot be decided is
/// never reported as decided.
@Suite("long decimals")
struct LongDecimalTests {
  /// `digits` (a decimal string) cut to `k` significant digits: rounded half up, or truncated.
  static func cut(_ digits: String, _ k: Int, rounded: Bool) -> String {
    var chars = Array(digits)
    let point = chars.firstIndex(of: ".")!
    chars.remove(at: point)
    var kept = chars[0..<k].map { Int(String($0))! }
    if rounded, Int(String(chars[k]))! >= 5 {
      var i = k - 1
      while true {
        kept[i] += 1
        if kept[i] < 10 { break }
        kept[i] = 0
        i -= 1
      }
    }
    let text = kept.map(String.init).joined()
    return String(text.prefix(point)) + "." + String(text.dropFirst(point))
  }

  static func verdict(_ exercise: String, _ part: String, _ answer: String) throws -> PartResult {
    let yaml = "answers:\n  \(exercise):\n    \(part): \"\(answer)\"\n"
    let result = try Fixture.marker().mark(text: yaml, file: "long.yaml")
    let e = try #require(result.exercises.first { $0.id == exercise })
    return try #require(e.parts.first { $0.part == part })
  }

  @Test(
    "correctly rounded: correct at 1231, 1232, 1233 and 2500 digits",
    arguments: [
      ("log-partition", "overflow-at", LongDecimals.overflowAt), ("info-cards", "deck", LongDecimals.deck),
      ("entropy-rates", "monkey", LongDecimals.monkey),
    ],
    [1231, 1232, 1233, 2500])
  func rounded(_ target: (String, String, String), digits: Int) throws {
    let p = try Self.verdict(target.0, target.1, Self.cut(target.2, digits, rounded: true))
    #expect(p.verdict == .correct, "\(digits) digits: \(p.feedback(in: .en))")
    #expect(p.messages.first?.id == "value.rounded" && p.methodID == "certified-bounds")
    #expect(p.feedback(in: .en).contains("\(digits) significant digits"))
  }

  @Test("truncated is partial and a wrong last digit incorrect, at 1500 digits, and neither claims exactness")
  func truncatedAndWrong() throws {
    let truncated = try Self.verdict("log-partition", "overflow-at", Self.cut(LongDecimals.overflowAt, 1500, rounded: false))
    #expect(truncated.verdict == .partial, "\(truncated.feedback(in: .en))")
    #expect(truncated.messages.map(\.id) == ["value.truncated"] && truncated.methodID == "certified-bounds")
    var wrong = Self.cut(LongDecimals.overflowAt, 1500, rounded: true)
    let last = Int(String(wrong.removeLast()))!
    wrong += String((last + 3) % 10)
    let p = try Self.verdict("log-partition", "overflow-at", wrong)
    #expect(p.verdict == .incorrect)
    #expect(p.messages.first?.id == "value.not-equal")
    #expect(p.methodID == "certified", "a certified comparison is not an exact one: \(p.method ?? "-")")
    #expect(p.feedback(in: .en).contains("interval arithmetic"), "\(p.feedback(in: .en))")
  }
}
