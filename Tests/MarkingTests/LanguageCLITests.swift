import Catalogue
import Foundation
import Marking
import SoftcheckTestSupport
import Testing

/// `--lang` and the locale: what a learner reads changes language; what a program reads does not.
@Suite("Korean and English on the command line")
struct LanguageCLITests {
  static let student = "Examples/student-lee.yaml"

  static func hasHangul(_ s: String) -> Bool { s.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }

  @Test("mark --lang ko prints the Korean feedback of the catalogue and of the engine")
  func markKorean() throws {
    let r = try CLI.run(["mark", Self.student, "--lang", "ko"])
    #expect(r.status == 1, "student-lee has wrong parts: \(r.stderr)")
    #expect(r.stdout.contains("오답") && r.stdout.contains("오개념: "), "\(r.stdout)")
    // Each recognised misconception's Korean sentence from the exercise file is shown.
    let catalogue = try Catalogue.shipped()
    let result = Marker(catalogue: catalogue).mark(path: CLI.packageRoot.appendingPathComponent(Self.student).path)
    var shown = 0
    for e in result.exercises {
      for p in e.parts {
        guard let id = p.misconception, let message = p.messages.first(where: { $0.id == "misconception.\(id)" }) else {
          continue
        }
        let start = String(message.text.ko.prefix(24))
        #expect(r.stdout.contains(start), "the Korean feedback of \(id) is shown: \(start)")
        shown += 1
      }
    }
    #expect(shown > 0, "the example recognises some misconception")
    // No engine sentence is left in English: every feedback line of a part has Hangul.
    let feedbackLines = r.stdout.split(separator: "\n").filter {
      $0.hasPrefix("        ") && !$0.contains("softcheck mark --replay")
    }
    for line in feedbackLines where line.contains(" ") && !line.contains(" = ") && !line.contains(".yaml:") {
      #expect(Self.hasHangul(String(line)), "an English line in Korean output: \(line)")
    }
  }

  @Test("LANG=ko_KR.UTF-8 chooses Korean; --lang en overrides it; LC_ALL overrides LANG")
  func localeSelection() throws {
    let korean = try CLI.run(["mark", Self.student, "--lang", "ko"])
    let byLang = try CLI.run(["mark", Self.student], environment: ["LANG": "ko_KR.UTF-8"])
    #expect(byLang.stdout == korean.stdout)
    let english = try CLI.run(["mark", Self.student])
    #expect(!Self.hasHangul(english.stdout.replacingOccurrences(of: "Lee Jiho", with: "")) || english.stdout != korean.stdout)
    #expect(english.stdout.contains("misconception: "))
    let forced = try CLI.run(["mark", Self.student, "--lang", "en"], environment: ["LANG": "ko_KR.UTF-8"])
    #expect(forced.stdout == english.stdout)
    let byLCAll = try CLI.run(["mark", Self.student], environment: ["LANG": "ko_KR.UTF-8", "LC_ALL": "en_US.UTF-8"])
    #expect(byLCAll.stdout == english.stdout)
  }

  @Test("--lang rejects an unknown language with a usage error")
  func unknownLanguage() throws {
    let r = try CLI.run(["mark", Self.student, "--lang", "ja"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("--lang"))
  }

  /// Removes the fields that carry text in the chosen language.
  static func machineFields(_ value: Any) -> Any {
    if let object = value as? [String: Any] {
      var out: [String: Any] = [:]
      for (k, v) in object where !["feedback", "message", "lang"].contains(k) { out[k] = machineFields(v) }
      return out
    }
    if let array = value as? [Any] { return array.map(machineFields) }
    return value
  }

  @Test("JSON: ids, verdicts, scores and messages are identical in both languages; only the shown text differs")
  func jsonStable() throws {
    let en = try CLI.run(["mark", Self.student, "--format", "json", "--lang", "en"])
    let ko = try CLI.run(["mark", Self.student, "--format", "json", "--lang", "ko"])
    let a = try JSONSerialization.jsonObject(with: Data(en.stdout.utf8))
    let b = try JSONSerialization.jsonObject(with: Data(ko.stdout.utf8))
    #expect(
      NSDictionary(dictionary: Self.machineFields(a) as! [String: Any]).isEqual(to: Self.machineFields(b) as! [String: Any]))
    let ka = try #require(b as? [String: Any])
    #expect(ka["lang"] as? String == "ko")
    // The shown feedback is the Korean text of the messages, which carry both languages and ids.
    let parts = (ka["exercises"] as? [[String: Any]] ?? []).flatMap { $0["parts"] as? [[String: Any]] ?? [] }
    let answered = parts.filter { ($0["verdict"] as? String) != "unanswered" }
    #expect(!answered.isEmpty)
    for p in answered {
      let messages = try #require(p["messages"] as? [[String: Any]])
      #expect(!messages.isEmpty)
      for m in messages {
        let id = try #require(m["id"] as? String)
        #expect(id != "untranslated" && !id.isEmpty)
        let text = try #require(m["text"] as? [String: String])
        #expect(Self.hasHangul(text["ko"] ?? ""), "message \(id) has Korean: \(text)")
        #expect(!(text["en"] ?? "").isEmpty)
      }
      #expect(Self.hasHangul(p["feedback"] as? String ?? ""))
    }
  }

  @Test("show, list and template speak Korean; the Korean template is still a valid answer file")
  func catalogueCommands() throws {
    let show = try CLI.run(["show", "dyadic-code", "--hints", "--lang", "ko"])
    #expect(show.status == 0)
    #expect(show.stdout.contains("힌트: "))
    #expect(Self.hasHangul(show.stdout))
    let list = try CLI.run(["list", "--lang", "ko"])
    #expect(list.stdout.contains("문항: "))
    let template = try CLI.run(["template", "dyadic-code", "--lang", "ko"])
    #expect(template.stdout.contains("# 답: "))
    let folder = try TemporaryFolder()
    try folder.write("t.yaml", template.stdout)
    let marked = try CLI.run(["mark", folder.path("t.yaml"), "--format", "json"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(marked.stdout.utf8)) as? [String: Any])
    #expect((json["errors"] as? [Any])?.isEmpty == true, "\(marked.stdout)")
  }

  @Test("results marked in English (jsonl) make a Korean report: messages carry both languages")
  func shardsRerender() throws {
    let folder = try TemporaryFolder()
    let shard = try CLI.run(["mark", Self.student, "--format", "jsonl", "--lang", "en"])
    try folder.write("shard.jsonl", shard.stdout)
    let html = folder.path("class.html")
    let r = try CLI.run(["report", folder.path("shard.jsonl"), "--out", html, "--lang", "ko"])
    #expect(r.status == 0, "\(r.stderr)")
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.contains("<html lang=\"ko\">"))
    let direct = Marker(catalogue: try Catalogue.shipped()).mark(path: CLI.packageRoot.appendingPathComponent(Self.student).path)
    let korean = direct.exercises.flatMap(\.parts).compactMap { $0.messages.first { $0.id.hasPrefix("misconception.") }?.text.ko }
    #expect(!korean.isEmpty)
    for text in korean {
      // Up to the first character HTML escapes.
      let start = String(text.prefix { !"<>&\"'".contains($0) }.prefix(20))
      #expect(page.contains(start), "the Korean report shows \(start)")
    }
  }

  @Test("a file error is Korean too, still with file, line and column")
  func fileErrorKorean() throws {
    let folder = try TemporaryFolder()
    try folder.write("bad.yaml", "format: softcheck/1\nanswers:\n  dyadic-cod:\n    code: [\"0\"]\n")
    let r = try CLI.run(["mark", folder.path("bad.yaml"), "--lang", "ko"])
    #expect(r.stdout.contains("bad.yaml:3:3: "), "\(r.stdout)")
    #expect(r.stdout.contains("혹시 'dyadic-code' 말인가요?"), "\(r.stdout)")
  }

  @Test("--help is Korean with --lang ko or a Korean locale, English with LANG=C")
  func helpKorean() throws {
    // The help is wrapped to the terminal width: compare with runs of white space as one space.
    func flat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    let byFlag = try CLI.run(["mark", "--help", "--lang", "ko"])
    #expect(byFlag.status == 0, "\(byFlag.stderr)")
    #expect(flat(byFlag.stdout).contains("답안 파일을 채점합니다"), "\(byFlag.stdout)")
    #expect(flat(byFlag.stdout).contains("출력 형식."), "option help is Korean too: \(byFlag.stdout)")
    #expect(byFlag.stdout.contains("--format") && byFlag.stdout.contains("<token>"), "flag and value names stay")
    let byLocale = try CLI.run(["--help"], environment: ["LANG": "ko_KR.UTF-8"])
    #expect(byLocale.status == 0, "\(byLocale.stderr)")
    #expect(Self.hasHangul(byLocale.stdout), "\(byLocale.stdout)")
    #expect(flat(byLocale.stdout).contains("D2L 소프트맥스 회귀 연습문제의 답을 정확하게 채점합니다."), "\(byLocale.stdout)")
    let english = try CLI.run(["mark", "--help"], environment: ["LANG": "C"])
    #expect(english.status == 0, "\(english.stderr)")
    #expect(
      flat(english.stdout).contains("Mark answer files (a folder means every .yaml/.yml file in it, recursively)."),
      "\(english.stdout)")
    #expect(!Self.hasHangul(english.stdout), "\(english.stdout)")
  }
}
