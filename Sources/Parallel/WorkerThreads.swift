import Dispatch
import Foundation

/// Runs one loop on several threads at once: the calling thread and `width - 1` threads started
/// for it, each calling `work` (which takes the next item until none is left), waited for
/// before returning.
///
/// Dispatch's `concurrentPerform` decides for itself how many threads join in, and called from
/// a Swift concurrency thread it ran every iteration on the caller in about one process in
/// seven: a file marked on one core of two. Threads started here always run, so `width` is what
/// a loop gets.
package enum WorkerThreads {
  /// Calls `work` on `width` threads at once and returns when every call has returned.
  package static func run(width: Int, _ work: @escaping @Sendable () -> Void) {
    guard width > 1 else { return work() }
    // Waited for by a count, not a join: a started thread may still be letting go of `work`
    // after signalling, which is why `work` is escaping.
    let finished = DispatchSemaphore(value: 0)
    for _ in 1..<width {
      Thread {
        work()
        finished.signal()
      }.start()
    }
    work()
    for _ in 1..<width { finished.wait() }
  }
}
