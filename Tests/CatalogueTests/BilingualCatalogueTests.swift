import Catalogue
import Checks
import Localization
import Testing

/// Every text a learner or instructor reads from the exercise files exists in English and in
/// Korean, and the loader refuses a file where one is missing.
@Suite("Exercise files carry English and Korean side by side")
struct BilingualCatalogueTests {
  static func hasHangul(_ s: String) -> Bool { s.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }

  static func misconceptions(_ check: any CheckKind) -> [Misconception] {
    check.misconceptions + ((check as? ValueKind)?.check.alternatives ?? [])
  }

  /// Every text of the shipped catalogue with a name for failure messages.
  static func texts() throws -> [(String, LocalizedText)] {
    var out: [(String, LocalizedText)] = []
    for e in try Catalogue.shipped().exercises {
      out += [("\(e.id) title", e.title), ("\(e.id) statement", e.statement)]
      if let source = e.source { out.append(("\(e.id) source", source)) }
      for p in e.parts {
        out.append(("\(e.id)/\(p.id) prompt", p.prompt))
        out.append(("\(e.id)/\(p.id) answer form", p.answerForm))
        for (k, h) in p.hints.enumerated() { out.append(("\(e.id)/\(p.id) hint \(k + 1)", h)) }
        for m in misconceptions(p.check) { out.append(("\(e.id)/\(p.id) misconception \(m.id)", m.feedback)) }
      }
      for c in try e.claims { out.append(("\(e.id) claim \(c.id)", c.statement)) }
    }
    return out
  }

  @Test("every exercise, part, hint, misconception and claim has English and Korean text")
  func everyTextBilingual() throws {
    let texts = try Self.texts()
    #expect(texts.count > 400)
    for (name, text) in texts {
      #expect(!text.en.isEmpty, "\(name) has no English")
      #expect(Self.hasHangul(text.ko), "\(name) has no Korean: \(text.ko)")
      #expect(!Self.hasHangul(text.en), "\(name): the English text has Hangul")
    }
  }

  @Test("the Korean keeps the formulas: every answer-grammar call of the English appears in the Korean")
  func formulasKept() throws {
    for (name, text) in try Self.texts() {
      for call in ["softmax(", "sigmoid(", "kl(", "log2(", "exp(", "entropy("] where text.en.contains(call) {
        #expect(text.ko.contains(call), "\(name): '\(call)' is in the English but not in the Korean")
      }
    }
  }

  static let oneLanguage = """
    id: only-english
    title:
      en: An exercise
    statement:
      en: Compute it.
      ko: 계산하세요.
    parts:
      - id: x
        kind: value
        prompt: {en: "x", ko: "x 의 값"}
        reference: "1"
    """

  @Test("a text without Korean fails to load, naming file, line, column and the fix")
  func missingKorean() {
    do {
      _ = try Catalogue.parse(Self.oneLanguage, file: "Exercises/only-english.yaml")
      Issue.record("loaded an exercise without Korean")
    } catch {
      let text = "\(error)"
      #expect(text.contains("Exercises/only-english.yaml:3:"), "\(text)")
      #expect(text.contains("'title' lacks its Korean text"), "\(text)")
    }
  }

  @Test("a bare string where both languages are needed fails with the fix spelled out")
  func bareString() {
    let text = Self.oneLanguage.replacingOccurrences(of: "title:\n  en: An exercise", with: "title: An exercise")
    do {
      _ = try Catalogue.parse(text, file: "x.yaml")
      Issue.record("loaded a bare title")
    } catch {
      #expect("\(error)".contains("x.yaml:2:"), "\(error)")
      #expect("\(error)".contains("'en:' (English) and 'ko:' (Korean)"), "\(error)")
    }
  }

  @Test("a part id used twice is reported at the second part's id")
  func duplicatePartLocated() {
    let text = """
      id: twice
      title: {en: T, ko: 제목}
      statement: {en: S, ko: 설명}
      parts:
        - id: a
          kind: value
          prompt: {en: x, ko: 엑스}
          reference: "1"
        - kind: value
          id: a
          prompt: {en: y, ko: 와이}
          reference: "2"
      """
    do {
      _ = try Catalogue.parse(text, file: "twice.yaml")
      Issue.record("loaded two parts with one id")
    } catch {
      #expect("\(error)".contains("twice.yaml:10:9: the part id 'a' appears twice"), "\(error)")
    }
  }

  @Test("an unknown language key is refused", arguments: ["ja", "kr", "EN"])
  func unknownLanguage(_ key: String) {
    let text = Self.oneLanguage.replacingOccurrences(
      of: "title:\n  en: An exercise", with: "title:\n  en: An exercise\n  \(key): x")
    #expect(throws: (any Error).self) { try Catalogue.parse(text, file: "x.yaml") }
  }
}
