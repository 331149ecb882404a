/// How a scalar was written, which decides where its lines start in the file.
enum ScalarStyle: Sendable {
  case plain, singleQuoted, doubleQuoted, literal, folded
}
