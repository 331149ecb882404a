// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension SampledEvaluation.Tally {
  /// "Equal on 64 sampled points: 3 decided exactly, 61 certified to 2^-128.", under
  /// `sampled.equal`.
  var sentence: Message {
    let c = points - exact, bits = certifiedBits ?? 128
    return Message("sampled.equal",
      en: "equal on \(points) sampled points\(c == 0 ? ", each decided exactly" : ": \(exact) decided exactly, \(c) certified to 2^-\(bits)")",
      ko: "표본 점 \(points)개에서 같습니다\(c == 0 ? " (모두 정확히 판정)" : ": \(exact)개는 정확히 판정, \(c)개는 2^-\(bits)까지 인증된 구간으로 확인")")
  }
}
