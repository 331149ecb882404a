import Identity

/// The shipped formula references over vectors (logits, distributions, directions).
let vectorReferences: [Reference] = [
  Reference(
    name: "ce-hessian/gradient", variables: variables(["o": .realVector, "y": .simplex(open: false)]),
    reference: "exp(o)/sum(exp(o)) - y",
    equivalent: [
      "softmax(o) - y", "exp(o - max(o))/sum(exp(o - max(o))) - y", "exp(o - log(sum(exp(o)))) - y",
      "-(y - softmax(o))", "softmax(o - o[0]) - y", "softmax(o) - y/sum(y)", "softmax(o)*sum(y) - y",
      "(exp(o) - y*sum(exp(o)))/sum(exp(o))",
    ],
    wrong: ["y - softmax(o)", "softmax(o)", "exp(o) - y", "softmax(o)*(1 - softmax(o)) - y", "-y/softmax(o)"]),
  Reference(
    name: "ce-hessian/hessian, lse-convex/hessian, ce-hessian/variance", variables: variables(["o": .realVector]),
    reference: "diag(softmax(o)) - outer(softmax(o), softmax(o))",
    equivalent: [
      "diag(exp(o)/sum(exp(o))) - outer(exp(o), exp(o))/sum(exp(o))^2",
      "outer(softmax(o), ones(len(o)))*(eye(len(o)) - outer(ones(len(o)), softmax(o)))",
      "diag(softmax(o - max(o))) - outer(softmax(o), softmax(o))",
      "diag(softmax(o)) - transpose([softmax(o)]) @ [softmax(o)]",
      "outer(softmax(o), ones(len(o)))*eye(len(o)) - outer(softmax(o), softmax(o))",
    ],
    wrong: [
      "diag(softmax(o))", "outer(softmax(o), softmax(o)) - diag(softmax(o))",
      "diag(softmax(o)) - outer(softmax(o), 1 - softmax(o))", "diag(softmax(o)*(1 - softmax(o)))",
    ]),
  Reference(
    name: "ce-hessian/diagonal", variables: variables(["o": .realVector]),
    reference: "softmax(o) - softmax(o)^2",
    equivalent: [
      "softmax(o)*(1 - softmax(o))", "exp(o)*(sum(exp(o)) - exp(o))/sum(exp(o))^2",
      "softmax(o) - softmax(o)*softmax(o)",
      "exp(o)/sum(exp(o)) - exp(2*o)/sum(exp(o))^2", "softmax(o)*(sum(softmax(o)) - softmax(o))",
    ],
    wrong: ["softmax(o)^2 - softmax(o)", "softmax(o)*(1 + softmax(o))", "1 - softmax(o)"]),
  Reference(
    name: "log-partition/shift", variables: variables(["x": .realVector, "b": .real]),
    reference: "log(sum(exp(x))) + b",
    equivalent: [
      "log(sum(exp(x + b)))", "log(sum(exp(x))*exp(b))", "log(exp(b)*sum(exp(x)))",
      "max(x) + b + log(sum(exp(x - max(x))))", "log(sum(exp(x - b))) + 2*b", "log(sum(exp(x)*exp(b)))", "b + log(sum(exp(x)))",
    ],
    wrong: ["log(sum(exp(x)))", "log(sum(exp(x))) + len(x)*b", "log(sum(exp(x)) + exp(b))", "log(sum(exp(x))) - b"]),
  Reference(
    name: "lse-convex/gradient", variables: variables(["o": .realVector]),
    reference: "exp(o)/sum(exp(o))",
    equivalent: [
      "softmax(o)", "exp(o - max(o))/sum(exp(o - max(o)))", "exp(o - log(sum(exp(o))))",
      "1/(1 + (sum(exp(o)) - exp(o))/exp(o))", "exp(o)/dot(exp(o), ones(len(o)))",
      "exp(o - o[0])/sum(exp(o - o[0]))", "softmax(o + 1)",
    ],
    wrong: ["exp(o)", "softmax(-o)", "exp(o)/sum(exp(o))^2", "exp(o)/sum(exp(o)) - 1/len(o)"]),
  Reference(
    name: "lse-convex/quadratic-form", variables: variables(["o": .realVector, "v": .realVector]),
    reference: "sum(softmax(o)*v^2) - sum(softmax(o)*v)^2",
    equivalent: [
      "sum(softmax(o)*(v - sum(softmax(o)*v))^2)",
      "v @ (diag(softmax(o)) - outer(softmax(o), softmax(o))) @ v",
      "dot(softmax(o), v*v) - dot(softmax(o), v)^2",
      "sum(exp(o)*v^2)/sum(exp(o)) - (sum(exp(o)*v)/sum(exp(o)))^2",
      "sum(softmax(o)*v*v) - dot(softmax(o), v)^2", "sum(v^2*exp(o))/sum(exp(o)) - sum(v*softmax(o))^2",
    ],
    wrong: [
      "sum(softmax(o)*o^2) - sum(softmax(o)*o)^2", "sum(softmax(o)*v^2)", "sum(softmax(o)*v)^2 - sum(softmax(o)*v^2)",
      "sum(softmax(o)*v^2) - sum(softmax(o)^2*v^2)",
      "sum(softmax(o)*v^2) - sum(v)^2/len(v)",
    ]),
  Reference(
    name: "realsoftmax/n-ary", variables: variables(["x": .realVector, "lambda": .positive]),
    reference: "log(sum(exp(lambda*x)))/lambda",
    equivalent: [
      "max(x) + log(sum(exp(lambda*(x - max(x)))))/lambda", "log(sum(exp(x)^lambda))/lambda",
      "log(sum(exp(lambda*x))^(1/lambda))", "log(sum(exp(x*lambda)))*lambda^(-1)",
      "(1/lambda)*log(sum(exp(lambda*x)))", "log(sum(exp(lambda*(x - x[0]))))/lambda + x[0]",
      "x[0] - log(softmax(lambda*x)[0])/lambda", "log(sum(exp(lambda*x - 1)))/lambda + 1/lambda",
    ],
    wrong: [
      "log(sum(exp(lambda*x)))", "log(sum(exp(x)))/lambda", "log(sum(exp(lambda*x)))*lambda", "log(sum(exp(x)))",
      "sum(exp(lambda*x))/lambda", "max(x)", "log(mean(exp(lambda*x)))/lambda", "log(sum(exp(2*x)))/2",
    ]),
]
