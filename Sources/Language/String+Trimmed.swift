extension StringProtocol {
  /// The text without leading and trailing whitespace (no Foundation needed).
  public var trimmed: String {
    // Most texts (sample entries, answer lines) start and end with a visible ASCII character: a
    // byte look then settles it, without walking Characters (a grapheme that starts or ends with
    // a visible ASCII byte is not whitespace).
    let whole = String(self)
    if let first = whole.utf8.first, let last = whole.utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
      return whole
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// An ASCII byte that is not Unicode whitespace (tab, line feed, vertical tab, form feed,
  /// carriage return, space).
  private static func isVisibleASCII(_ byte: UInt8) -> Bool {
    byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
  }
}
