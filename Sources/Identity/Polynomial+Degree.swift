import Exact

extension Polynomial {
  /// A bound on the total degree once every atom's exponents are scaled by `scales` and the
  /// negative powers cleared by one monomial (Schwartz–Zippel counts in this degree).
  func degree(scales: [Int]) -> Int {
    var highest = 0
    var cleared: [Int: Int] = [:]
    for m in terms.keys {
      var d = 0
      for f in m.factors {
        let e = f.power.numerator * (scales[f.atom] / f.power.denominator)
        if e > 0 { d += e } else { cleared[f.atom] = max(cleared[f.atom] ?? 0, -e) }
      }
      highest = max(highest, d)
    }
    return highest + cleared.values.reduce(0, +)
  }

  /// For each atom, the least common multiple of its exponents' denominators, into `scales`.
  func collectScales(into scales: inout [Int]) {
    for m in terms.keys {
      for f in m.factors where scales[f.atom] % f.power.denominator != 0 {
        let s = scales[f.atom]
        scales[f.atom] = s / Fraction.gcd(s, f.power.denominator) * f.power.denominator
      }
    }
  }
}

extension Polynomial {
  /// A bound on the bits of the integer polynomial `L·self`, where `L` is the product of the
  /// coefficients' denominators, measured by the sum of its coefficients' magnitudes (which a
  /// product's never exceeds the product of): log2 of the number of terms, plus the largest
  /// numerator's bits, plus the bits of every denominator (so also bounds the bits of `L`).
  var heightBits: Int {
    var numerator = 0
    var denominators = 0
    for c in terms.values {
      let (n, d) = c.partBits
      numerator = max(numerator, n)
      denominators += d
    }
    return (Int.bitWidth - terms.count.leadingZeroBitCount) + numerator + denominators
  }
}

extension Rational {
  /// The bits of the numerator's magnitude and of the denominator (0 for a denominator of 1).
  var partBits: (numerator: Int, denominator: Int) {
    if isInteger { return (bitWidth, 0) }
    return (numerator.bitWidth, denominator.bitWidth)
  }
}
