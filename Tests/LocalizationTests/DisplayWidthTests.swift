import Localization
import Testing

@Suite("Terminal display width: Hangul takes two columns")
struct DisplayWidthTests {
  @Test("ASCII is one column a character")
  func ascii() {
    #expect("softmin".displayWidth == 7)
    #expect("".displayWidth == 0)
  }

  @Test("precomposed Hangul syllables are two columns each")
  func hangul() {
    #expect("정답".displayWidth == 4)
    #expect("부분 정답".displayWidth == 9)
    #expect("교차 엔트로피".displayWidth == 13)
  }

  @Test("conjoining jamo make one two-column syllable")
  func jamo() {
    // 한 as leading consonant + vowel + final consonant.
    let decomposed = "\u{1112}\u{1161}\u{11AB}"
    #expect(decomposed.displayWidth == 2)
  }

  @Test("combining marks take no column; CJK and full-width forms two")
  func others() {
    #expect("e\u{0301}".displayWidth == 1)
    #expect("漢字".displayWidth == 4)
    #expect("ＡＢ".displayWidth == 4)
    #expect("σ(z) − 1 ≥ 0".displayWidth == 12)
    #expect("✓ ✗".displayWidth == 3)
  }

  @Test("padding to a width counts columns, not characters")
  func padding() {
    #expect("정답".padded(toWidth: 6) == "정답  ")
    #expect("correct".padded(toWidth: 6) == "correct")
    let column = ["오답", "incorrect", "부분 정답"].map { $0.padded(toWidth: 10) + "|" }
    #expect(column.allSatisfy { $0.displayWidth == 11 })
  }
}
