import Exact
import Localization

/// One call of a built-in function, with the checks every function shares: how many arguments,
/// a vector where one is expected, an empty vector. Each check throws an error located at the
/// call and naming the function.
struct FunctionCall {
  var name: String
  var args: [Value]
  var offset: Int

  var named: LocalizedText { LocalizedText(en: name, ko: name) }
  let argument = LocalizedText(en: "argument", ko: "인수")
  let first = LocalizedText(en: "first argument", ko: "첫 번째 인수")
  let second = LocalizedText(en: "second argument", ko: "두 번째 인수")

  func arity(_ n: Int) throws(ExpressionError) {
    guard args.count == n else {
      throw ExpressionError(
        .arity, en: "\(name) takes \(n == 1 ? "one argument" : "\(n) arguments"), not \(args.count)",
        ko: "\(name)의 인수는 \(n)개여야 합니다 (받은 인수: \(args.count)개)", at: offset)
    }
  }

  /// The entries of `v` as a vector (a number is a vector of one); a matrix is refused.
  func vector(_ v: Value, _ role: LocalizedText) throws(ExpressionError) -> [RealValue] {
    switch v {
    case .vector(let xs): return xs
    case .scalar(let x): return [x]
    case .matrix:
      let shape = v.shapeText
      throw ExpressionError(
        .type, en: "\(name) expects a vector as its \(role.en), not \(shape.en)",
        ko: "\(name)의 \(KoreanParticle.topic.after(role.ko)) 벡터여야 합니다 (받은 것: \(shape.ko))", at: offset)
    }
  }

  func emptyVector() -> ExpressionError {
    ExpressionError(.type, en: "\(name) of an empty vector", ko: "\(name)의 인수가 빈 벡터입니다", at: offset)
  }
}
