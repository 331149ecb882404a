import Identity
import Testing

@Suite("Identity smoke")
struct SmokeTests {
  @Test("basic", arguments: [
    ("exp(oa)/(exp(oa) + exp(oo))", "sigmoid(oa - oo)", true),
    ("sigmoid(oa)", "sigmoid(oa - oo)", false),
    ("log(exp(-a) + exp(-b))", "log(1 + exp(a - b)) - a", true),
    ("exp(lambda*(a-b))", "exp(lambda*a)/exp(lambda*b)", true),
    ("max(a, b) + log(1 + exp(-abs(a - b)))", "log(exp(a) + exp(b))", true),
    ("exp(log(z^2)/2)", "z", false),
    ("exp(log(-z))", "z", false),
    ("log(-2)", "log(2)", true),
    ("log(6)", "log(2) + log(3)", true),
    ("exp(v/2)^2", "exp(v)", true),
  ])
  func basic(_ a: String, _ r: String, _ equal: Bool) throws {
    let v = try decide(a, r, vars(["oa": real, "oo": real, "a": real, "b": real, "lambda": positive, "z": real, "v": real]))
    #expect(isEqual(v) == equal, "\(v)")
  }
}
