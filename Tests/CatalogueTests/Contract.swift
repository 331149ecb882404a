import Catalogue
import Checks
import Foundation
import Language
import Marking
import Testing

/// The catalogue contract of `exercises.md` ("The catalogue" table), written out by hand: the
/// exercise ids, their part ids in order, and the kind of answer each part expects. Answer files
/// and reports key on these ids, so the shipped files must match this table exactly.
enum Contract {
  struct Entry: Sendable {
    var id: String
    var parts: [(id: String, kind: String)]
  }

  static let table: [Entry] = [
    Entry(id: "kl-nonnegative", parts: [("proof", "chain"), ("equality", "condition"), ("symmetric", "choice")]),
    Entry(
      id: "lse-convex",
      parts: [
        ("gradient", "formula"), ("hessian", "formula"), ("quadratic-form", "formula"),
        ("proof", "chain"), ("strict", "choice"),
      ]),
    Entry(
      id: "ce-hessian",
      parts: [
        ("gradient", "formula"), ("hessian", "formula"), ("diagonal", "formula"),
        ("variance", "formula"), ("hessian-at", "matrix"),
      ]),
    Entry(
      id: "uniform3-code",
      parts: [
        ("entropy-bits", "value"), ("single-code", "code"), ("single-length", "value"),
        ("match-entropy", "choice"), ("pair-code", "code"), ("pair-length", "value"),
        ("block-length", "map"), ("limit", "value"), ("better-code", "block-code"),
      ]),
    Entry(
      id: "dyadic-code",
      parts: [
        ("code", "code"), ("expected-length", "value"), ("entropy-bits", "value"),
        ("entropy-nats", "value"),
      ]),
    Entry(
      id: "realsoftmax",
      parts: [
        ("gt-max", "chain"), ("gap-sup", "value"), ("gap-where", "condition"),
        ("gap-inf", "value"), ("gap-formula", "formula"), ("lambda", "chain"), ("limit-bound", "bound"),
        ("softmin", "formula"), ("softmin-lambda", "formula"), ("n-ary", "formula"),
        ("n-ary-bound", "bound"),
      ]),
    Entry(
      id: "log-partition",
      parts: [
        ("shift", "formula"), ("erratum", "choice"), ("stable", "stable"),
        ("overflow-at", "value"), ("at", "value"),
      ]),
    Entry(
      id: "temperature",
      parts: [
        ("double", "value"), ("half", "value"), ("to-zero", "choice"),
        ("to-infinity", "choice"),
      ]),
    Entry(id: "pam3", parts: [("trits", "value"), ("mapping", "code"), ("why", "text")]),
    Entry(id: "bradley-terry", parts: [("p-apple", "formula"), ("derivative", "formula"), ("neither", "formula")]),
    Entry(id: "info-cards", parts: [("card", "value"), ("heart", "value"), ("three-of-spades", "value"), ("deck", "value")]),
    Entry(id: "entropy-rates", parts: [("monkey", "value"), ("typesetter", "value"), ("language-model", "value")]),
    Entry(id: "mutual-information", parts: [("numeric", "value"), ("identity", "text")]),
    Entry(id: "kl-gaussians", parts: [("formula", "formula"), ("at", "value")]),
    Entry(
      id: "seed-numerics",
      parts: [
        ("softmax", "vector"), ("sigmoid", "value"), ("entropy-half", "value"),
        ("entropy-2-8", "value"), ("cross-entropy", "value"), ("bce", "vector"),
        ("argmax", "value"),
      ]),
    Entry(
      id: "softmax-vs-sigmoid",
      parts: [
        ("multilabel", "choice"), ("shift-invariance", "choice"),
        ("inference-argmax", "choice"),
      ]),
    Entry(id: "bce-vs-mse", parts: [("bce-curvature", "formula"), ("mse-nonconvex-below", "value"), ("max-slope", "value")]),
  ]

  static var exerciseIDs: [String] { table.map(\.id) }

  /// One part of the contract, as a test argument.
  struct PartKey: Sendable, CustomTestStringConvertible {
    var exercise: String
    var part: String
    var kind: String
    var testDescription: String { "\(exercise)/\(part)" }
  }

  static var partKeys: [PartKey] {
    table.flatMap { e in e.parts.map { PartKey(exercise: e.id, part: $0.id, kind: $0.kind) } }
  }
}

/// The shipped catalogue, loaded once, and helpers to mark answers written as YAML text.
enum Shipped {
  static let loaded: Result<Catalogue, any Error> = Result { try Catalogue.shipped() }

  static func catalogue() throws -> Catalogue { try loaded.get() }

  static func marker() throws -> Marker { Marker(catalogue: try catalogue()) }

  /// The part of the shipped catalogue named by the key, or nil when it is absent. The contract
  /// suite reports absent parts (`record: true`); the other suites skip them, so that a missing
  /// part is one failure, not one per suite.
  static func part(
    _ key: Contract.PartKey, record: Bool = false,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (Exercise, Part)? {
    // Not #require(exercise.part(...)): its failure message would print the whole exercise.
    guard let exercise = try catalogue().exercise(key.exercise) else {
      if record { Issue.record("no shipped exercise '\(key.exercise)' (exercises.md lists it)", sourceLocation: sourceLocation) }
      return nil
    }
    guard let part = exercise.part(key.part) else {
      if record {
        Issue.record(
          "'\(key.exercise)' has no part '\(key.part)' (exercises.md lists it); its parts are \(exercise.parts.map(\.id))",
          sourceLocation: sourceLocation)
      }
      return nil
    }
    return (exercise, part)
  }

  /// The column where the value of `part` starts in ``file(_:_:yaml:)``: `    part: value`.
  static func valueColumn(_ part: String) -> Int { part.count + 7 }

  /// An answer file that answers one part; the answer is on line 3, starting at ``valueColumn(_:)``.
  static func file(_ exercise: String, _ part: String, yaml: String) -> String {
    "answers:\n  \(exercise):\n    \(part): \(yaml)\n"
  }

  /// Marks one part answered with `yaml` (written verbatim after `part: `) through the marker,
  /// end to end: YAML reading, the part's check, points and location.
  static func mark(
    _ exercise: String, _ part: String, yaml: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> PartResult {
    let result = try marker().mark(text: file(exercise, part, yaml: yaml), file: "answers.yaml")
    #expect(result.errors.isEmpty, "unexpected file errors: \(result.errors)", sourceLocation: sourceLocation)
    let e = try #require(result.exercises.first { $0.id == exercise }, sourceLocation: sourceLocation)
    return try #require(e.parts.first { $0.part == part }, sourceLocation: sourceLocation)
  }

  /// An expression written as a single-quoted YAML scalar (so `:`, `#`, `{` stay text).
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }
}

/// Builds code answers for code-part misconceptions that are recognised by codeword lengths or
/// properties rather than by an answer text.
enum CodeAnswers {
  static func digits(_ alphabet: CodeCheck.Alphabet) -> [String] {
    alphabet == .binary ? ["0", "1"] : ["-", "0", "+"]
  }

  /// A prefix-free (canonical) code with these lengths, in symbol order; the Kraft sum must be <= 1.
  static func canonical(lengths: [Int], alphabet: CodeCheck.Alphabet) -> [String] {
    let r = alphabet.radix
    let order = lengths.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
    var words = Array(repeating: "", count: lengths.count)
    var code = 0
    var previous = 0
    for (k, i) in order.enumerated() {
      let length = lengths[i]
      if k > 0 { code += 1 }
      for _ in previous..<length { code *= r }
      previous = length
      var text: [String] = []
      var c = code
      for _ in 0..<length {
        text.append(digits(alphabet)[c % r])
        c /= r
      }
      words[i] = text.reversed().joined()
    }
    return words
  }

  /// The codewords of a part's `example:` (a sequence of strings).
  static func exampleWords(_ part: Part) -> [String]? {
    guard case .sequence(let items, _)? = part.example else { return nil }
    var words: [String] = []
    for item in items {
      guard case .scalar(let s) = item else { return nil }
      words.append(s.text)
    }
    return words
  }

  /// A code that has `property` for the part's source, or nil when none is built here.
  static func code(with property: CodeAnalysis.Property, for check: CodeCheck, part: Part) -> [String]? {
    let n = check.probabilities.count
    switch property {
    case .notPrefixFree:
      guard var words = exampleWords(part), words.count >= 2 else { return nil }
      words[1] = words[0]
      return words
    case .notComplete, .notOptimal:
      // Every word one digit longer than the shortest fixed-length code: Kraft sum < 1.
      var length = 1
      var count = check.alphabet.radix
      while count < n {
        length += 1
        count *= check.alphabet.radix
      }
      return canonical(lengths: Array(repeating: length + 1, count: n), alphabet: check.alphabet)
    case .lengthsMisassigned:
      guard let words = exampleWords(part) else { return nil }
      var lengths = words.map(\.count)
      for i in 0..<n {
        for j in 0..<n where check.probabilities[i] > check.probabilities[j] && lengths[i] < lengths[j] {
          lengths.swapAt(i, j)
          return canonical(lengths: lengths, alphabet: check.alphabet)
        }
      }
      return nil
    }
  }

  static func yaml(_ words: [String]) -> String {
    "[" + words.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
  }
}
