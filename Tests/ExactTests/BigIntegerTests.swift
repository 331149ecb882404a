import Exact
import PropertyBased
import Testing

@Suite struct BigIntegerBasics {
  @Test func powersAndTheirLimits() throws {
    // 3^665 is just above 2^1054 (665·log2 3 = 1054.00006…), so it takes 1055 bits.
    let big = try BigInteger(3).power(665)
    #expect(big.bitWidth == 1055)
    #expect(big > (try BigInteger(2).power(1054)))
    #expect(try BigInteger(2).power(1000).bitWidth == 1001)
    #expect(try BigInteger(2).power(1000).trailingZeroBitCount == 1000)
    #expect(try BigInteger(-2).power(3) == -8)
    #expect(try BigInteger(7).power(0) == 1)
    #expect(try BigInteger(0).power(Int.max) == 0)
    #expect(try BigInteger(1).power(Int.max) == 1)

    #expect(ErrorKind.limitExceeded == thrownKind { try BigInteger(3).power(1 << 20) })
    #expect(ErrorKind.limitExceeded == thrownKind { try BigInteger(2).power(Int.max) })
    #expect(ErrorKind.limitExceeded == thrownKind { try big.power(Int.max / 2) }, "width·exponent overflows Int")
    let small = ExactLimits(maxBits: 64)
    #expect(try BigInteger(2).power(31, limits: small) == BigInteger(1 << 31))
    #expect(ErrorKind.limitExceeded == thrownKind { try BigInteger(3).power(100, limits: small) })
    #expect(ErrorKind.limitExceeded == thrownKind { try BigInteger(1).shiftedLeft(by: 64, limits: small) })
    #expect(try BigInteger(1).shiftedLeft(by: 62, limits: small) == BigInteger(1 << 62))
  }

  @Test(arguments: [
    (0, "0"), (7, "7"), (-42, "-42"), (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
  ])
  func smallDescriptions(value: Int, text: String) throws {
    #expect(BigInteger(value).description == text)
    #expect(try BigInteger(decimal: Substring(text)) == BigInteger(value))
    #expect(BigInteger(value).intValue == value)
  }

  @Test func largeDescriptions() throws {
    let x = try BigInteger(2).power(100)
    #expect(x.description == "1267650600228229401496703205376")
    #expect((-x).description == "-1267650600228229401496703205376")
    #expect(x.decimalDigitCount == 31)
    #expect(BigInteger(0).decimalDigitCount == 1)
    #expect(BigInteger(-999).decimalDigitCount == 3)
  }

  @Test func intValueFitsOnlyInRange() throws {
    let max = BigInteger(Int.max)
    let min = BigInteger(Int.min)
    #expect((max + 1).intValue == nil)
    #expect((min - 1).intValue == nil)
    #expect((min + 1).intValue == Int.min + 1)
    #expect(min.magnitude.intValue == nil)
    #expect(try BigInteger(2).power(200).intValue == nil)
  }

  @Test func hashingFollowsEquality() async {
    await propertyCheck(count: 300, input: Gen.int(), Gen.int()) { a, b in
      let x = BigInteger(a) * BigInteger(b)
      let y = BigInteger(b) * BigInteger(a)
      let parsed = try BigInteger(decimal: Substring(x.description))
      #expect(x == y && x.hashValue == y.hashValue)
      #expect(parsed == x && parsed?.hashValue == x.hashValue)
      #expect(Set([x, y, parsed ?? x]).count == 1)
    }
    #expect(Set([BigInteger(5), BigInteger(-5), BigInteger(0)]).count == 3)
  }

  @Test func arithmeticAgreesWithInt() async {
    await propertyCheck(count: 300, input: Gen.int(in: -(1 << 30)...(1 << 30)), Gen.int(in: -(1 << 30)...(1 << 30))) { a, b in
      #expect((BigInteger(a) + BigInteger(b)).intValue == a + b)
      #expect((BigInteger(a) - BigInteger(b)).intValue == a - b)
      #expect((BigInteger(a) * BigInteger(b)).intValue == a * b)
      #expect((a < b) == (BigInteger(a) < BigInteger(b)))
      if b != 0 {
        let (q, r) = try BigInteger(a).quotientAndRemainder(dividingBy: BigInteger(b))
        #expect(q.intValue == a / b && r.intValue == a % b)
        let floor = try BigInteger(a).floorDivided(by: BigInteger(b))
        #expect(floor.intValue == Int((Double(a) / Double(b)).rounded(.down)))
        #expect(BigInteger(a).isDivisible(by: BigInteger(b)) == (a % b == 0))
      }
      #expect(BigInteger.gcd(BigInteger(a), BigInteger(b)).intValue == gcd(a, b))
    }
  }

  @Test func copyOnWrite() {
    let a = BigInteger(41)
    var b = a
    b += 1
    #expect(a == 41 && b == 42)
    var c = a
    c *= c
    #expect(a == 41 && c == 1681)
    var d = a
    d += d
    #expect(d == 82)
  }

  @Test func exactRoots() throws {
    #expect(try BigInteger(3).power(665).exactRoot(665) == 3)
    #expect(try BigInteger(12345).power(7).exactRoot(7) == 12345)
    #expect(BigInteger(16).exactRoot(2) == 4)
    #expect(BigInteger(16).exactRoot(4) == 2)
    #expect(BigInteger(16).exactRoot(3) == nil)
    #expect(BigInteger(10).exactRoot(2) == nil)
    #expect(BigInteger(0).exactRoot(5) == 0)
    #expect(BigInteger(1).exactRoot(1) == 1)
    #expect(BigInteger(-27).exactRoot(3) == -3)
    // An even root of a negative number is not an integer: nil, not a GMP abort.
    #expect(BigInteger(-4).exactRoot(2) == nil)
    #expect(BigInteger(-16).exactRoot(4) == nil)
    #expect(try (BigInteger(2).power(64) + 1).exactRoot(2) == nil)
    #expect(try BigInteger(2).power(64).isPerfectPower)
    #expect(!(BigInteger(12).isPerfectPower))
  }

  @Test func shifts() throws {
    #expect(BigInteger(-7).shiftedRight(by: 1) == -3, "truncates toward zero")
    #expect(BigInteger(40).shiftedRight(by: 3) == 5)
    #expect(try BigInteger(5).shiftedLeft(by: 3) == 40)
  }
}

private func gcd(_ a: Int, _ b: Int) -> Int {
  var (x, y) = (abs(a), abs(b))
  while y != 0 { (x, y) = (y, x % y) }
  return x
}
