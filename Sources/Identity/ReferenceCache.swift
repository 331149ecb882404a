import Language
import Synchronization

/// References mapped once per process (``MappedReference``), by the reference's structure, the
/// variables and the vector length, shared by the threads that mark files.
///
/// Entries are pure functions of their keys, so a hit gives what mapping again would; the table
/// is bounded (references of at most 4 KiB of key, 2,048 entries; cleared when full, which
/// costs only mapping again), since chain steps bring learners' own expressions here too.
package enum ReferenceCache {
  private static let table = Mutex<[String: MappedReference]>([:])
  private static let capacity = 2_048
  private static let longestKey = 4_096

  /// Forgets every mapped reference (for benchmarks that measure a first decision).
  package static func removeAll() { table.withLock { $0 = [:] } }

  /// The key of `reference` with `variables`, for every vector length.
  static func key(_ reference: Expression, variables: [IdentityVariable]) -> String {
    var key = ""
    for v in variables { key += "\(v.name):\(v.kind.keyText)|" }
    reference.appendKey(to: &key)
    return key
  }

  /// `reference` (whose ``key(_:variables:)`` is `key`) mapped for vectors of length `dimension`.
  static func mapped(
    _ reference: Expression, key: String, variables: [IdentityVariable], dimension: Int
  ) -> MappedReference {
    guard key.utf8.count <= longestKey else { return MappedReference(reference, variables: variables, dimension: dimension) }
    let key = "\(dimension)|" + key
    if let hit = table.withLock({ $0[key] }) { return hit }
    let mapped = MappedReference(reference, variables: variables, dimension: dimension)
    table.withLock { t in
      if t.count >= capacity { t = [:] }
      t[key] = mapped
    }
    return mapped
  }
}

extension Expression {
  /// A text that names the expression's structure and values one to one (unlike its written
  /// form, where `-(a + b)` and `-a + b` may print alike): prefix notation, values exact.
  func appendKey(to key: inout String) {
    switch self {
    case .number(let q, _, _): key += "#\(q)"
    case .name(let n, _): key += "$\(n.utf8.count):\(n)"
    case .negate(let x, _):
      key += "(neg "
      x.appendKey(to: &key)
      key += ")"
    case .binary(let op, let a, let b, _): Self.appendKey(op, [a, b], to: &key)
    case .call(let f, let args, _): Self.appendKey("\(f.utf8.count):\(f)", args, to: &key)
    case .list(let items, _): Self.appendKey("[]", items, to: &key)
    }
  }

  private static func appendKey(_ head: String, _ items: [Expression], to key: inout String) {
    key += "(\(head)"
    for i in items {
      key += " "
      i.appendKey(to: &key)
    }
    key += ")"
  }
}
