public import Localization

/// "Did you mean" suggestions by edit distance, for unknown names and ids.
public enum NameSuggestion {
  /// The "did you mean" hint for `name`, empty in both languages when no candidate is close.
  ///
  /// Append it to a sentence written without its final full stop, in both languages:
  /// `unknown name 'lamdba'` + `; did you mean 'lambda'?` and
  /// `알 수 없는 이름 'lamdba'입니다` + `. 혹시 'lambda' 말인가요?`.
  public static func hint(for name: String, among candidates: some Sequence<String>) -> LocalizedText {
    guard let best = closest(to: name, among: candidates) else { return LocalizedText(en: "", ko: "") }
    return LocalizedText(en: "; did you mean '\(best)'?", ko: ". 혹시 '\(best)' 말인가요?")
  }

  /// The closest candidate within edit distance 2 (or 1 for short names), if any.
  ///
  /// Ties are broken by what the candidates are, never by the order they come in: candidates
  /// often come from a set or dictionary, whose order changes from run to run, and the same
  /// answer must always get the same hint. Among equally close names, one that holds every
  /// typed letter in order comes first (a letter left out is the commonest slip: `lg` is `log`
  /// rather than `ln`), then the alphabetically first.
  public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
    let limit = name.count <= 3 ? 1 : 2
    let lowered = name.lowercased()
    var best: (distance: Int, missesLetters: Int, name: String)?
    for c in candidates where abs(c.count - name.count) <= limit {
      let d = distance(lowered, c.lowercased())
      guard d <= limit else { continue }
      let key = (d, holdsInOrder(c.lowercased(), lowered) ? 0 : 1, c)
      if let b = best, b <= key { continue }
      best = key
    }
    return best?.name
  }

  /// Whether every character of `typed` appears in `candidate`, in order.
  private static func holdsInOrder(_ candidate: String, _ typed: String) -> Bool {
    var rest = Substring(candidate)
    for ch in typed {
      guard let i = rest.firstIndex(of: ch) else { return false }
      rest = rest[rest.index(after: i)...]
    }
    return true
  }

  /// Levenshtein distance (with adjacent transpositions counted as one edit).
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { d[i][0] = i }
    for j in 0...y.count { d[0][j] = j }
    for i in 1...x.count {
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[x.count][y.count]
  }
}
