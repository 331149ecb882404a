import Foundation

/// Standard output written as bytes. `print` takes `Any` and asks the runtime, on its first call,
/// whether a string is `TextOutputStreamable` or `CustomStringConvertible`: a search through
/// every protocol conformance of the program, on the main thread, at the end of every mark.
enum StandardOutput {
  /// Writes `text` and a newline, after whatever `print` has buffered, so the two never reorder.
  static func line(_ text: String) {
    fflush(nil)
    var text = text + "\n"
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }  // a closed pipe: nothing more can be said
        offset += written
      }
    }
  }
}
