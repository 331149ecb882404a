import Exact

extension ExpLogMapping {
  /// `exp(u)`: the product over the terms `c·m` of `u` of `exp(m)^c`, with `exp(k·log|P|)` for an
  /// integer `k` given back as `|P|^k`: `P^k` when `k` is even or `P ≥ 0` on the domain, and by
  /// cases otherwise (never simply `P^k`, or `exp(log(-z))` would come back as `z`), and
  /// `exp(k·log n)` as `n^k`.
  mutating func exponential(_ u: RationalFunction) throws(GiveUp) -> RationalFunction {
    guard let p = u.polynomial else { return atom(.opaque("exp", [u])) }
    var result = RationalFunction.one
    for (m, c) in p.terms.sorted(by: { $0.key < $1.key }) {
      result = try result * exponentialTerm(m, c)
    }
    return result
  }

  private mutating func exponentialTerm(_ m: Monomial, _ c: Rational) throws(GiveUp) -> RationalFunction {
    let k = try Self.fraction(c)
    if m.factors.count == 1, m.factors[0].power == .one, k.isInteger {
      switch atoms[m.factors[0].atom] {
      case .logInteger(let n):
        guard let r = try? Rational(n).power(k.numerator) else { throw GiveUp("power out of range") }
        return RationalFunction(r)
      case .logAbs(let primitive):
        if k.numerator % 2 == 0 { return try RationalFunction(primitive).power(k.numerator) }
        // |P|^k is (±P)^k: by the sign P keeps on the domain, else by cases (P ≥ 0, P ≤ 0).
        let s = sign(ofPrimitive: primitive) ?? sign(of: RationalFunction(primitive))
        return try RationalFunction(primitive.scaled(by: Rational(s))).power(k.numerator)
      default: break
      }
    }
    return atom(.exp(m), power: k)
  }

  /// A coefficient as a small exponent, giving up when it is too large to be a sensible power.
  static func fraction(_ c: Rational) throws(GiveUp) -> Fraction {
    guard let n = c.numerator.intValue, let d = c.denominator.intValue, abs(n) <= 1 << 20, d <= 1 << 20 else {
      throw GiveUp("coefficient out of range")
    }
    return try Fraction(n, d)
  }

  /// `log u`, read where `u > 0`: the constant content over its primes, the monomial content as
  /// the matching combination (`log exp(m)^c = c·m`, `log|x^k| = k·log|x|`), and `log|P| − log|Q|`
  /// for the primitive parts.
  mutating func logarithm(_ u: RationalFunction) throws(GiveUp) -> RationalFunction {
    guard !u.isZero else { throw GiveUp("log of zero") }
    let (c, m, primitive) = try u.numerator.content()
    var sum = try logConstant(c.magnitude) + logMonomial(m)
    if primitive != .one { sum = try sum + logAbs(primitive) }
    for (f, k) in u.factors.sorted(by: { $0.key.precedes($1.key) }) { sum = try sum - logAbs(f).scaled(by: Rational(k)) }
    return RationalFunction(sum)
  }

  private mutating func logAbs(_ primitive: Polynomial) -> Polynomial {
    Polynomial(Monomial(atom: number(.logAbs(primitive))))
  }

  private mutating func logMonomial(_ m: Monomial) throws(GiveUp) -> Polynomial {
    var sum = Polynomial.zero
    for f in m.factors {
      let k = Rational(f.power.numerator, f.power.denominator)
      if case .exp(let inner) = atoms[f.atom] {
        sum = try sum + Polynomial(inner, k)
      } else {
        sum = try sum + logAbs(Polynomial(Monomial(atom: f.atom))).scaled(by: k)
      }
    }
    return sum
  }

  /// `log q` of a positive rational: a combination of logs of primes (and of a cofactor with no
  /// prime below 1000, left whole).
  private mutating func logConstant(_ q: Rational) throws(GiveUp) -> Polynomial {
    var sum = Polynomial.zero
    for (n, sign) in [(q.numerator, 1), (q.denominator, -1)] {
      for (factor, e) in Self.factor(n) {
        sum = try sum + Polynomial(Monomial(atom: number(.logInteger(factor))), Rational(sign * e))
      }
    }
    return sum
  }

  /// Trial division by the numbers below 1000: the prime factors found, and the cofactor.
  static func factor(_ n: BigInteger) -> [(BigInteger, Int)] {
    var rest = n.magnitude
    var found: [(BigInteger, Int)] = []
    var d = 2
    while d < 1000, rest > BigInteger(1) {
      let divisor = BigInteger(d)
      var e = 0
      while rest.isDivisible(by: divisor), let q = try? rest.quotientAndRemainder(dividingBy: divisor).quotient {
        rest = q
        e += 1
      }
      if e > 0 { found.append((divisor, e)) }
      d += d == 2 ? 1 : 2
    }
    if rest > BigInteger(1) { found.append((rest, 1)) }
    return found
  }
}
