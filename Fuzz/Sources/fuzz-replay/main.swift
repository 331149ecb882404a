#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FuzzHarness

// Replays fuzz inputs (crash-*, timeout-*, corpus files) without libFuzzer, printing every
// phase with its duration:  swift run -c release fuzz-replay FILE...
// With no file, reads one input from standard input.
//
// Environment: FUZZ_REPLAY_NO_PROBE=1 only parses and evaluates (no enclosures or comparisons);
// FUZZ_REPLAY_STACK_KB=n runs on a thread with an n KiB stack (the main thread has 8 MiB;
// threads of a concurrent marker or a test runner usually have less).
/// Writes a line to standard output unbuffered, so a hang still shows how far it got.
nonisolated func emit(_ line: String) {
  var bytes = Array((line + "\n").utf8)
  var done = 0
  while done < bytes.count {
    let n = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + done, $0.count - done) }
    if n <= 0 { return }
    done += n
  }
}

nonisolated func replay(_ bytes: [UInt8], name: String) {
  let text = String(decoding: bytes, as: UTF8.self)
  emit("== \(name) (\(bytes.count) bytes)")
  FuzzHarness.exercise(text, probe: getenv("FUZZ_REPLAY_NO_PROBE") == nil) { emit("  \($0)") }
}

nonisolated func main() {
  let files = CommandLine.arguments.dropFirst()
  guard !files.isEmpty else {
    var bytes: [UInt8] = []
    while let line = readLine(strippingNewline: false) { bytes += Array(line.utf8) }
    replay(bytes, name: "stdin")
    return
  }
  for path in files {
    guard let f = fopen(path, "rb") else { emit("cannot open \(path)"); continue }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = fread(&buffer, 1, buffer.count, f)
      if n <= 0 { break }
      bytes += buffer[0..<n]
    }
    fclose(f)
    replay(bytes, name: path)
  }
}

/// Runs `main` on a new thread with a `kb` KiB stack and waits for it.
nonisolated func mainOnThread(stackKB kb: Int) {
  var attributes = pthread_attr_t()
  pthread_attr_init(&attributes)
  pthread_attr_setstacksize(&attributes, kb * 1024)
  var thread = pthread_t()
  let status = pthread_create(&thread, &attributes, { _ in main(); return nil }, nil)
  guard status == 0 else { emit("cannot start a thread with a \(kb) KiB stack"); exit(1) }
  pthread_join(thread, nil)
}

if let kb = getenv("FUZZ_REPLAY_STACK_KB").flatMap({ Int(String(cString: $0)) }) {
  mainOnThread(stackKB: kb)
} else {
  main()
}
