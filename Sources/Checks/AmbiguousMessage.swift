/// Finds a message with two different decodings, for codes that are not uniquely decodable
/// (the Sardinas–Patterson construction, searched breadth-first so the message is short).
enum AmbiguousMessage {
  struct Found {
    /// The digits of the message.
    var message: [Int]
    /// Two different symbol sequences that both encode it.
    var first: [Int]
    var second: [Int]
  }

  /// A shortest-first ambiguous message, or `nil` if the code is uniquely decodable (or no
  /// message was found within `maxStates` search states).
  static func find(_ words: [[Int]], maxStates: Int = 20_000) -> Found? {
    // Two equal codewords: the word itself is ambiguous.
    for i in words.indices {
      for j in words.indices where j > i && words[i] == words[j] {
        return Found(message: words[i], first: [i], second: [j])
      }
    }
    // A state: parse `ahead` is longer than parse `behind` by `dangling` digits.
    struct State {
      var dangling: [Int]
      var behind: [Int]
      var ahead: [Int]
    }
    var queue: [State] = []
    for i in words.indices {
      for j in words.indices where i != j && words[j].count > words[i].count && words[j].starts(with: words[i]) {
        queue.append(State(dangling: Array(words[j][words[i].count...]), behind: [i], ahead: [j]))
      }
    }
    var seen = Set<[Int]>()
    var head = 0
    while head < queue.count, head < maxStates {
      let state = queue[head]
      head += 1
      guard seen.insert(state.dangling).inserted else { continue }
      for (k, w) in words.enumerated() {
        if w == state.dangling {
          let behind = state.behind + [k]
          return Found(message: concatenation(behind, words), first: behind, second: state.ahead)
        }
        if w.count < state.dangling.count, state.dangling.starts(with: w) {
          queue.append(State(dangling: Array(state.dangling[w.count...]), behind: state.behind + [k], ahead: state.ahead))
        } else if w.count > state.dangling.count, w.starts(with: state.dangling) {
          // The behind parse overtakes: roles swap.
          queue.append(State(dangling: Array(w[state.dangling.count...]), behind: state.ahead, ahead: state.behind + [k]))
        }
      }
    }
    return nil
  }

  private static func concatenation(_ symbols: [Int], _ code: [[Int]]) -> [Int] {
    symbols.flatMap { code[$0] }
  }
}
