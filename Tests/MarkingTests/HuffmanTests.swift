import Checks
import Exact
import Testing

@Suite("Huffman expected length, exactly")
struct HuffmanTests {
  @Test("(1/2, 1/4, 1/4) gives 3/2 bits, equal to the entropy")
  func dyadicSource() throws {
    #expect(try Huffman.expectedLength(dyadicP) == .q(3, 2))
  }

  @Test("the order of the probabilities does not matter")
  func orderIndependent() throws {
    #expect(try Huffman.expectedLength([.q(1, 4), .q(1, 2), .q(1, 4)]) == .q(3, 2))
    #expect(try Huffman.expectedLength([.q(1, 4), .q(1, 4), .q(1, 2)]) == .q(3, 2))
  }

  @Test("uniform over 3 symbols gives 5/3")
  func uniform3() throws {
    #expect(try Huffman.expectedLength(Array(repeating: .q(1, 3), count: 3)) == .q(5, 3))
  }

  @Test("uniform over 9 symbols gives 29/9 (7 words of length 3, 2 of length 4)")
  func uniform9() throws {
    #expect(try Huffman.expectedLength(Array(repeating: .q(1, 9), count: 9)) == .q(29, 9))
  }

  /// Table T1 of exercises-math.md: blocks of n symbols of U₃, i.e. 3ⁿ equiprobable outcomes.
  @Test(
    "table T1: 3^n equiprobable symbols",
    arguments: [
      (1, 5, 3), (2, 29, 9), (3, 130, 27), (4, 520, 81), (5, 1931, 243), (6, 6995, 729),
    ])
  func tableT1(n: Int, numerator: Int, denominator: Int) throws {
    var m = 1
    for _ in 0..<n { m *= 3 }
    let length = try Huffman.expectedLength(Array(repeating: .q(1, m), count: m))
    #expect(length == .q(numerator, denominator))
    // The closed form of §2.4: k = ⌊log₂ M⌋, L = k + 2(M − 2^k)/M.
    let k = Int.bitWidth - m.leadingZeroBitCount - 1
    #expect(length == .q(k) + .q(2 * (m - (1 << k)), m))
  }

  @Test("a dyadic source always meets its entropy: (1/2, 1/4, 1/8, 1/8) gives 7/4")
  func dyadicFour() throws {
    #expect(try Huffman.expectedLength([.q(1, 2), .q(1, 4), .q(1, 8), .q(1, 8)]) == .q(7, 4))
  }

  @Test("one symbol needs no digits; two need one each")
  func degenerate() throws {
    #expect(try Huffman.expectedLength([.q(1)]) == .zero)
    #expect(try Huffman.expectedLength([.q(1, 3), .q(2, 3)]) == .q(1))
    #expect(try Huffman.expectedLength([.q(1, 3), .q(2, 3)], radix: 3) == .q(1))
  }

  @Test("zero-probability symbols cost nothing but still need a word")
  func zeroProbability() throws {
    // (1/2, 1/2, 0): the zero symbol shares the deepest level with one of the halves.
    #expect(try Huffman.expectedLength([.q(1, 2), .q(1, 2), .zero]) == .q(3, 2))
  }

  // MARK: Ternary

  @Test("ternary: three equiprobable symbols need one trit each")
  func ternaryUniform3() throws {
    #expect(try Huffman.expectedLength(Array(repeating: .q(1, 3), count: 3), radix: 3) == .q(1))
  }

  @Test("ternary: nine equiprobable symbols need exactly two trits")
  func ternaryUniform9() throws {
    #expect(try Huffman.expectedLength(Array(repeating: .q(1, 9), count: 9), radix: 3) == .q(2))
  }

  @Test("ternary: (1/2, 1/4, 1/4) is one trit each")
  func ternaryDyadic() throws {
    #expect(try Huffman.expectedLength(dyadicP, radix: 3) == .q(1))
  }

  @Test("ternary with an even number of symbols pads with a dummy: four uniform give 3/2")
  func ternaryPadding() throws {
    // Without the dummy the first merge would take three real symbols and give 7/4.
    #expect(try Huffman.expectedLength(Array(repeating: .q(1, 4), count: 4), radix: 3) == .q(3, 2))
    // (1/2, 1/4, 1/8, 1/8): lengths 1, 1, 2, 2 give 5/4.
    #expect(try Huffman.expectedLength([.q(1, 2), .q(1, 4), .q(1, 8), .q(1, 8)], radix: 3) == .q(5, 4))
  }

  @Test("ternary: 27 equiprobable symbols need exactly three trits")
  func ternary27() throws {
    #expect(try Huffman.expectedLength(Array(repeating: .q(1, 27), count: 27), radix: 3) == .q(3))
  }
}
