import FuzzHarness

// The libFuzzer entry point. No `main`: libFuzzer supplies it (build with --sanitize=fuzzer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  // Invalid UTF-8 becomes U+FFFD, as when a learner's file is read lossily.
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  FuzzHarness.exercise(text)
  return 0
}
