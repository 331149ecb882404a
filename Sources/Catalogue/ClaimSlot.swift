import AnswerDocument
import Synchronization

/// Where an exercise keeps its claims: read at load (``CatalogueReading/validated``), or read from
/// the file's `claims:` the first time they are asked for (``CatalogueReading/trusted``: only
/// `softcheck props` and the tests ask), then kept.
final class ClaimSlot: Sendable {
  private enum State {
    case read(Result<[Claim], CatalogueError>)
    case pending(AnswerNode?, ExerciseFileReader)
  }

  private let state: Mutex<State>

  init(read claims: [Claim]) { state = Mutex(.read(.success(claims))) }

  init(reading node: AnswerNode?, with reader: ExerciseFileReader) { state = Mutex(.pending(node, reader)) }

  /// The claims, read now if they were not yet; the located error if they cannot be read.
  var claims: [Claim] {
    get throws(CatalogueError) {
      let result = state.withLock { state in
        switch state {
        case .read(let result):
          return result
        case .pending(let node, let reader):
          let result = Result { () throws(CatalogueError) in try reader.claims(node) }
          state = .read(result)
          return result
        }
      }
      return try result.get()
    }
  }
}
