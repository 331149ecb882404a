import Localization
import Testing

@Suite("The language comes from --lang, else LC_ALL, LC_MESSAGES, LANG, else English")
struct DisplayLanguageTests {
  @Test("no variable means English")
  func defaultIsEnglish() {
    #expect(DisplayLanguage.fromEnvironment([:]) == .en)
  }

  @Test("a Korean locale in LANG means Korean", arguments: ["ko_KR.UTF-8", "ko_KR", "ko", "KO_kr.utf8"])
  func langKorean(_ value: String) {
    #expect(DisplayLanguage.fromEnvironment(["LANG": value]) == .ko)
  }

  @Test("other locales mean English", arguments: ["en_US.UTF-8", "C", "POSIX", "C.UTF-8", "ja_JP.UTF-8", "de_DE"])
  func langOther(_ value: String) {
    #expect(DisplayLanguage.fromEnvironment(["LANG": value]) == .en)
  }

  @Test("LC_ALL overrides LC_MESSAGES, which overrides LANG")
  func precedence() {
    #expect(
      DisplayLanguage.fromEnvironment(["LC_ALL": "ko_KR.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"]) == .ko)
    #expect(DisplayLanguage.fromEnvironment(["LC_ALL": "C", "LANG": "ko_KR.UTF-8"]) == .en)
    #expect(DisplayLanguage.fromEnvironment(["LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"]) == .ko)
    #expect(DisplayLanguage.fromEnvironment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "ko_KR.UTF-8"]) == .en)
  }

  @Test("an empty variable is skipped, as POSIX says")
  func emptySkipped() {
    #expect(DisplayLanguage.fromEnvironment(["LC_ALL": "", "LANG": "ko_KR.UTF-8"]) == .ko)
  }

  @Test("a localized text answers in the language asked")
  func subscriptPicks() {
    let t = LocalizedText(en: "correct", ko: "정답")
    #expect(t[.en] == "correct")
    #expect(t[.ko] == "정답")
    #expect(Message("value.correct", t)[.ko] == "정답")
  }
}

@Suite("the language read variable by variable")
struct DisplayLanguageReadingTests {
  @Test("reading each variable alone chooses as the dictionary does")
  func readingAgrees() {
    let environments: [[String: String]] = [
      [:], ["LANG": "ko_KR.UTF-8"], ["LANG": "en_US.UTF-8"], ["LC_ALL": "", "LANG": "ko"],
      ["LC_ALL": "ko_KR.UTF-8", "LC_MESSAGES": "en_US.UTF-8"], ["LC_MESSAGES": "KO", "LANG": "en"], ["OTHER": "ko"],
    ]
    for environment in environments {
      #expect(DisplayLanguage.fromEnvironment(reading: { environment[$0] }) == DisplayLanguage.fromEnvironment(environment))
    }
  }
}
