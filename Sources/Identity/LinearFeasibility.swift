import Exact

/// Whether a case region has interior: a system of strict linear inequalities `aᵀx + b > 0`,
/// decided exactly by Fourier–Motzkin elimination (the systems are a few comparisons of a few
/// variables).
///
/// A region without interior can be skipped: where both sides are continuous, equality on the
/// regions with interior extends to their boundaries (and at a boundary point every choice of
/// case that the point's neighbours take maps the expression correctly).
package enum LinearFeasibility {
  /// `aᵀx + b`: coefficients by atom number, and the constant.
  struct Form {
    var coefficients: [Int: Rational]
    var constant: Rational
  }

  /// Most inequalities elimination may produce before it stops and answers "maybe".
  static let maxForms = 400

  /// False only when the strict system `p > 0` for every `p` is proved to have no solution;
  /// true when it has one, or when a polynomial is not linear in variables, or elimination
  /// grows past its bound.
  package static func mayHaveInterior(_ polynomials: [Polynomial], isVariable: (Int) -> Bool) -> Bool {
    var forms: [Form] = []
    for p in polynomials {
      guard let f = form(p, isVariable: isVariable) else { return true }
      forms.append(f)
    }
    var variables = Set(forms.flatMap(\.coefficients.keys)).sorted()
    while let v = variables.popLast() {
      guard let next = eliminate(v, from: forms) else { return true }
      forms = next
    }
    return forms.allSatisfy { $0.constant.signum > 0 }
  }

  private static func form(_ p: Polynomial, isVariable: (Int) -> Bool) -> Form? {
    var f = Form(coefficients: [:], constant: .zero)
    for (m, c) in p.terms {
      if m.isOne {
        f.constant = c
        continue
      }
      guard m.factors.count == 1, m.factors[0].power == .one, isVariable(m.factors[0].atom) else { return nil }
      f.coefficients[m.factors[0].atom] = c
    }
    return f
  }

  private static func eliminate(_ v: Int, from forms: [Form]) -> [Form]? {
    let upper = forms.filter { ($0.coefficients[v]?.signum ?? 0) > 0 }
    let lower = forms.filter { ($0.coefficients[v]?.signum ?? 0) < 0 }
    var next = forms.filter { $0.coefficients[v] == nil }
    guard next.count + upper.count * lower.count <= maxForms else { return nil }
    for p in upper {
      for n in lower {
        // Positive multiples of two strict inequalities whose sum has no `v`.
        let (a, b) = (-(n.coefficients[v] ?? .zero), p.coefficients[v] ?? .zero)
        var sum = Form(coefficients: [:], constant: p.constant * a + n.constant * b)
        for key in Set(p.coefficients.keys).union(n.coefficients.keys) where key != v {
          let c = (p.coefficients[key] ?? .zero) * a + (n.coefficients[key] ?? .zero) * b
          if !c.isZero { sum.coefficients[key] = c }
        }
        next.append(sum)
      }
    }
    return next
  }
}
