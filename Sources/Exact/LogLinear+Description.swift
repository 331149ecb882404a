extension LogLinear: CustomStringConvertible {
  /// The value in the answer grammar, e.g. `3/2 + 2*log2(3)` or `log(5) - 8/5*log(2)`.
  public var description: String {
    let fn = base == .two ? "log2" : "log"
    var parts: [(negative: Bool, text: String)] = []
    if !constant.isZero || terms.isEmpty {
      parts.append((constant.signum < 0, constant.magnitude.description))
    }
    // Positive terms first, so an entropy reads `log(5) - 8/5*log(2)`; by base within each sign.
    for t in terms.filter({ $0.coefficient.signum > 0 }) + terms.filter({ $0.coefficient.signum < 0 }) {
      let c = t.coefficient.magnitude
      let log = "\(fn)(\(t.base))"
      parts.append((t.coefficient.signum < 0, c == .one ? log : "\(c)*\(log)"))
    }
    var out = ""
    for (i, p) in parts.enumerated() {
      if i == 0 { out = (p.negative ? "-" : "") + p.text } else { out += (p.negative ? " - " : " + ") + p.text }
    }
    return out
  }
}
