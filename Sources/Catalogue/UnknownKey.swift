/// A key of an exercise file that nothing reads, where it stands, and the keys that may stand
/// there: the error names the nearest of them (`misconception` → `misconceptions`).
struct UnknownKey {
  /// Where a mapping of an exercise file stands.
  enum Place {
    case exercise
    case part(kind: String)
    case claim
    case misconception(kind: String)
    case parameter(String)
    /// A mapping held by a part's field (`keys:`, `limit:`, `witness:`).
    case field(String)
  }

  var key: String
  var place: Place
  var known: [String]
}
