import AnswerDocument
import Language
import Localization

/// A problem in an exercise data file, located in the file.
package struct CatalogueError: Error, Sendable, CustomStringConvertible {
  package var file: String
  package var location: SourceLocation?
  /// What is wrong, in one sentence without its final full stop, in both languages.
  package var message: LocalizedText
  /// The message's stable id, for errors made from a ``Message``.
  package var id: String?

  package init(file: String, location: SourceLocation?, message: LocalizedText) {
    self.file = file
    self.location = location
    self.message = message
  }

  /// An error whose sentence is `message`, keeping its id.
  package init(file: String, location: SourceLocation?, message: Message) {
    self.init(file: file, location: location, message: message.text)
    id = message.id
  }

  /// The English line `file:line:column: message` (tests, logs).
  package var description: String { description(in: .en) }

  /// The line `file:line:column: message` with the message in `language`.
  package func description(in language: DisplayLanguage) -> String {
    "\(file):\(location.map { "\($0.line):\($0.column):" } ?? "") \(message[language])"
  }
}
