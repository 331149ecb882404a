extension Definedness {
  /// The signs of a call's value from its arguments' signs; nil when it may be undefined, or
  /// when the function is outside the mapped class.
  static func call(_ name: String, _ args: [SignSet]) -> SignSet? {
    guard let x = args.first else { return nil }
    switch (name, args.count) {
    case ("exp", 1), ("sigmoid", 1), ("softmax", 1): return .positive
    case ("log", 1), ("ln", 1), ("log2", 1), ("log10", 1): return x.isPositive ? .any : nil
    case ("sqrt", 1): return x.isPositive ? .positive : nil
    case ("abs", 1): return SignSet(negative: false, zero: x.zero, positive: x.positive || x.negative)
    case ("max", 2), ("min", 2): return .extreme(x, args[1], greatest: name == "max")
    case ("max", 1), ("min", 1): return x
    case ("sum", 1), ("mean", 1), ("dot", 2): return name == "dot" ? (x * args[1]) + (x * args[1]) : x + x
    case ("entropy", 1): return x.isPositive ? .any : nil
    case ("kl", 2): return x.isPositive && args[1].isPositive ? .any : nil
    case ("cross_entropy", 2): return args[1].isPositive ? .any : nil
    case ("diag", 1), ("eye", 1): return x.union(.zero)
    case ("outer", 2): return x * args[1]
    case ("transpose", 1), ("index", 2): return x
    case ("len", 1), ("ones", 1): return .positive
    case ("zeros", 1): return .zero
    default: return nil
    }
  }
}
