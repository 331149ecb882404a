// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Language
import Localization

extension UnknownKey {
  /// `unknown key 'misconception' in a 'value' part; did you mean 'misconceptions'?`, or, with
  /// nothing close, the keys that may stand there.
  var message: Message {
    let hint = NameSuggestion.hint(for: key, among: known)
    let list = known.joined(separator: ", ")
    let en = hint.en.isEmpty ? "; the keys here are \(list)" : hint.en
    let ko = hint.ko.isEmpty ? ". 여기에 쓸 수 있는 항목은 \(list)입니다" : hint.ko
    return Message("exercise.unknown-key", en: "unknown key '\(key)' in \(placeText.en)\(en)",
                   ko: "\(placeText.ko)에 쓸 수 없는 항목 '\(key)'입니다\(ko)")
  }

  /// The place, as the sentence names it.
  private var placeText: LocalizedText {
    switch place {
    case .exercise: return LocalizedText(en: "the exercise", ko: "문제")
    case .part(let kind): return LocalizedText(en: "a '\(kind)' part", ko: "'\(kind)' 문항")
    case .claim: return LocalizedText(en: "a claim", ko: "주장(claim)")
    case .misconception(let kind): return LocalizedText(en: "a misconception of a '\(kind)' part", ko: "'\(kind)' 문항의 오개념")
    case .parameter(let name): return LocalizedText(en: "the parameter '\(name)'", ko: "매개변수 '\(name)'")
    case .field(let name): return LocalizedText(en: "'\(name)'", ko: "'\(name)'")
    }
  }
}
