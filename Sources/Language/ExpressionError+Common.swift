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
    let hint = NameSuggestion.hint(for: name, among: candidates)
    return ExpressionError(
      .unknownName, en: "unknown name '\(name)'\(hint.en)",
      ko: "알 수 없는 이름 '\(name)'입니다\(hint.ko)", at: offset)
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
