import Checks
import Exact
import Testing

@Suite("Code analysis: prefix detection, Kraft sums, expected length")
struct CodeAnalysisTests {
  private func analyse(_ words: [[Int]], radix: Int = 2, _ p: [Rational] = dyadicP) throws -> CodeAnalysis {
    try CodeAnalysis(codewords: words, radix: radix, probabilities: p)
  }

  // MARK: Prefix detection

  @Test(
    "prefix-free codes have no violation",
    arguments: [
      ["0", "10", "11"], ["1", "01", "00"], ["10", "0", "11"], ["00", "01", "10"], ["11", "10", "0"],
    ])
  func prefixFree(words: [String]) throws {
    let a = try analyse(words.map { $0.map { $0 == "1" ? 1 : 0 } })
    #expect(a.isPrefixFree)
    #expect(a.prefixViolation == nil)
  }

  @Test("a codeword that begins another is found, as (prefix, longer word)")
  func prefixFound() throws {
    let a = try analyse(bits("0", "1", "11"))
    let v = try #require(a.prefixViolation)
    #expect(v.0 == 1 && v.1 == 2)
    #expect(!a.isPrefixFree)
    #expect(!a.isOptimal)
  }

  @Test("the prefix may come after the word it begins")
  func prefixLater() throws {
    let a = try analyse(bits("11", "0", "1"))
    let v = try #require(a.prefixViolation)
    #expect(v.0 == 2 && v.1 == 0)
  }

  @Test("a prefix that is not adjacent in symbol order is still found")
  func prefixFarApart() throws {
    let a = try analyse(bits("0", "11", "01", "10"), [.q(1, 4), .q(1, 4), .q(1, 4), .q(1, 4)])
    let v = try #require(a.prefixViolation)
    #expect(v.0 == 0 && v.1 == 2)
  }

  @Test("duplicate codewords are a prefix violation (each word is a prefix of itself)")
  func duplicates() throws {
    let a = try analyse(bits("10", "0", "10"))
    let v = try #require(a.prefixViolation)
    #expect(Set([v.0, v.1]) == [0, 2])
    #expect(!a.isPrefixFree)
    let b = try analyse(bits("0", "0", "0"))
    #expect(b.prefixViolation != nil)
  }

  @Test("the empty-ish case: two one-digit words are prefix-free")
  func twoWords() throws {
    let a = try analyse(bits("0", "1"), [.q(1, 2), .q(1, 2)])
    #expect(a.isPrefixFree && a.isOptimal)
  }

  // MARK: Kraft sums

  @Test(
    "Kraft sums are exact rationals",
    arguments: [
      (["0", "10", "11"], 1, 1), (["00", "01", "10"], 3, 4), (["0", "1", "11"], 5, 4),
      (["0", "1", "10"], 5, 4), (["000", "001", "01"], 1, 2), (["0", "0", "0"], 3, 2),
    ])
  func kraft(words: [String], numerator: Int, denominator: Int) throws {
    let a = try analyse(words.map { $0.map { $0 == "1" ? 1 : 0 } })
    #expect(a.kraftSum == .q(numerator, denominator))
  }

  @Test("ternary Kraft sum: lengths 1, 1, 2 give 7/9")
  func kraftTernary() throws {
    let a = try analyse([[0], [1], [2, 0]], radix: 3, [.q(1, 3), .q(1, 3), .q(1, 3)])
    #expect(a.kraftSum == .q(7, 9))
    #expect(a.isPrefixFree)
    #expect(a.expectedLength == .q(4, 3))
    #expect(a.optimalLength == .q(1))
    #expect(a.properties == [.notComplete, .notOptimal])
  }

  // MARK: Expected length and properties

  @Test("the worked example is optimal with expected length 3/2")
  func workedExample() throws {
    let a = try analyse(bits("0", "10", "11"))
    #expect(a.expectedLength == .q(3, 2))
    #expect(a.optimalLength == .q(3, 2))
    #expect(a.isOptimal)
    #expect(a.properties.isEmpty)
  }

  @Test("the short word on a less probable symbol costs 7/4 and is a misassignment")
  func misassigned() throws {
    let a = try analyse(bits("10", "0", "11"))
    #expect(a.expectedLength == .q(7, 4))
    #expect(a.properties == [.lengthsMisassigned, .notOptimal])
    let pair = try #require(a.misassignedPair)
    #expect(pair.0 == 0 && pair.1 == 1)
  }

  @Test("a fixed-length code is incomplete and not optimal")
  func incomplete() throws {
    let a = try analyse(bits("00", "01", "10"))
    #expect(a.expectedLength == .q(2))
    #expect(a.properties == [.notComplete, .notOptimal])
    #expect(a.misassignedPair == nil)
  }

  @Test("a code that is not prefix-free reports only that")
  func notPrefixFreeOnly() throws {
    #expect(try analyse(bits("0", "1", "11")).properties == [.notPrefixFree])
  }

  @Test("using the worked code on U3 costs 5/3 = Huffman on U3")
  func workedCodeOnUniform() throws {
    let a = try analyse(bits("0", "10", "11"), [.q(1, 3), .q(1, 3), .q(1, 3)])
    #expect(a.expectedLength == .q(5, 3))
    #expect(a.isOptimal)
  }
}
