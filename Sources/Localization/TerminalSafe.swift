/// Text from input made safe to print at a terminal.
///
/// Names, ids, file names and answers come from files anyone can write, and YAML's escapes make
/// any control character legal in them: `\e[2J` would clear the instructor's screen, `\e]0;…\a`
/// set the window title, `\e[8m` hide what follows. Every control character becomes visible in
/// caret notation (`^[` for escape, `^?` for delete), C1 controls and the bidirectional overrides
/// that can reorder a line as `\u{…}`; the text itself is never dropped.
public enum TerminalSafe {
  /// `text` with every control character shown; line breaks and tabs become spaces unless
  /// `keepingLines` (for multi-line messages whose lines the program made).
  public static func text(_ text: String, keepingLines: Bool = false) -> String {
    var out = ""
    for u in text.unicodeScalars {
      switch u {
      case "\n" where keepingLines, "\t" where keepingLines: out.unicodeScalars.append(u)
      case "\n", "\r", "\t": out += " "
      case _ where u.value < 0x20: out += "^" + String(Character(Unicode.Scalar(u.value + 0x40)!))
      case "\u{7F}": out += "^?"
      case _ where isHidden(u): out += "\\u{\(String(u.value, radix: 16))}"
      default: out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// C1 controls and the bidirectional embeddings, overrides and isolates.
  private static func isHidden(_ u: Unicode.Scalar) -> Bool {
    (0x80...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
  }
}
