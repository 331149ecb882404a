// swift-format-ignore-file
// (A table of sentences: each case with its two languages, kept as written.)

import Localization

extension UnreadablePartKind {
  /// `the exercise file is broken here, so this part cannot be marked: Exercises/pam3.yaml:14:7: …`.
  static func message(_ error: CatalogueError) -> Message {
    Message("catalogue.unreadable-part",
            en: "this part cannot be marked, its exercise file is broken: \(error.description(in: .en))",
            ko: "문제 파일에 오류가 있어 이 문항을 채점할 수 없습니다: \(error.description(in: .ko))")
  }
}
