/// What a sampled check needs besides the answer: the seed and the part's stable key.
package struct CheckContext: Sendable {
  /// The marking seed.
  package var seed: UInt64
  /// `exercise-id/part-id`: makes each part draw its own inputs from one seed.
  package var key: String
  /// When replaying, the one case to evaluate.
  package var replayCase: Int?

  package init(seed: UInt64, key: String, replayCase: Int? = nil) {
    self.seed = seed
    self.key = key
    self.replayCase = replayCase
  }

  /// The replay token of a case: `exercise/part@seed#case`.
  package func token(case index: Int) -> String { "\(key)@\(seed)#\(index)" }

  /// Parses a replay token.
  package static func parse(token: String) -> (key: String, seed: UInt64, index: Int)? {
    guard let at = token.lastIndex(of: "@"), let hash = token.lastIndex(of: "#"), at < hash,
      let seed = UInt64(token[token.index(after: at)..<hash]),
      let index = Int(token[token.index(after: hash)...]), index >= 0
    else { return nil }
    return (String(token[..<at]), seed, index)
  }
}
