import Identity
import Testing

/// The mapping's rewrites one at a time: exp of sums, common denominators of exponents, shared
/// primitive logs, information measures.
@Suite("Identity: rewrites")
struct RewriteTests {
  let scalars = variables(["a": .real, "b": .real, "lambda": .positive, "v": .real])

  @Test(
    "exp and log of sums and products",
    arguments: [
      ("exp(lambda*(a - b))", "exp(lambda*a)/exp(lambda*b)"), ("exp(v/2)^2", "exp(v)"), ("exp(v/3)*exp(v/6)", "sqrt(exp(v))"),
      ("log(exp(-a) + exp(-b))", "log(1 + exp(a - b)) - a"), ("log(exp(a)*exp(b))", "a + b"), ("e^a*e^b", "exp(a + b)"),
      ("exp(a)^lambda", "exp(lambda*a)"), ("log(exp(a)^2)", "2*a"), ("exp(log(lambda)*2)", "lambda^2"),
      ("log(lambda^3)", "3*log(lambda)"), ("2^a", "exp(a*log(2))"), ("lambda^a*lambda^b", "lambda^(a + b)"),
    ])
  func expLog(_ a: String, _ r: String) throws {
    #expect(try decide(a, r, scalars).isEqual)
  }

  @Test(
    "cross-entropy, KL and entropy in their written forms",
    arguments: [
      ("cross_entropy(y, softmax(o))", "-sum(y*log(softmax(o)))"),
      ("-sum(y*log(softmax(o)))", "log(sum(exp(o))) - sum(y*o)"),
      ("cross_entropy(y, softmax(o))", "log(sum(exp(o))) - dot(y, o)"),
      ("kl(p, q)", "sum(p*log(p/q))"), ("kl(p, q)", "sum(p*log(p)) - sum(p*log(q))"),
      ("entropy(p)", "-sum(p*log(p))"), ("entropy(p)", "sum(p*log(1/p))"),
      ("cross_entropy(p, q)", "entropy(p) + kl(p, q)"), ("log2(exp(entropy(p)))", "entropy(p)/log(2)"),
    ])
  func information(_ a: String, _ r: String) throws {
    let v = variables(["o": .realVector, "y": .simplex(open: false), "p": .simplex(open: true), "q": .simplex(open: true)])
    #expect(try decide(a, r, v).isEqual)
  }

  @Test(
    "wrong information measures are different",
    arguments: [
      ("kl(p, q)", "kl(q, p)"), ("entropy(p)", "sum(p*log(p))"), ("cross_entropy(p, q)", "cross_entropy(q, p)"),
      ("-sum(y*log(softmax(o)))", "log(sum(exp(o))) + sum(y*o)"),
    ])
  func wrongInformation(_ a: String, _ r: String) throws {
    let v = variables(["o": .realVector, "y": .simplex(open: false), "p": .simplex(open: true), "q": .simplex(open: true)])
    #expect(try decide(a, r, v) == .different)
  }
}
