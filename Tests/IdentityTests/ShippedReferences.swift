import Identity

/// The formula references of the shipped exercises (Sources/Catalogue/Exercises, kind formula),
/// with equivalent forms of the kinds learners write and wrong ones.
let shippedReferences: [Reference] = scalarReferences + vectorReferences

let scalarReferences: [Reference] = [
  Reference(
    name: "bce-vs-mse/bce-curvature (T = 1)", variables: variables(["z": .real]),
    reference: "exp(-z)/(1 + exp(-z))^2",
    equivalent: [
      "sigmoid(z)*(1 - sigmoid(z))", "exp(z)/(1 + exp(z))^2", "1/(exp(z/2) + exp(-z/2))^2",
      "sigmoid(z)*sigmoid(-z)", "1/(2 + exp(z) + exp(-z))", "exp(-z)*sigmoid(z)^2", "sigmoid(z) - sigmoid(z)^2",
      "(1/(1 + exp(-z)))*(exp(-z)/(1 + exp(-z)))", "exp(-z)/(1 + 2*exp(-z) + exp(-2*z))",
      "1/(4*((exp(z/2) + exp(-z/2))/2)^2)", "e^(-z)/(1 + e^(-z))^2", "exp(z)/(exp(z) + 1)^2",
      "1/((1 + exp(-z))*(1 + exp(z)))", "sigmoid(z)/(1 + exp(z))", "(1 - sigmoid(z))*sigmoid(z)",
    ],
    wrong: [
      "sigmoid(z) - 1", "sigmoid(z)*(1 + sigmoid(z))", "exp(-z)/(1 + exp(-z))", "exp(z)/(1 + exp(-z))^2",
      "sigmoid(z)^2", "-exp(-z)/(1 + exp(-z))^2", "1/(1 + exp(z) + exp(-z))",
      "exp(-z)/(1 + exp(-z))^3",
    ]),
  Reference(
    name: "bce-vs-mse/bce-curvature (T = 2)", variables: variables(["z": .real]),
    reference: "exp(-z/2)/(1 + exp(-z/2))^2/4",
    equivalent: [
      "sigmoid(z/2)*(1 - sigmoid(z/2))/4", "exp(z/2)/(4*(1 + exp(z/2))^2)", "1/(4*(exp(z/4) + exp(-z/4))^2)",
      "sigmoid(z/2)*sigmoid(-z/2)/4", "exp(-z/2)/(4*(1 + exp(-z/2))^2)",
      "sigmoid(z/2)*(1 - sigmoid(z/2))*(1/4)",
    ],
    wrong: [
      "sigmoid(z/2)*(1 - sigmoid(z/2))/2", "sigmoid(z/2)*(1 - sigmoid(z/2))", "sigmoid(z)*(1 - sigmoid(z))/4",
      "(sigmoid(z/2) - 1)/2",
    ]),
  Reference(
    name: "bradley-terry/p-apple", variables: variables(["oa": .real, "oo": .real]),
    reference: "sigmoid(oa - oo)",
    equivalent: [
      "exp(oa)/(exp(oa) + exp(oo))", "1/(1 + exp(oo - oa))", "exp(oa - oo)/(1 + exp(oa - oo))",
      "softmax([oa, oo])[0]", "1 - sigmoid(oo - oa)", "exp(oa - log(exp(oa) + exp(oo)))",
      "exp(oa - max(oa, oo))/(exp(oa - max(oa, oo)) + exp(oo - max(oa, oo)))",
      "exp(oa)/(exp(oo) + exp(oa))", "1/(1 + exp(oo)/exp(oa))", "softmax([oo, oa])[1]",
    ],
    wrong: [
      "sigmoid(oa)", "exp(oo)/(exp(oa) + exp(oo))", "sigmoid(oa) - sigmoid(oo)", "exp(oa)/(1 + exp(oa) + exp(oo))",
      "sigmoid(oo - oa)", "1/(1 + exp(oa - oo))",
    ]),
  Reference(
    name: "bradley-terry/derivative", variables: variables(["oa": .real, "oo": .real]),
    reference: "exp(oa)*exp(oo)/(exp(oa) + exp(oo))^2",
    equivalent: [
      "sigmoid(oa - oo)*(1 - sigmoid(oa - oo))", "sigmoid(oa - oo)*sigmoid(oo - oa)",
      "exp(oa + oo)/(exp(oa) + exp(oo))^2", "1/(exp((oa - oo)/2) + exp((oo - oa)/2))^2",
      "softmax([oa, oo])[0]*softmax([oa, oo])[1]",
      "exp(oa - oo)/(1 + exp(oa - oo))^2", "sigmoid(oa - oo) - sigmoid(oa - oo)^2", "exp(oo - oa)/(1 + exp(oo - oa))^2",
    ],
    wrong: [
      "-sigmoid(oa - oo)*(1 - sigmoid(oa - oo))", "sigmoid(oa - oo)^2", "exp(oa)/(exp(oa) + exp(oo))^2",
      "sigmoid(oa - oo)*(1 - sigmoid(oo - oa))",
    ]),
  Reference(
    name: "bradley-terry/neither", variables: variables(["oa": .real, "oo": .real]),
    reference: "exp(0)/(exp(0) + exp(oa) + exp(oo))",
    equivalent: [
      "1/(1 + exp(oa) + exp(oo))", "softmax([oa, oo, 0])[2]", "exp(-oa)/(exp(-oa) + 1 + exp(oo - oa))",
      "1 - (exp(oa) + exp(oo))/(1 + exp(oa) + exp(oo))",
      "1/(exp(0) + exp(oa) + exp(oo))", "softmax([0, oa, oo])[0]",
    ],
    wrong: [
      "1 - sigmoid(oa) - sigmoid(oo)", "1/(exp(oa) + exp(oo))", "1/(2 + exp(oa) + exp(oo))", "exp(oa)/(1 + exp(oa) + exp(oo))",
    ]),
  Reference(
    name: "kl-gaussians/formula",
    variables: variables(["mu1": .real, "s1": .positive, "mu2": .real, "s2": .positive]),
    reference: "log(s2) - log(s1) + (s1^2 + mu1^2 - 2*mu1*mu2 + mu2^2)/(2*s2^2) - 1/2",
    equivalent: [
      "log(s2/s1) + (s1^2 + (mu1 - mu2)^2)/(2*s2^2) - 1/2",
      "log(s2) - log(s1) + s1^2/(2*s2^2) + (mu1 - mu2)^2/(2*s2^2) - 0.5",
      "-log(s1/s2) + ((s1/s2)^2 + ((mu1 - mu2)/s2)^2 - 1)/2",
      "(log(s2^2) - log(s1^2) + (s1^2 + (mu2 - mu1)^2)/s2^2 - 1)/2",
      "log(sqrt(s2^2/s1^2)) + (s1^2 + (mu1 - mu2)^2)/(2*s2^2) - 1/2",
      "0.5*(s1^2/s2^2 + (mu2 - mu1)^2/s2^2 - 1 + 2*log(s2/s1))",
    ],
    wrong: [
      "log(s1/s2) + (s1^2 + (mu1 - mu2)^2)/(2*s2^2) - 1/2", "log(s2/s1) + (s2^2 + (mu1 - mu2)^2)/(2*s1^2) - 1/2",
      "log(s2/s1) + (s1^2 + (mu1 - mu2)^2)/(2*s2^2)", "log(s2/s1) + (s1^2 + mu1^2 - mu2^2)/(2*s2^2) - 1/2",
      "log(s2/s1) + (s1 + (mu1 - mu2)^2)/(2*s2^2) - 1/2",
    ]),
  Reference(
    name: "realsoftmax/gap-formula", variables: variables(["a": .real, "b": .real, "lambda": .positive]),
    reference: "log(1 + exp(-lambda*abs(a - b)))/lambda",
    equivalent: [
      "log(exp(lambda*a) + exp(lambda*b))/lambda - max(a, b)", "log(1 + exp(-lambda*abs(b - a)))/lambda",
      "log(1 + exp(lambda*(min(a, b) - max(a, b))))/lambda",
      "(log(exp(lambda*a) + exp(lambda*b)) - lambda*max(a, b))/lambda",
      "log(exp(lambda*(a - max(a, b))) + exp(lambda*(b - max(a, b))))/lambda",
      "log(1 + exp(-lambda*(max(a, b) - min(a, b))))/lambda",
      "log(1 + exp(-lambda*abs(a - b)))*(1/lambda)", "log((exp(lambda*a) + exp(lambda*b))/exp(lambda*max(a, b)))/lambda",
    ],
    wrong: [
      "log(2)/lambda", "log(1 + exp(-lambda*(a - b)))/lambda", "log(1 + exp(-abs(a - b)))/lambda",
      "log(1 + exp(-lambda*abs(a - b)))", "log(exp(lambda*a) + exp(lambda*b))/lambda",
      "log(1 + exp(-lambda*abs(a + b)))/lambda",
    ]),
  Reference(
    name: "realsoftmax/softmin", variables: variables(["a": .real, "b": .real]),
    reference: "-log(exp(-a) + exp(-b))",
    equivalent: [
      "min(a, b) - log(1 + exp(-abs(a - b)))", "a - log(1 + exp(a - b))", "-log(sum(exp(-[a, b])))",
      "log(1/(exp(-a) + exp(-b)))", "-max(-a, -b) - log(1 + exp(-abs(a - b)))", "-log(exp(-a)*(1 + exp(a - b)))",
      "-log(exp(-b) + exp(-a))", "b - log(1 + exp(b - a))", "-(log(exp(-a) + exp(-b)))",
    ],
    wrong: [
      "-log(exp(a) + exp(b))", "log(exp(-a) + exp(-b))", "min(a, b)", "-log(exp(-a) + exp(-b)) + log(2)",
      "-log(exp(-a) + exp(-b))/2",
    ]),
  Reference(
    name: "realsoftmax/softmin-lambda", variables: variables(["a": .real, "b": .real, "lambda": .positive]),
    reference: "-log(exp(-lambda*a) + exp(-lambda*b))/lambda",
    equivalent: [
      "min(a, b) - log(1 + exp(-lambda*abs(a - b)))/lambda", "-log(sum(exp(-lambda*[a, b])))/lambda",
      "a - log(1 + exp(lambda*(a - b)))/lambda", "log(1/(exp(-lambda*a) + exp(-lambda*b)))/lambda",
      "-(1/lambda)*log(exp(-lambda*a) + exp(-lambda*b))", "b - log(1 + exp(lambda*(b - a)))/lambda",
    ],
    wrong: [
      "-log(exp(-lambda*a) + exp(-lambda*b))", "-log(exp(-a) + exp(-b))/lambda",
      "-log(exp(-lambda*a) + exp(-lambda*b))*lambda",
    ]),
]
