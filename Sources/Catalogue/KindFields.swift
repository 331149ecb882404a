import AnswerDocument
import Checks
import Exact
import Language
import Localization
import Sampling

/// A part of an exercise file as its kind reads it: the part's fields and the reader's located
/// validation. Every field a kind asks for must be one of its ``CheckKind/fields`` or every
/// part's (``ExerciseKeys/part``): the docs list those, and any other key is refused before the
/// kind reads, so a kind cannot read a field the docs do not know.
package struct KindFields {
  /// The part's id.
  package let id: String
  /// The part's mapping, where a missing field is reported.
  package let node: AnswerNode
  let fields: [String: AnswerNode]
  let reader: ExerciseFileReader
  /// The keys the kind may read.
  let declared: Set<String>
  /// The kind's name, for errors.
  let kind: String

  init(id: String, node: AnswerNode, fields: [String: AnswerNode], reader: ExerciseFileReader, kind: any CheckKind.Type) {
    self.id = id
    self.node = node
    self.fields = fields
    self.reader = reader
    declared = Set(kind.fields + ExerciseKeys.part)
    self.kind = kind.name
  }

  /// The field `key`, if the part has it.
  package subscript(_ key: String) -> AnswerNode? {
    declare(key)
    return fields[key]
  }

  /// Stops a debug build (the tests) when a kind reads a key it does not list.
  private func declare(_ key: String) {
    assert(declared.contains(key), "a kind reads '\(key)', which is not among its fields")
  }

  /// The field `key`, which the part must have.
  package func required(_ key: String) throws(CatalogueError) -> AnswerNode {
    declare(key)
    return try reader.required(fields, key, in: node)
  }

  /// A required field holding one value.
  package func string(_ key: String) throws(CatalogueError) -> String {
    try reader.scalarText(try required(key), key)
  }

  /// An optional field holding one value.
  package func optionalString(_ key: String) throws(CatalogueError) -> String? {
    guard let v = self[key] else { return nil }
    return try reader.scalarText(v, key)
  }

  /// An optional exact number (`1/3`), as a Double.
  package func number(_ key: String) throws(CatalogueError) -> Double? {
    declare(key)
    return try reader.number(fields, key)
  }

  /// An optional whole number.
  package func integer(_ key: String) throws(CatalogueError) -> Int? {
    try number(key).map { Int($0) }
  }

  /// An optional exact number.
  func rational(_ key: String) throws(CatalogueError) -> Rational? {
    guard let v = self[key] else { return nil }
    return try reader.rational(v)
  }

  /// An optional list of single values (empty when absent).
  func stringList(_ key: String) throws(CatalogueError) -> [String] {
    declare(key)
    return try reader.optionalStringList(fields, key)
  }

  /// A required expression field, checked to evaluate over `variables` (nil: not evaluated).
  func expression(_ key: String, variables: [Variable]? = []) throws(CatalogueError) -> (expression: Expression, text: String) {
    let node = try required(key)
    let text = try reader.scalarText(node, key)
    return (try reader.expression(text, at: node, variables: variables), text)
  }

  /// A required relation field (`kl(p, q) >= 0`), checked to evaluate over `variables`.
  func relation(_ key: String, variables: [Variable]) throws(CatalogueError) -> Relation {
    let node = try required(key)
    return try reader.relation(try reader.scalarText(node, key), at: node, variables: variables)
  }

  /// The pairs of `node`, the mapping the field `key` holds, its keys checked against `keys`.
  func pairs(_ node: AnswerNode, of key: String, keys: [String]) throws(CatalogueError) -> [String: AnswerNode] {
    let pairs = try reader.mapping(node, en: key, ko: "\(key) 항목은")
    try reader.checkKeys(node, known: keys, in: .field(key))
    return pairs
  }

  /// `unit`: `bits` or `nats`.
  func unit() throws(CatalogueError) -> Unit? {
    guard let u = try optionalString("unit") else { return nil }
    guard let unit = Unit(rawValue: u) else {
      throw fail(
        en: "unit must be 'bits' or 'nats', not '\(u)'",
        ko: "unit 항목은 'bits' 또는 'nats' 중 하나여야 합니다 (현재 값: '\(u)')", at: fields["unit"]?.location)
    }
    return unit
  }

  /// `accepted`: other answers taken as correct, each with its note (read as misconceptions).
  func accepted() throws(CatalogueError) -> [Misconception] {
    guard let n = self["accepted"] else { return [] }
    return try reader.misconceptions(n, defaultID: "accepted", kind: kind, matchers: ["answer"])
  }

  /// `entropy-bound`: the entropy per symbol, an expression that must be a number.
  func entropyBound() throws(CatalogueError) -> String? {
    guard let n = self["entropy-bound"] else { return nil }
    return try reader.expressionText(n)
  }

  /// `variables`, `dimensions` and `samples` (``ExerciseKeys/sampling``).
  func sampling() throws(CatalogueError) -> ExerciseFileReader.Sampling {
    ExerciseKeys.sampling.forEach(declare)
    return try reader.sampling(fields, in: node)
  }

  /// `misconceptions`, the wrong answers the part recognises (empty when absent), each by one
  /// of `matchers`: the kind says which it understands.
  func misconceptions(matchers: [String] = ["answer"]) throws(CatalogueError) -> [Misconception] {
    guard let n = self["misconceptions"] else { return [] }
    return try reader.misconceptions(n, kind: kind, matchers: matchers)
  }

  /// `forbidden`, the functions an answer may not call.
  func forbidden() throws(CatalogueError) -> Set<String> {
    declare("forbidden")
    return try reader.forbiddenSet(fields)
  }

  /// `aliases`, names the prompt defines as expressions in the part's variables.
  func aliases(variables: [Variable]) throws(CatalogueError) -> [String: Expression] {
    declare("aliases")
    return try reader.aliases(fields, variables: variables)
  }

  /// `wlog`, the assumptions the hint allows, each checked to leave `invariant` unchanged.
  func wlog(of invariant: Expression, sampling: ExerciseFileReader.Sampling) throws(CatalogueError) -> [Relation] {
    declare("wlog")
    return try reader.wlog(fields, of: invariant, sampling: sampling, part: id)
  }

  /// A problem with this part, at `location` (the part itself when nil).
  package func fail(en: String, ko: String, at location: SourceLocation? = nil) -> CatalogueError {
    reader.fail(en: en, ko: ko, at: location ?? node.location)
  }
}
