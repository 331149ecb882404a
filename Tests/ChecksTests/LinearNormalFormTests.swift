import Language
import Testing

@testable import Checks

/// The light normal form behind "a chain must argue, not restate": what it identifies and,
/// as much, what it leaves apart.
@Suite struct LinearNormalFormTests {
  func form(_ text: String) throws -> LinearNormalForm { try #require(LinearNormalForm(try expr(text))) }

  @Test(
    "reordering, +0, *1, parentheses, constants and x/x are the same form",
    arguments: [
      ("exp(a) + exp(b)", "exp(b) + exp(a) + 0"),
      ("max(a, b)", "max(b, a)"),
      ("2*log(x)/2", "((log(x)))"),
      ("a*b*c", "c*(b*a)*1"),
      ("lambda*max(a, b)/lambda", "max(a, b)"),
      ("a - b", "-(b - a)"),
      ("kl(p, q)", "sum(p*log(p/q))"),
      ("softmax(o)", "exp(o)/sum(exp(o))"),
      ("ln(x)", "log(x)"),
      ("x^1", "x"),
      ("log(a*b)", "log(a) + log(b)"),
      ("a*(b + c)", "a*b + a*c"),
      ("sum(p*log(p/q))", "sum(p*log(p)) - sum(log(q)*p)"),
      ("sum(2*x - y)", "2*sum(x) - sum(y)"),
    ])
  func same(_ a: String, _ b: String) throws {
    #expect(try form(a) == form(b), "\(a) vs \(b)")
  }

  @Test(
    "identities that take an argument stay apart",
    arguments: [
      ("log(exp(x))", "x"),
      ("(a + b)^2", "a^2 + 2*a*b + b^2"),
      ("(a + b)*(c + d)", "a*c + a*d + b*c + b*d"),
      ("log(a + b)", "log(a) + log(b)"),
      ("max(a, b)", "a"),
      ("sum(p*q)", "p @ q"),
    ])
  func apart(_ a: String, _ b: String) throws {
    #expect(try form(a) != form(b), "\(a) vs \(b)")
  }

  @Test("a ratio is found only for rational multiples")
  func ratio() throws {
    let claim = try form("log(exp(a) + exp(b)) - max(a, b)")
    #expect(try form("2*log(exp(b) + exp(a)) - 2*max(a, b)").ratio(to: claim) == 2)
    #expect(try form("max(a, b) - log(exp(a) + exp(b))").ratio(to: claim) == -1)
    #expect(try form("log(exp(a) + exp(b)) - log(exp(max(a, b)))").ratio(to: claim) == nil)
  }
}
