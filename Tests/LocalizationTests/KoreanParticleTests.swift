import Localization
import Testing

/// Particles chosen by the final sound of the word before them, as Korean writes them.
@Suite("Korean particles")
struct KoreanParticleTests {
  @Test("numbers end in the sound of their last digit; a fraction in its numerator's (1/2 is 이분의 일)")
  func numbers() {
    #expect(KoreanParticle.object.after("--seed 923040") == "--seed 923040을")
    #expect(KoreanParticle.and.after("'p = q'") == "'p = q'와")
    #expect(KoreanParticle.object.after("D(p‖q) >= 0") == "D(p‖q) >= 0을")
    #expect(KoreanParticle.topic.after("1/2") == "1/2은")
    #expect(KoreanParticle.topic.after("5/3") == "5/3는", "삼분의 오")
    #expect(KoreanParticle.means.after("\"10\"") == "\"10\"으로")
    #expect(KoreanParticle.means.after("\"1\"") == "\"1\"로", "일 ends in ㄹ, which takes 로")
    #expect(KoreanParticle.subject.after("0.5") == "0.5가")
    #expect(KoreanParticle.object.after("[1/2, 1/4, 1/4]") == "[1/2, 1/4, 1/4]을", "a list is read to its last entry")
    #expect(KoreanParticle.topic.after("log(2)") == "log(2)는")
  }

  @Test("a Hangul word by its last syllable; an English word gets both forms")
  func words() {
    #expect(KoreanParticle.topic.after("비트") == "비트는")
    #expect(KoreanParticle.topic.after("트릿") == "트릿은")
    #expect(KoreanParticle.means.after("파일") == "파일로")
    #expect(KoreanParticle.subject.after("softcheck") == "softcheck이(가)")
  }
}
