import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How wide text output may be: the terminal's width when standard output is one, else
/// `COLUMNS`, else 80.
enum TerminalWidth {
  static var columns: Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    if let value = EnvironmentVariable.value("COLUMNS").flatMap(Int.init), value > 0 { return value }
    return 80
  }
}
