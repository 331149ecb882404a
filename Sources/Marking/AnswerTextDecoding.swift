import Foundation
import Localization

/// Turns an answer file's bytes into text: UTF-8 (with or without a byte-order mark), and UTF-16
/// or UTF-32 when a byte-order mark says so, as editors on Windows save them ("Unicode" in
/// Notepad is UTF-16 with a mark). Anything else is refused with a message naming what the
/// bytes look like and how to save the file as UTF-8.
enum AnswerTextDecoding {
  enum Refusal: Error, Equatable {
    case invalid(encoding: String)
    case utf16WithoutMark
  }

  static func text(_ bytes: [UInt8]) -> Result<String, Refusal> {
    let marks: [(prefix: [UInt8], encoding: String.Encoding, name: String)] = [
      ([0xEF, 0xBB, 0xBF], .utf8, "UTF-8"),
      // UTF-32 LE before UTF-16 LE: its mark begins with UTF-16 LE's.
      ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian, "UTF-32LE"),
      ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian, "UTF-32BE"),
      ([0xFF, 0xFE], .utf16LittleEndian, "UTF-16LE"),
      ([0xFE, 0xFF], .utf16BigEndian, "UTF-16BE"),
    ]
    for mark in marks where bytes.starts(with: mark.prefix) {
      let body = Data(bytes.dropFirst(mark.prefix.count))
      guard let text = String(data: body, encoding: mark.encoding) else { return .failure(.invalid(encoding: mark.name)) }
      return .success(text)
    }
    if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
    return .failure(looksLikeUTF16(bytes) ? .utf16WithoutMark : .invalid(encoding: "UTF-8"))
  }

  /// Text of ASCII letters saved as UTF-16 has a zero byte in every other place.
  private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(512)
    guard sample.count >= 4 else { return false }
    return sample.filter { $0 == 0 }.count * 4 >= sample.count
  }
}

extension AnswerTextDecoding.Refusal {
  /// What the learner reads, with the way out.
  var message: Message {
    switch self {
    case .invalid(let name):
      Message(
        "file.not-utf8", en: "the file is not valid \(name) text: save it as UTF-8",
        ko: "파일이 올바른 \(name) 텍스트가 아닙니다. UTF-8로 저장하세요")
    case .utf16WithoutMark:
      Message(
        "file.utf16-no-mark", en: "the file looks like UTF-16 text without a byte-order mark: save it as UTF-8",
        ko: "파일이 바이트 순서 표시(BOM)가 없는 UTF-16 텍스트로 보입니다. UTF-8로 저장하세요")
    }
  }
}
