/// Korean particles whose form depends on the sound the word before them ends in (받침), so a
/// Korean message can put an interpolated word before a particle: `'1e10001'이`, `행렬과`, `수와`.
///
/// The final sound is read from a Hangul syllable, a digit (`1` 일, `2` 이, `0` 영, and `10`,
/// `100`, … also end in a consonant; a fraction ends in its numerator, read last: `1/2` is
/// 이분의 일) or a single Latin letter (`l` 엘, `x` 엑스); closing quotes are skipped. For
/// anything else (an English word, a symbol) both forms are written, `이(가)`, as Korean software
/// does.
public enum KoreanParticle {
  /// 이 / 가
  case subject
  /// 은 / 는
  case topic
  /// 을 / 를
  case object
  /// 과 / 와
  case and
  /// 으로 / 로 (a final ㄹ takes로)
  case means

  private var forms: (consonant: String, vowel: String, fallback: String) {
    switch self {
    case .subject: return ("이", "가", "이(가)")
    case .topic: return ("은", "는", "은(는)")
    case .object: return ("을", "를", "을(를)")
    case .and: return ("과", "와", "과(와)")
    case .means: return ("으로", "로", "(으)로")
    }
  }

  /// `word` followed by this particle, in the form its last sound needs.
  public func after(_ word: String) -> String {
    let f = forms
    switch KoreanParticle.finalSound(of: word) {
    case .vowel: return word + f.vowel
    case .rieul: return word + (self == .means ? f.vowel : f.consonant)
    case .consonant: return word + f.consonant
    case nil: return word + f.fallback
    }
  }

  enum FinalSound { case vowel, rieul, consonant }

  static func finalSound(of word: String) -> FinalSound? {
    // Closing quotes and brackets are not read: `[1/2, 1/4]` ends in 사분의 일, `log(2)` in 이.
    let closing: Set<Character> = ["'", "\"", "’", "”", " ", "]", ")"]
    let chars = Array(word)
    var end = chars.count
    while end > 0, closing.contains(chars[end - 1]) { end -= 1 }
    guard end > 0 else { return nil }
    let last = chars[end - 1]
    if let scalar = last.unicodeScalars.first, last.unicodeScalars.count == 1,
      (0xAC00...0xD7A3).contains(scalar.value)
    {
      switch (scalar.value - 0xAC00) % 28 {
      case 0: return .vowel
      case 8: return .rieul
      default: return .consonant
      }
    }
    if last.isASCII, last.isNumber {
      // A fraction is read denominator first, numerator last: 1/2 is 이분의 일.
      var digit = last
      let number = chars[..<end].reversed().prefix { $0.isASCII && ($0.isNumber || $0 == "/") }
      if let slash = number.firstIndex(of: "/"), let numerator = number[number.index(after: slash)...].first, numerator.isNumber {
        digit = numerator
      }
      // 영 일 이 삼 사 오 육 칠 팔 구; a trailing 0 is read 영, 십, 백, 천 or 만: all consonants.
      switch digit {
      case "2", "4", "5", "9": return .vowel
      case "1", "7", "8": return .rieul
      default: return .consonant
      }
    }
    if last.isASCII, last.isLetter, end == 1 || !chars[end - 2].isLetter {
      // Letter names: 에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트 (z, 제트, ends in a vowel).
      switch last.lowercased() {
      case "l", "r": return .rieul
      case "m", "n": return .consonant
      default: return .vowel
      }
    }
    return nil
  }
}
