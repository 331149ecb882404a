import Synchronization

/// Exercise variants already read in this process, by file, text and choices. Bounded: when full
/// it is cleared, which costs only reading the files again.
enum VariantCache {
  private static let table = Mutex<[String: Exercise]>([:])
  private static let capacity = 4096

  static func exercise(_ key: String, _ make: () throws(CatalogueError) -> Exercise) throws(CatalogueError) -> Exercise {
    if let hit = table.withLock({ $0[key] }) { return hit }
    let e = try make()
    table.withLock { t in
      if t.count >= capacity { t.removeAll(keepingCapacity: true) }
      t[key] = e
    }
    return e
  }
}
