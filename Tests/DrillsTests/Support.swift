import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder under the system temporary directory, removed when released.
final class ScratchFolder {
  let url: URL
  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("softcheck-drills-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }
  var path: String { url.path }
  func file(_ name: String) -> String { url.appendingPathComponent(name).path }
  func write(_ name: String, _ text: String) throws {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }
  deinit { try? FileManager.default.removeItem(at: url) }
}

/// Runs the built `softcheck` executable, with `XDG_STATE_HOME` always pointing into a test's
/// own folder so no test reads or writes the real progress file.
enum DrillCLI {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root, from this file's path: Tests/DrillsTests/Support.swift.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `softcheck` executable next to the test bundle: SwiftPM puts executables and the test
  /// bundle in the same products folder, so search upward from wherever the runner lives; then
  /// the package's usual scratch folders.
  static let executable: URL? = {
    let fm = FileManager.default
    func isExecutable(_ url: URL) -> Bool {
      var isDirectory: ObjCBool = false
      return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
        && fm.isExecutableFile(atPath: url.path)
    }
    var starts: [URL] = [Bundle.main.bundleURL]
    if let e = Bundle.main.executableURL { starts.append(e.deletingLastPathComponent()) }
    if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      starts.append(bundle.bundleURL.deletingLastPathComponent())
    }
    for start in starts {
      var dir = start.standardizedFileURL.resolvingSymlinksInPath()
      for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("softcheck")
        if isExecutable(candidate) { return candidate }
        dir = dir.deletingLastPathComponent()
      }
    }
    for scratch in [".build-drills", ".build"] {
      let candidate = packageRoot.appendingPathComponent(scratch).appendingPathComponent("debug/softcheck")
      if isExecutable(candidate) { return candidate }
    }
    return nil
  }()

  static func environment(state: String) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["XDG_STATE_HOME"] = state
    env["HOME"] = state + "/home"     // in case something ignores XDG_STATE_HOME
    env["TERM"] = "dumb"
    return env
  }

  /// Runs `softcheck args...` with `input` on stdin (a file, so stdin is not a terminal).
  static func run(_ args: [String], input: String = "", state: String) throws -> Run {
    let exe = try #require(executable, "the softcheck executable was not found next to the test bundle; build first")
    return try runProgram(exe.path, args, input: input, environment: environment(state: state))
  }

  static func runProgram(_ program: String, _ args: [String], input: String, environment: [String: String]) throws -> Run {
    let tmp = try ScratchFolder()
    try tmp.write("stdin", input)
    let out = tmp.url.appendingPathComponent("stdout"), err = tmp.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let inHandle = try FileHandle(forReadingFrom: tmp.url.appendingPathComponent("stdin"))
    let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = args
    process.currentDirectoryURL = packageRoot
    process.environment = environment
    process.standardInput = inHandle
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    process.waitUntilExit()
    try inHandle.close()
    try outHandle.close()
    try errHandle.close()
    return Run(status: process.terminationStatus,
               stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
               stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
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
