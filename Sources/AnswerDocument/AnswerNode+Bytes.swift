#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A YAML tree written as bytes and read back, so a file read once (the shipped exercises, at
/// build time) need not be parsed again at every start. Read back, it is the tree the reader gave,
/// locations and all; bytes that are not such a tree read as nil, never as a wrong tree.
extension AnswerNode {
  /// The tree as bytes (``init(bytes:)`` reads it back).
  package var bytes: [UInt8] {
    var out: [UInt8] = []
    Self.write(self, to: &out)
    return out
  }

  /// The tree `bytes` holds; nil for anything that is not exactly one tree.
  package init?(bytes: [UInt8]) {
    guard let node = bytes.withUnsafeBytes({ AnswerNode(bytes: $0) }) else { return nil }
    self = node
  }

  /// The tree `bytes` holds; nil for anything that is not exactly one tree.
  package init?(bytes: UnsafeRawBufferPointer) {
    var reader = ByteReader(bytes: bytes.assumingMemoryBound(to: UInt8.self))
    guard let node = reader.node(depth: 0), reader.isAtEnd else { return nil }
    self = node
  }

  private static func write(_ node: AnswerNode, to out: inout [UInt8]) {
    switch node {
    case .scalar(let s):
      out.append(0)
      write(s, to: &out)
    case .sequence(let items, let at):
      out.append(1)
      write(at, to: &out)
      writeNumber(items.count, to: &out)
      for item in items { write(item, to: &out) }
    case .mapping(let pairs, let at):
      out.append(2)
      write(at, to: &out)
      writeNumber(pairs.count, to: &out)
      for pair in pairs {
        write(pair.key, to: &out)
        write(pair.value, to: &out)
      }
    }
  }

  private static func write(_ s: ScalarText, to out: inout [UInt8]) {
    writeNumber(s.text.utf8.count, to: &out)
    out.append(contentsOf: s.text.utf8)
    out.append(s.quoted ? 1 : 0)
    writeNumber(s.lineStarts.count, to: &out)
    for start in s.lineStarts { write(start, to: &out) }
    guard let segments = s.segments else { return out.append(0) }
    out.append(1)
    writeNumber(segments.count, to: &out)
    for segment in segments {
      writeNumber(segment.offset, to: &out)
      write(segment.start, to: &out)
    }
  }

  private static func write(_ at: SourceLocation, to out: inout [UInt8]) {
    writeNumber(at.line, to: &out)
    writeNumber(at.column, to: &out)
  }

  /// A non-negative number in base 128, low digits first, the high bit marking "more".
  private static func writeNumber(_ n: Int, to out: inout [UInt8]) {
    var n = UInt(n)
    while n >= 0x80 {
      out.append(UInt8(n & 0x7F) | 0x80)
      n >>= 7
    }
    out.append(UInt8(n))
  }
}

/// Reads what ``AnswerNode/bytes`` wrote, refusing anything out of place.
private struct ByteReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var at = 0

  var isAtEnd: Bool { at == bytes.count }

  /// Deeper than any exercise file: bytes that nest further are not a tree we wrote.
  static let maximumDepth = 64

  mutating func node(depth: Int) -> AnswerNode? {
    guard depth < Self.maximumDepth, let kind = byte() else { return nil }
    switch kind {
    case 0:
      return scalar().map(AnswerNode.scalar)
    case 1:
      guard let at = location(), let count = count() else { return nil }
      var items: [AnswerNode] = []
      for _ in 0..<count {
        guard let item = node(depth: depth + 1) else { return nil }
        items.append(item)
      }
      return .sequence(items, at: at)
    case 2:
      guard let at = location(), let count = count() else { return nil }
      var pairs: [(key: AnswerNode.ScalarText, value: AnswerNode)] = []
      for _ in 0..<count {
        guard let key = scalar(), let value = node(depth: depth + 1) else { return nil }
        pairs.append((key, value))
      }
      return .mapping(pairs, at: at)
    default:
      return nil
    }
  }

  mutating func scalar() -> AnswerNode.ScalarText? {
    guard let length = count(), let text = text(length), let quoted = byte(), quoted <= 1, let lines = count() else { return nil }
    var starts: [SourceLocation] = []
    starts.reserveCapacity(lines)
    for _ in 0..<lines {
      guard let start = location() else { return nil }
      starts.append(start)
    }
    var scalar = AnswerNode.ScalarText(text: text, lineStarts: starts, quoted: quoted == 1)
    guard let hasSegments = byte(), hasSegments <= 1 else { return nil }
    if hasSegments == 1 {
      guard let n = count() else { return nil }
      var segments: [AnswerNode.ScalarText.Segment] = []
      for _ in 0..<n {
        guard let offset = number(), let start = location() else { return nil }
        segments.append(.init(offset: offset, start: start))
      }
      scalar.segments = segments
    }
    return scalar
  }

  mutating func location() -> SourceLocation? {
    guard let line = number(), let column = number() else { return nil }
    return SourceLocation(line: line, column: column)
  }

  /// A count of things still to read: never more than the bytes left, so bad bytes cannot ask
  /// for a huge allocation.
  mutating func count() -> Int? {
    guard let n = number(), n <= bytes.count - at else { return nil }
    return n
  }

  /// The text of the next `length` bytes, nil unless they are valid UTF-8. Decoded by the
  /// standard library's fast path, which would repair bad bytes, so the result is compared with
  /// them: a repaired text is not the one written. (The generic `String(validating:as:)` cost
  /// more than the rest of reading a tree.)
  mutating func text(_ length: Int) -> String? {
    defer { at += length }
    let written = UnsafeBufferPointer(rebasing: bytes[at..<at + length])
    var text = String(decoding: written, as: UTF8.self)
    let same = text.withUTF8 { decoded in
      decoded.count == length && (length == 0 || memcmp(decoded.baseAddress!, written.baseAddress!, length) == 0)
    }
    return same ? text : nil
  }

  mutating func byte() -> UInt8? {
    guard at < bytes.count else { return nil }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func number() -> Int? {
    var n = 0
    for shift in stride(from: 0, to: 63, by: 7) {
      guard let b = byte() else { return nil }
      n |= Int(b & 0x7F) << shift
      if b < 0x80 { return n }
    }
    return nil
  }
}
