import Exact
import Synchronization

/// Where a part keeps its check: built at load (``CatalogueReading/validated``), or built from the
/// part's fields the first time it is needed (``CatalogueReading/trusted``) and then kept, so the
/// copies of an exercise (and a class's students sharing its variant) build it once.
final class PartCheckSlot: Sendable {
  private enum State {
    case built(any CheckKind)
    case pending(KindFields, any CheckKind.Type)
  }

  private let state: Mutex<State>

  init(built check: any CheckKind) { state = Mutex(.built(check)) }

  init(reading fields: sending KindFields, kind: any CheckKind.Type) { state = Mutex(.pending(fields, kind)) }

  /// Whether the check has been built (at load, or since).
  var isBuilt: Bool {
    state.withLock { if case .built = $0 { true } else { false } }
  }

  /// The check, built now if it was not yet. Building is never charged to the work meter of the
  /// answer being marked (no answer's units depend on which part was marked first), and a file
  /// that fails to build (which the tests rule out for shipped files) gives a check that says so.
  var check: any CheckKind {
    state.withLock { state in
      switch state {
      case .built(let check):
        return check
      case .pending(let fields, let kind):
        let check: any CheckKind = WorkMeter.$current.withValue(nil) {
          do throws(CatalogueError) { return try kind.init(reading: fields) } catch { return UnreadablePartKind(error: error) }
        }
        state = .built(check)
        return check
      }
    }
  }
}
