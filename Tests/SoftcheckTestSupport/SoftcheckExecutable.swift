import Foundation

/// Finds the `softcheck` executable of the same build as the running tests.
///
/// SwiftPM puts executables and test bundles in one products folder (`<scratch>/debug`, or
/// `<scratch>/<triple>/debug`), so the search goes upward from the test runner and every loaded
/// test bundle; only then does it try the package's scratch folders (`.build*/debug`).
public enum SoftcheckExecutable {
  /// The package root (this file is `Tests/SoftcheckTestSupport/SoftcheckExecutable.swift`).
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The executable, or `nil` when nothing was built.
  public static let url: URL? = locate()

  static func locate() -> URL? {
    let fm = FileManager.default
    func isExecutable(_ url: URL) -> Bool {
      var isDirectory: ObjCBool = false
      return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
        && fm.isExecutableFile(atPath: url.path)
    }
    var starts: [URL] = [Bundle.main.bundleURL]
    if let e = Bundle.main.executableURL { starts.append(e.deletingLastPathComponent()) }
    if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") || bundle.bundlePath.hasSuffix(".resources") {
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
    let scratch = ((try? fm.contentsOfDirectory(atPath: packageRoot.path)) ?? []).filter { $0.hasPrefix(".build") }.sorted()
    for folder in scratch {
      let candidate = packageRoot.appendingPathComponent(folder).appendingPathComponent("debug/softcheck")
      if isExecutable(candidate) { return candidate }
    }
    return nil
  }
}

/// What a finished subprocess left behind.
public struct ProcessRun: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

/// Runs a program to completion with `input` on stdin (a file, so stdin is not a terminal),
/// capturing its output through files (pipes could fill up and block it).
public func runProgram(
  _ program: URL, _ args: [String], input: String = "", in directory: URL,
  environment: [String: String]
) throws -> ProcessRun {
  let tmp = try TemporaryFolder()
  try tmp.write("stdin", input)
  let out = tmp.url.appendingPathComponent("stdout")
  let err = tmp.url.appendingPathComponent("stderr")
  _ = FileManager.default.createFile(atPath: out.path, contents: nil)
  _ = FileManager.default.createFile(atPath: err.path, contents: nil)
  let inHandle = try FileHandle(forReadingFrom: tmp.url.appendingPathComponent("stdin"))
  let outHandle = try FileHandle(forWritingTo: out)
  let errHandle = try FileHandle(forWritingTo: err)
  let process = Process()
  process.executableURL = program
  process.arguments = args
  process.currentDirectoryURL = directory
  process.environment = environment
  process.standardInput = inHandle
  process.standardOutput = outHandle
  process.standardError = errHandle
  try process.run()
  process.waitUntilExit()
  try inHandle.close()
  try outHandle.close()
  try errHandle.close()
  return ProcessRun(
    status: process.terminationStatus,
    stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
}

/// Runs `softcheck` commands for end-to-end tests, without colour.
public enum CLI {
  public typealias Run = ProcessRun

  /// No `softcheck` was built next to the tests.
  public struct NotBuilt: Error, CustomStringConvertible {
    public var description: String { "the softcheck executable was not found next to the test bundle; run `swift build` first" }
  }

  public static let packageRoot = SoftcheckExecutable.packageRoot
  public static var executable: URL? { SoftcheckExecutable.url }

  /// Runs `softcheck args...` in `directory` (the package root by default). The locale is
  /// pinned to `LANG=C` (English) whatever the machine's, unless `environment` sets it.
  public static func run(
    _ args: [String], in directory: URL = packageRoot,
    environment overrides: [String: String] = [:]
  ) throws -> Run {
    guard let exe = executable else { throw NotBuilt() }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["LC_ALL"] = nil
    env["LC_MESSAGES"] = nil
    env["LANG"] = "C"
    for (k, v) in overrides { env[k] = v }
    return try runProgram(exe, args, in: directory, environment: env)
  }
}
