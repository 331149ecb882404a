import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Whole processes, as a learner or an instructor runs them: the figures of the decision-engine
/// issue's table, timed wall-clock, each a fresh process (cold caches, nothing shared).
///
/// They need the `softcheck` built next to this benchmark (`swift build -c release`), and
/// `../shared/bench/` beside the package for the shared class generator and the Python baseline;
/// benchmarks whose programs are missing are left out with a note.
enum ProcessBenchmarks {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench")

  /// The `softcheck` of the same build, next to this executable.
  static let softcheck: URL? = {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let candidate = here.appendingPathComponent("softcheck")
    return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
  }()

  /// The `python3` the user's PATH finds (where pip put mpmath and sympy), as a shell would.
  static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
    .split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Runs `program args` to its end `n` times, output discarded; the checksum is the sum of the
  /// exit statuses (`mark` exits 1 when a part is not correct, so a one-part file shows `n`).
  static func run(_ program: String, _ args: [String], times n: Int) -> Double {
    var statuses = 0.0
    for _ in 0..<n { statuses += Double(spawnAndWait(program, args)) }
    return statuses
  }

  /// posix_spawn and waitpid, with output to /dev/null: Foundation's `Process.waitUntilExit`
  /// polls on Linux, which adds tens of milliseconds to a process of ten.
  static func spawnAndWait(_ program: String, _ args: [String]) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { fatalError("cannot run \(program): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    return (status >> 8) & 0xff
  }

  /// A one-part answer file (written once).
  static let onePartFile: String = {
    let path = NSTemporaryDirectory() + "softcheck-bench-one-part.yaml"
    try? "answers:\n  dyadic-code:\n    expected-length: 3/2\n".write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }()

  /// The shared generator's class of 500 different students (written once, seed 1).
  static let distinctClass: String? = {
    guard let python else { return nil }
    let dir = NSTemporaryDirectory() + "softcheck-bench-distinct-500"
    if FileManager.default.fileExists(atPath: dir + "/s0499.yaml") { return dir }
    let script = shared.appendingPathComponent("make_distinct_class.py").path
    return run(python, [script, dir, "500", "--seed", "1"], times: 1) == 0 ? dir : nil
  }()

  static var all: [Benchmark] {
    guard let softcheck else {
      print("note: no softcheck next to softcheck-bench; process benchmarks left out (swift build -c release)")
      return []
    }
    let exe = softcheck.path
    // Relative paths (`Examples/...`) are the package's, as in the README's commands.
    guard FileManager.default.changeCurrentDirectoryPath(packageRoot.path) else {
      print("note: cannot enter \(packageRoot.path); process benchmarks left out")
      return []
    }
    let fullCorrect = shared.appendingPathComponent("full-correct.yaml").path
    var list: [Benchmark] = [
      Benchmark("process.version", iterations: 20) { n in run(exe, ["--version"], times: n) },
      Benchmark("process.list", iterations: 20, baseline: "process.version") { n in run(exe, ["list"], times: n) },
      Benchmark("process.mark.one-part", iterations: 20, baseline: "process.version") { n in
        run(exe, ["mark", onePartFile], times: n)
      },
      Benchmark("process.mark.complete-correct", iterations: 10) { n in
        run(exe, ["mark", "Examples/complete-correct.yaml"], times: n)
      },
    ]
    guard FileManager.default.fileExists(atPath: fullCorrect), let python else {
      print("note: ../shared/bench or python3 missing; pyref and class benchmarks left out")
      return list
    }
    let pyref = shared.appendingPathComponent("pyref.py").path
    list += [
      Benchmark("process.mark.full-correct", iterations: 10) { n in
        run(exe, ["mark", fullCorrect, "--format", "json"], times: n)
      },
      // Its ratio is how many times slower the Python script is (the issue asks for at least 50).
      Benchmark("process.pyref.full-correct", iterations: 1, baseline: "process.mark.full-correct") { n in
        run(python, [pyref, fullCorrect], times: n)
      },
      Benchmark("process.class.distinct-500.html+csv", iterations: 1) { n in
        guard let dir = distinctClass else { fatalError("the shared class generator failed (needs python3 with mpmath)") }
        let out = NSTemporaryDirectory() + "softcheck-bench-report"
        return run(exe, ["report", dir, "--out", out + ".html", "--out", out + ".csv"], times: n)
      },
    ]
    return list
  }
}
