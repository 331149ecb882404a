import Foundation
import SoftcheckTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder for one test.
typealias ScratchFolder = TemporaryFolder

extension TemporaryFolder {
  func file(_ name: String) -> String { path(name) }
}

/// Runs the built `softcheck` executable, with `XDG_STATE_HOME` always pointing into a test's
/// own folder so no test reads or writes the real progress file.
enum DrillCLI {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let packageRoot = SoftcheckExecutable.packageRoot
  static var executable: URL? { SoftcheckExecutable.url }

  static func environment(state: String) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["XDG_STATE_HOME"] = state
    env["HOME"] = state + "/home"  // in case something ignores XDG_STATE_HOME
    env["TERM"] = "dumb"
    return env
  }

  /// Runs `softcheck args...` with `input` on stdin (a file, so stdin is not a terminal).
  static func run(_ args: [String], input: String = "", state: String) throws -> Run {
    let exe = try #require(executable, "the softcheck executable was not found next to the test bundle; build first")
    return try runProgram(exe.path, args, input: input, environment: environment(state: state))
  }

  static func runProgram(_ program: String, _ args: [String], input: String, environment: [String: String]) throws -> Run {
    let r = try SoftcheckTestSupport.runProgram(
      URL(fileURLWithPath: program), args, input: input, in: packageRoot, environment: environment)
    return Run(status: r.status, stdout: r.stdout, stderr: r.stderr)
  }
}

/// A running `softcheck` with a pipe on stdin, whose output the test reads as it comes:
/// the test waits for a line to appear (an event), never for a length of time. The deadline
/// only keeps a broken build from hanging the test run.
final class LiveProcess: @unchecked Sendable {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let lock = NSCondition()
  private var buffer = Data()
  private var ended = false

  init(_ args: [String], state: String) throws {
    let exe = try #require(DrillCLI.executable, "the softcheck executable was not found; build first")
    process.executableURL = exe
    process.arguments = args
    process.currentDirectoryURL = DrillCLI.packageRoot
    process.environment = DrillCLI.environment(state: state)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    output.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self else { return }
      self.lock.lock()
      if data.isEmpty { self.ended = true } else { self.buffer.append(data) }
      self.lock.broadcast()
      self.lock.unlock()
    }
    try process.run()
  }

  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Waits until the output contains `needle` (true), or the output ends or a generous
  /// safety deadline passes (false).
  func waitFor(_ needle: String, after offset: Int = 0, safetyDeadline: TimeInterval = 120) -> Bool {
    let limit = Date().addingTimeInterval(safetyDeadline)
    lock.lock()
    defer { lock.unlock() }
    while !String(String(decoding: buffer, as: UTF8.self).dropFirst(offset)).contains(needle) {
      if ended { return false }
      if !lock.wait(until: limit) { return false }
    }
    return true
  }

  func send(_ line: String) {
    input.fileHandleForWriting.write(Data((line + "\n").utf8))
  }

  /// Kills the process with `signal` and waits for it to end.
  func kill(_ signal: Int32 = SIGKILL) {
    _ = Glibc.kill(process.processIdentifier, signal)
    process.waitUntilExit()
    output.fileHandleForReading.readabilityHandler = nil
  }

  deinit {
    if process.isRunning { kill() }
  }
}
