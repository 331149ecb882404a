// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension CheckOutcome {
  /// What several kinds of check say alike, one case per sentence: the checks say which reason,
  /// ``message`` says it in both languages under its stable id.
  enum Reason {
    /// The part's own reference cannot be evaluated (at `place`, `n = 4`, when only there).
    case referenceNotEvaluable(place: String?)
    /// No sampled point could be evaluated where the part is defined.
    case noValidSample
    /// A number was expected (for `place` of a map, `n = 4`), and `found` is something else.
    case notANumber(found: LocalizedText, place: String?)
    /// A labelled answer (`H = log2(3)`) was read by its right-hand side.
    case labelRead(label: String)
    /// Proved equal to the reference by the exact identity test (formulas, constants).
    case provedEqual
    /// The reference's own expression (spacing and brackets aside): equal to it wherever it is defined.
    case sameAsReference
  }
}

extension CheckOutcome.Reason {
  /// The sentence, under its stable id.
  var message: Message {
    switch self {
    case .referenceNotEvaluable(let place):
      Message("exercise.reference-not-evaluable",
              en: "this part's reference answer could not be evaluated\(place.map { " at \($0)" } ?? "") (an error in the exercise file)",
              ko: "이 문항의 기준 답을 \(place.map { "\($0)에서 " } ?? "")계산할 수 없습니다 (연습 문제 파일의 오류입니다)")
    case .noValidSample:
      Message("exercise.no-valid-sample",
              en: "no sampled point could be evaluated where the part is defined (an error in the exercise file)",
              ko: "문항이 정의된 범위에서 계산할 수 있는 표본 점이 하나도 없습니다 (연습 문제 파일의 오류입니다)")
    case .notANumber(let found, let place):
      Message("answer.not-a-number",
              en: "expected a single number\(place.map { " for \($0)" } ?? ""), found \(found.en)",
              ko: "\(place.map { "\($0)의 값으로 " } ?? "")수 하나가 필요한데, 지금 답은 \(found.ko)입니다")
    case .provedEqual:
      Message("identity.equal", en: "proved equal as exp–log expressions; the chance this is wrong is below 2^-100",
              ko: "지수·로그 식으로서 같음을 증명했습니다. 이 판정이 틀렸을 확률은 2^-100 미만입니다")
    case .sameAsReference:
      Message("identity.same-expression", en: "the same expression as the reference (spacing and brackets aside), defined at every input of the part, so equal to it everywhere",
              ko: "기준 답과 같은 식입니다 (띄어쓰기와 괄호만 다를 수 있습니다). 문항의 모든 입력에서 정의되므로 어디서나 같습니다")
    case .labelRead(let label):
      Message("answer.label-read", en: "read as the value of \(label), the right-hand side of '='",
              ko: "'=' 오른쪽을 \(label)의 값으로 읽었습니다")
    }
  }
}
