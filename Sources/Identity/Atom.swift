import Exact

/// One indeterminate of the mapping: what real quantity it stands for.
///
/// Distinct atoms are treated as independent, which can only miss a relation (then "different"
/// is not trusted, see ``IdentityTest``), never invent one: each atom is a well-defined real
/// function wherever its expression is defined.
package enum Atom: Hashable, Sendable {
  /// A variable, or one entry of a vector variable (`index` is nil for a scalar).
  case variable(String, index: Int?)
  /// `exp(m)` of a monomial; `exp(c·m)` is this atom to the power `c`.
  case exp(Monomial)
  /// `log|P|` of a primitive polynomial: the absolute value makes `log(P/Q) = log|P| − log|Q|`
  /// an identity wherever the left side is defined, whatever the signs of `P` and `Q`.
  case logAbs(Polynomial)
  /// `log n` of an integer n > 1 (a prime, or a cofactor left unfactored).
  case logInteger(BigInteger)
  /// A function the mapping does not look inside (`sqrt` of a non-square, `exp` of a
  /// quotient), keyed by its canonical arguments.
  case opaque(String, [RationalFunction])

  /// Whether the atom is never negative where it is defined (so a polynomial with positive
  /// coefficients in such atoms is too).
  func isNonnegative(variableSigns: [String: Bool]) -> Bool {
    switch self {
    case .variable(let name, _): return variableSigns[name] ?? false
    case .exp: return true
    case .logAbs, .logInteger: return false
    case .opaque(let name, _): return name == "exp"
    }
  }
}
