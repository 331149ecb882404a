import Localization

/// Errors raised from more than one place, written once in both languages.
extension ExpressionError {
  static func tooManySteps(_ limit: Int, at offset: Int) -> ExpressionError {
    ExpressionError(
      .limit, en: "evaluation needs more than \(limit) steps",
      ko: "계산에 \(limit)단계보다 많은 연산이 필요합니다", at: offset)
  }

  static func matrixTooLarge(_ limit: Int, at offset: Int) -> ExpressionError {
    ExpressionError(
      .limit, en: "a matrix of more than \(limit) entries",
      ko: "행렬의 성분이 \(limit)개보다 많습니다", at: offset)
  }

  static func unknownOperator(_ op: String, at offset: Int) -> ExpressionError {
    ExpressionError(.syntax, en: "unknown operator '\(op)'", ko: "알 수 없는 연산자 '\(op)'입니다", at: offset)
  }

  /// `sum of vectors of lengths 2 and 3`: an operation (or function) on vectors that must have
  /// the same length.
  public static func lengthMismatch(_ what: LocalizedText, _ a: Int, _ b: Int, at offset: Int) -> ExpressionError {
    ExpressionError(
      .type, en: "\(what.en) of vectors of lengths \(a) and \(b)",
      ko: "길이가 서로 다른 두 벡터(길이 \(a), \(b))의 \(what.ko)", at: offset)
  }

  /// `'log' is a function: call it as log(...)` or `unknown name 'lamda'; did you mean 'lambda'?`.
  public static func unknownName(_ name: String, among known: some Sequence<String>, at offset: Int) -> ExpressionError {
    if Functions.names.contains(name) {
      return ExpressionError(
        .unknownName, en: "'\(name)' is a function: call it as \(name)(...)",
        ko: "\(KoreanParticle.topic.after("'\(name)'")) 함수입니다: \(name)(...)처럼 호출하세요", at: offset)
    }
    // A one-letter name is a quantity of its own (`P` for a probability), not a slip of another
    // letter: only the same letter in the other case is suggested (`P` for `p`), never `e` for `P`.
    let candidates = name.count == 1 ? known.filter { $0.lowercased() == name.lowercased() } : Array(known)
    if let product = juxtaposed(name, of: Array(known)) {
      // `pp` for p·p, `pv` for p·v: names written together are one name to the grammar.
      return ExpressionError(
        .unknownName,
        en: "unknown name '\(name)': to multiply \(product.joined(separator: " and ")), put '*' or a space between them",
        ko: "알 수 없는 이름 '\(name)'입니다: \(Self.koreanList(product)) 곱하려면 사이에 '*'나 공백을 넣으세요", at: offset)
    }
    let hint = NameSuggestion.hint(for: name, among: candidates)
    return ExpressionError(
      .unknownName, en: "unknown name '\(name)'\(hint.en)",
      ko: "알 수 없는 이름 '\(name)'입니다\(hint.ko)", at: offset)
  }

  /// The known one-letter names `name` is made of, in order (`pp` is p and p), or nil.
  static func juxtaposed(_ name: String, of known: [String]) -> [String]? {
    let letters = Set(known.filter { $0.count == 1 })
    guard name.count >= 2, name.count <= 4, name.allSatisfy({ letters.contains(String($0)) }) else { return nil }
    return name.map(String.init)
  }

  /// `p와 v를`: each name but the last followed by 와/과, the last by 을/를.
  private static func koreanList(_ names: [String]) -> String {
    (names.dropLast().map { KoreanParticle.and.after($0) } + [KoreanParticle.object.after(names.last ?? "")]).joined(
      separator: " ")
  }

  /// Unit words learners append to numbers (`1.5 bits`, `2비트`).
  static let unitWords: Set<String> = ["bit", "bits", "nat", "nats", "비트", "내트"]

  /// A unit written after a number, with or without a space: the slip named, not "unexpected".
  static func unitAfterNumber(_ word: String, at offset: Int) -> ExpressionError {
    ExpressionError(
      .syntax, en: "leave out the unit '\(word)': write the number alone (the part states its unit)",
      ko: "단위 '\(word)' 없이 수만 쓰세요 (단위는 문항에 정해져 있습니다)", at: offset)
  }
}
