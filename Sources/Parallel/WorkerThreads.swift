#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one loop on several threads at once: the calling thread and `width - 1` threads started
/// for it, each calling `work` (which takes the next item until none is left), joined before
/// returning.
///
/// Dispatch's `concurrentPerform` decides for itself how many threads join in, and called from
/// a Swift concurrency thread it ran every iteration on the caller in about one process in
/// seven: a file marked on one core of two. Threads started here always run, so `width` is what
/// a loop gets (fewer only when the system refuses a thread; then this thread does more).
package enum WorkerThreads {
  /// Calls `work` on `width` threads at once and returns when every call has returned.
  package static func run(width: Int, _ work: @Sendable () -> Void) {
    guard width > 1 else { return work() }
    withoutActuallyEscaping(work) { work in
      var started: [pthread_t] = []
      for _ in 1..<width {
        let context = Unmanaged.passRetained(Work(work)).toOpaque()
        var thread = pthread_t()
        if pthread_create(&thread, nil, runWork, context) == 0 {
          started.append(thread)
        } else {
          Unmanaged<Work>.fromOpaque(context).release()
        }
      }
      work()
      for thread in started { pthread_join(thread, nil) }
    }
  }

  /// The closure a started thread runs, passed through pthread's untyped context.
  private final class Work: @unchecked Sendable {
    // @unchecked: the closure is @Sendable; the box is handed to exactly one thread.
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }

  private static let runWork: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { context in
    guard let context else { return nil }
    Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
    return nil
  }
}
