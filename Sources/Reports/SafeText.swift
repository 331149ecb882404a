import Localization

/// Learner text made safe for the place it is shown.
enum SafeText {
  /// For HTML through Plot: Plot escapes `<`, `>` and quotes but keeps existing entities, so `&`
  /// is escaped here; characters XML forbids are dropped so the page stays well-formed.
  static func html(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "\t", "\n", "\r": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || u.value == 0x7F || (0xFFFE...0xFFFF).contains(u.value) { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// Escapes text for XML attributes and content, dropping characters XML 1.0 forbids.
  static func xml(_ s: String) -> String {
    // Most text needs nothing: checked on the UTF-8 bytes first (0xEF leads U+FFFE and U+FFFF).
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF })
    {
      return s
    }
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || (0xFFFE...0xFFFF).contains(u.value) { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }
}
