/// Terminal column widths: Hangul, CJK ideographs and full-width forms take two columns,
/// combining marks none. `String.count` counts grapheme clusters, which misaligns every table
/// that holds Korean text.
public enum DisplayWidth {
  /// The number of terminal columns `text` takes (its first line, if several).
  public static func of(_ text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
      if scalar == "\n" { break }
      width += of(scalar)
    }
    return width
  }

  /// The columns of one scalar, as `wcwidth` does for East Asian Wide and Fullwidth characters.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 { return 0 }
    // Conjoining Hangul vowels and final consonants join the preceding leading consonant.
    if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    return wideRanges.contains { $0.contains(v) } ? 2 : 1
  }

  /// East Asian Width W and F blocks (Unicode 15) that matter for our texts: Hangul, CJK,
  /// full-width punctuation and forms, and the emoji block.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}

extension String {
  /// The text followed by spaces up to `width` terminal columns (unchanged when wider).
  public func padded(toWidth width: Int) -> String {
    let w = DisplayWidth.of(self)
    return w >= width ? self : self + String(repeating: " ", count: width - w)
  }

  /// The number of terminal columns the text takes.
  public var displayWidth: Int { DisplayWidth.of(self) }
}
