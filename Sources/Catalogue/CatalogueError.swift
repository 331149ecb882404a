import Language

/// A problem in an exercise data file, located in the file.
public struct CatalogueError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var location: SourceLocation?
  public var message: String

  public var description: String {
    "\(file):\(location.map { "\($0.line):\($0.column):" } ?? "") \(message)"
  }
}
