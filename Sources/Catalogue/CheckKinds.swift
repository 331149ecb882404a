/// The kinds of part an exercise file may name with `kind:`, looked up by that name.
///
/// The exercise-file reader, the docs test and the kind-dependent parts of reports ask this
/// registry; none of them names a kind.
package struct CheckKinds: Sendable {
  /// The kinds, in the order the docs list them.
  package var kinds: [any CheckKind.Type]

  package init(_ kinds: [any CheckKind.Type]) {
    self.kinds = kinds
  }

  /// The kinds softcheck ships.
  package static let standard = CheckKinds([
    ValueKind.self, VectorKind.self, MatrixKind.self, MapKind.self, FormulaKind.self, StableKind.self,
    ConditionKind.self, BoundKind.self, ChoiceKind.self, ChainKind.self, CodeKind.self, BlockCodeKind.self,
    TextKind.self,
  ])

  /// The kind an exercise file calls `name`.
  package func named(_ name: String) -> (any CheckKind.Type)? {
    kinds.first { $0.name == name }
  }

  /// Every kind's name, for suggestions and docs.
  package var names: [String] { kinds.map { $0.name } }

  /// These kinds and `kind` (which replaces a kind of the same name).
  package func adding(_ kind: any CheckKind.Type) -> CheckKinds {
    CheckKinds(kinds.filter { $0.name != kind.name } + [kind])
  }
}

/// Results carry only their kind's name, so reports and manual points ask by it.
extension CheckKinds {
  /// Whether results of the kind called `name` get their points by hand (`report --manual`).
  package static func isMarkedByHand(_ name: String) -> Bool {
    standard.named(name)?.isMarkedByHand ?? false
  }

  /// Whether answers of the kind called `name` are shown as written, never typeset.
  package static func answersAreVerbatim(_ name: String) -> Bool {
    standard.named(name)?.answersAreVerbatim ?? false
  }
}
